package org.stemma.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.SeedClaims;
import org.stemma.claims.TagReport;
import org.stemma.model.Claim;
import org.stemma.store.ProjectFile;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claims exports carry the tag tree and the memos (decision 1431), on the seed articles' claims under
 * Politics › Kremlin › Minister, with a tag whose name holds the path separator and a line break.
 */
class ClaimTagPathsTest {

    /** The columns of decision 1201, which existing sheets and scripts read: they must stay first, in order. */
    private static final List<String> OLD_CLAIM_COLUMNS = List.of("claim_id", "document", "title", "outlet", "date",
            "start", "end", "text", "tags", "status", "note", "counterparts", "created", "modified");
    private static final List<String> OLD_LONG_COLUMNS = List.of("claim_id", "claim_text", "tags", "status",
            "document", "outlet", "title", "date", "kind", "changed_words", "review", "start", "end", "text");
    private static final String AWKWARD = "A › B\nC";
    private static final String KREMLIN_MEMO = "What the Kremlin says, and its spokesmen;\n=not a formula";
    private static final String EXPRESS_MEMO = "Check the byline: \"Ben\" or \"Benjamin\"?\nSecond line, with a comma";

    @TempDir
    Path dir;

    private SeedClaims seeds() throws Exception {
        SeedClaims s = new SeedClaims(dir.resolve("seeds.stemma"));
        long kremlin = s.project.tags().byName("Kremlin").orElseThrow().id();
        s.service.createTag("Minister", "#cc79a7", kremlin);
        s.service.setTagMemo(kremlin, KREMLIN_MEMO);
        s.service.createTag(AWKWARD, "#999999");
        s.service.setArticleMemo(s.ids.get(Seeds.S001), EXPRESS_MEMO);
        for (Claim c : s.project.claims().list()) {
            if (c.documentId() == s.ids.get(Seeds.S003)) {
                s.service.addTag(c.id(), "Minister");
            }
            if (c.documentId() == s.ids.get(Seeds.S004)) {
                s.service.addTag(c.id(), AWKWARD);
            }
        }
        return s;
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("\uFEFF"), "the byte-order mark stays");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static List<String> header(Path csv) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8).substring(1)))) {
            return parser.getHeaderNames();
        }
    }

    /** The claim's row, by article and claimed text. */
    private static CSVRecord row(List<CSVRecord> rows, String article, String text) {
        return rows.stream().filter(r -> r.get("document").equals(article) && r.get("text").equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no claim '" + text + "' in " + article));
    }

    @Test
    void eachClaimRowCarriesItsTagsPathsAndItsArticlesMemo() throws Exception {
        Path csv = dir.resolve("claims.csv");
        try (ProjectFile project = seeds().project) {
            assertEquals(6, ClaimCsv.export(project, csv));
        }
        List<String> header = header(csv);
        assertEquals(OLD_CLAIM_COLUMNS, header.subList(0, OLD_CLAIM_COLUMNS.size()));
        assertEquals(List.of("tag_paths", "article_memo"), header.subList(OLD_CLAIM_COLUMNS.size(), header.size()));
        List<CSVRecord> rows = read(csv);
        CSVRecord express = row(rows, Seeds.S001, "Kazakhstan");
        assertEquals("Kazakhstan\nPolitics › Kremlin", express.get("tag_paths"));
        assertEquals("Kazakhstan; Kremlin", express.get("tags"), "the old column is unchanged");
        assertEquals(EXPRESS_MEMO, express.get("article_memo"));
        assertEquals(EXPRESS_MEMO, row(rows, Seeds.S001, "Victory Day").get("article_memo"));
        assertEquals("Politics", row(rows, Seeds.S001, "Victory Day").get("tag_paths"));
        assertEquals("", row(rows, Seeds.S000, "Putin").get("article_memo"));
        assertEquals("Politics › Kremlin\nPolitics › Kremlin › Minister", row(rows, Seeds.S003, "Putin").get("tag_paths"),
                "one path per tag the claim carries, a parent and its child each");
        assertEquals("A > B C\nKazakhstan\nPolitics", row(rows, Seeds.S004, "Kazakhstan").get("tag_paths"),
                "a name's own › and line break cannot be read as separators; paths in tree order");
    }

    @Test
    void splittingThePathCellsGivesEveryTagOfTheClaimWithItsAncestors() throws Exception {
        Path csv = dir.resolve("claims.csv");
        Path tagsCsv = dir.resolve("tags.csv");
        try (ProjectFile project = seeds().project) {
            ClaimCsv.export(project, csv);
            ClaimCsv.exportTags(project, tagsCsv);
        }
        Map<String, CSVRecord> tags = new HashMap<>();
        read(tagsCsv).forEach(t -> tags.put(t.get("tag"), t));
        for (CSVRecord r : read(csv)) {
            for (String path : r.get("tag_paths").split("\n")) {
                assertTrue(tags.containsKey(path), "the Tags table lists " + path);
                List<String> names = Arrays.asList(path.split(" › "));
                assertEquals(Integer.parseInt(tags.get(path).get("depth")), names.size() - 1, path);
                assertEquals(names.size() == 1 ? "" : String.join(" › ", names.subList(0, names.size() - 1)),
                        tags.get(path).get("parent"), path);
            }
        }
    }

    @Test
    void theTagsTableHoldsTheTreeTheMemosAndTheRolledUpCounts() throws Exception {
        Path tagsCsv = dir.resolve("tags.csv");
        TagReport report;
        try (ProjectFile project = seeds().project) {
            assertEquals(5, ClaimCsv.exportTags(project, tagsCsv));
            report = TagReport.of(project);
        }
        List<CSVRecord> rows = read(tagsCsv);
        assertEquals(List.of("A > B C", "Kazakhstan", "Politics", "Politics › Kremlin", "Politics › Kremlin › Minister"),
                rows.stream().map(r -> r.get("tag")).toList());
        CSVRecord kremlin = rows.get(3);
        assertEquals("Kremlin", kremlin.get("name"));
        assertEquals("Politics", kremlin.get("parent"));
        assertEquals("1", kremlin.get("depth"));
        assertEquals(KREMLIN_MEMO, kremlin.get("memo"), "a memo keeps its line break and its text");
        assertEquals(AWKWARD, rows.get(0).get("name"), "the name itself is written exactly");
        for (int i = 0; i < report.tags().size(); i++) {
            assertEquals(String.valueOf(report.tags().get(i).claims()), rows.get(i).get("claims"),
                    "the same rolled-up count as the Tags report: " + rows.get(i).get("tag"));
        }
        assertEquals("5", rows.get(2).get("claims"), "Politics: its own claims and those under Kremlin");
    }

    @Test
    void theLongFormCarriesTheMemoOfEachRowsArticle() throws Exception {
        Path csv = dir.resolve("long.csv");
        try (ProjectFile project = seeds().project) {
            ClaimCsv.exportCounterparts(project, csv);
        }
        List<String> header = header(csv);
        assertEquals(OLD_LONG_COLUMNS, header.subList(0, OLD_LONG_COLUMNS.size()));
        List<CSVRecord> rows = read(csv);
        assertFalse(rows.isEmpty());
        for (CSVRecord r : rows) {
            assertEquals(r.get("document").equals(Seeds.S001) ? EXPRESS_MEMO : "", r.get("article_memo"),
                    r.get("claim_id") + " in " + r.get("document"));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("tag_paths").endsWith("\nPolitics › Kremlin › Minister")));
    }

    @Test
    void theWorkbookHasTheTagsSheetWithTheSameCells() throws Exception {
        Path xlsx = dir.resolve("claims.xlsx");
        Sheet tags;
        Sheet claims;
        try (ProjectFile project = seeds().project) {
            ClaimXlsx.export(project, xlsx);
            Evidence evidence = Evidence.read(project);
            tags = ClaimTables.tags(evidence);
            claims = ClaimTables.claims(evidence);
        }
        assertSheet(claims, XlsxCells.rows(xlsx, 1));
        assertSheet(tags, XlsxCells.rows(xlsx, 3));
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String book = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(book.contains("name=\"Tags\""), book);
        }
    }

    private static void assertSheet(Sheet want, List<List<XlsxCells.Cell>> got) {
        assertEquals(want.columns(), got.get(0).stream().map(XlsxCells.Cell::text).toList());
        assertEquals(want.rows().size() + 1, got.size());
        for (int r = 0; r < want.rows().size(); r++) {
            List<Object> row = want.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                List<XlsxCells.Cell> cells = got.get(r + 1);
                String text = c < cells.size() ? cells.get(c).text() : "";
                assertEquals(Sheet.neutralise(String.valueOf(row.get(c))), text, want.name() + " " + r + "," + c);
            }
        }
    }
}
