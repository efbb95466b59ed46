package org.stemma.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.CounterpartKind;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.claims.ClaimService;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.UndoHistory;
import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.text.Span;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimCsvTest {

    /** Passages an analyst might mark, each a trap for a careless CSV writer or a spreadsheet. */
    private static final List<String> PASSAGES = List.of(
            "Moscow, he said, \"will not forget\" this",
            "first line\nsecond line, after a newline",
            "Москва заявила, что парад отменён",
            "قالت وزارة الدفاع إن العرض أُلغي",
            "Putin 🇷🇺 looked strained 😬 at the parade",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+7 495 123-45-67",
            "-10% of the budget",
            "@SUM(A1:A9)",
            "\tindented by a tab");

    @TempDir
    Path dir;

    @Test
    void everyClaimComesBackFromTheCsvAsItWasWritten() throws Exception {
        String text = String.join("\n\n", PASSAGES) + "\n";
        Path file = dir.resolve("traps.stemma");
        Path csv = dir.resolve("claims.csv");
        List<Claim> claims = new ArrayList<>();
        try (ProjectFile project = ProjectFile.create(file)) {
            long doc = project.documents().add(new Document("traps, \"quoted\".txt", "", text,
                            new Metadata("Заголовок: \"кавычки\", запятые", "=Outlet", null, "2024-05-09")),
                    new SourceInfo("traps.txt", "/in/traps.txt", "text", Instant.parse("2024-05-10T08:00:00Z"))).id();
            long other = project.documents().add(new Document("other.txt", "", text, Metadata.NONE),
                    SourceInfo.of(dir.resolve("other.txt"), "text")).id();
            ClaimService service = new ClaimService(project, new UndoHistory());
            for (String passage : PASSAGES) {
                int start = text.indexOf(passage);
                Claim claim = service.addClaim(doc, start, start + passage.length(),
                        List.of("tag, with comma", "«тег»", "\"quoted\""), ClaimStatus.DISPUTED,
                        "note on " + passage + "\r\nsecond line").claim();
                claims.add(claim);
                ClaimCounterpart same = ClaimCounterpart.computed(claim.id(), other, CounterpartKind.SAME,
                        new Span(start, start + passage.length()), passage, "[]");
                project.counterparts().replaceFor(claim.id(), List.of(same));
            }
            long rejected = project.counterparts().forClaim(claims.get(0).id()).get(0).id();
            Thread.sleep(5);
            service.review(rejected, ClaimCounterpart.Review.REJECTED);
            Claim reviewed = project.claims().get(claims.get(0).id()).orElseThrow();
            assertTrue(reviewed.modified().isAfter(claims.get(0).modified()), "a review modifies the claim");
            claims.set(0, reviewed);
            assertEquals(PASSAGES.size(), ClaimCsv.export(project, csv));
        }

        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String content = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(content.startsWith(String.join(",", ClaimTables.CLAIM_COLUMNS) + "\r\n"), content);

        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content))) {
            assertEquals(ClaimTables.CLAIM_COLUMNS, parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(claims.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Claim claim = claims.get(i);
            assertEquals(String.valueOf(claim.id()), row.get("claim_id"));
            assertEquals("traps, \"quoted\".txt", row.get("document"));
            assertEquals("Заголовок: \"кавычки\", запятые", row.get("title"));
            assertEquals("'=Outlet", row.get("outlet"));
            assertEquals("2024-05-09", row.get("date"));
            assertEquals(String.valueOf(claim.anchor().start()), row.get("start"));
            assertEquals(String.valueOf(claim.anchor().end()), row.get("end"));
            assertEquals(PASSAGES.get(i), unneutralised(row.get("text")));
            assertEquals("\"quoted\"; tag, with comma; «тег»", row.get("tags"));
            assertEquals("DISPUTED", row.get("status"));
            assertEquals("note on " + PASSAGES.get(i) + "\r\nsecond line", row.get("note"));
            assertEquals("other.txt: same; " + (i == 0 ? "rejected" : "unreviewed"), row.get("counterparts"),
                    "a rejected counterpart is exported as rejected");
            assertEquals(claim.created(), Instant.parse(row.get("created")));
            assertEquals(claim.modified(), Instant.parse(row.get("modified")));
        }
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", rows.get(5).get("text"));
        assertEquals("'+7 495 123-45-67", rows.get(6).get("text"));
        assertEquals("'-10% of the budget", rows.get(7).get("text"));
        assertEquals("'@SUM(A1:A9)", rows.get(8).get("text"));
        assertEquals("'\tindented by a tab", rows.get(9).get("text"));
        assertEquals(PASSAGES.get(4), rows.get(4).get("text"), "text that is safe is not touched");
    }

    @Test
    void onlyCellsThatWouldRunAsFormulasAreNeutralised() {
        for (String risky : List.of("=1+1", "+1", "-1", "@A1", "\t=1", "\r=1")) {
            assertEquals("'" + risky, ClaimCsv.neutralise(risky));
        }
        for (String safe : List.of("", "1-1", "a=b", " =1", "'=1", "Москва", "😬=")) {
            assertEquals(safe, ClaimCsv.neutralise(safe));
        }
    }

    @Test
    void theExportNeverReplacesTheProjectItself() throws Exception {
        Path file = dir.resolve("p.stemma");
        try (ProjectFile project = ProjectFile.create(file)) {
            byte[] before = Files.readAllBytes(file);
            IOException e = assertThrows(IOException.class,
                    () -> ClaimCsv.export(project, file));
            assertTrue(e.getMessage().contains("is the project itself"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
        }
    }

    /** The documented neutralisation undone: the leading quote the export added. */
    private static String unneutralised(String cell) {
        return cell.startsWith("'") && cell.length() > 1 && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
