package org.stemma.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.claims.SeedClaims;
import org.stemma.claims.TagReport;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Tags report as CSV: the claims export's dialect, and a tag named like a formula stays text. */
class TagReportCsvTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @TempDir
    Path dir;

    @Test
    void eachTableIsWrittenInTheClaimsDialectWithFormulasNeutralised() throws Exception {
        SeedClaims seeds = new SeedClaims(dir.resolve("csv.stemma"), FORMULA);
        TagReport report;
        try (var project = seeds.project) {
            project.tags().put(project.tags().byName("Politics").orElseThrow().withMemo("+7 calls, \"quoted\"\nsecond line"));
            report = TagReport.of(project);
        }
        Path tags = dir.resolve("tags.csv");
        assertEquals(3, TagReportCsv.export(report, TagReportCsv.Table.TAGS, tags, dir.resolve("csv.stemma")));
        byte[] bytes = Files.readAllBytes(tags);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("outlets,memo\r\n"), "CRLF row ends");

        List<CSVRecord> rows = parse(text);
        assertEquals(List.of("tag", "name", "direct_claims", "claims", "articles", "outlets", "memo"), rows.get(0).toList());
        assertEquals(List.of("'" + FORMULA, "'" + FORMULA, "3", "3", "3", "3", ""), rows.get(1).toList());
        assertEquals(List.of("Politics", "Politics", "2", "5", "4", "3", "'+7 calls, \"quoted\"\nsecond line"),
                rows.get(2).toList());
        assertEquals(List.of("Politics › Kremlin", "Kremlin", "3", "3", "3", "3", ""), rows.get(3).toList());

        Path pairs = dir.resolve("pairs.csv");
        TagReportCsv.export(report, TagReportCsv.Table.CO_OCCURRENCE, pairs, null);
        List<CSVRecord> pairRows = parse(Files.readString(pairs, StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("tag", "other_tag", "claims"), List.of("'" + FORMULA, "Politics", "2"),
                List.of("'" + FORMULA, "Politics › Kremlin", "1")), pairRows.stream().map(CSVRecord::toList).toList());

        Path outlets = dir.resolve("outlets.csv");
        assertEquals(9, TagReportCsv.export(report, TagReportCsv.Table.OUTLETS, outlets, null));
        Path articles = dir.resolve("articles.csv");
        assertEquals(10, TagReportCsv.export(report, TagReportCsv.Table.ARTICLES, articles, null));
        assertEquals(List.of("document_id", "article", "outlet", "tag", "claims"),
                parse(Files.readString(articles, StandardCharsets.UTF_8)).get(0).toList());
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text.replaceFirst("^\uFEFF", "")), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
