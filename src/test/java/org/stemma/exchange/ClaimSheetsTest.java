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
import org.w3c.dom.Element;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The long-format CSV and the workbook, written from a project full of traps and read back cell by cell. */
class ClaimSheetsTest {

    private static final List<String> PASSAGES = List.of(
            "Moscow, he said, \"will not forget\" this",
            "first line\nsecond line, after a newline",
            "Москва заявила, что парад отменён",
            "Putin 🇷🇺 looked strained 😬 at the parade",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+7 495 123-45-67",
            "@SUM(A1:A9)");

    @TempDir
    Path dir;

    private final List<Claim> claims = new ArrayList<>();

    /** Three articles: the claims are marked in the first, the second carries them altered, the third not. */
    private ProjectFile traps() throws Exception {
        String text = String.join("\n\n", PASSAGES) + "\n";
        ProjectFile project = ProjectFile.create(dir.resolve("traps.stemma"));
        long doc = project.documents().add(new Document("traps.txt", "", text,
                        new Metadata("Заголовок, \"кавычки\"", "=Outlet", null, "2024-05-09")),
                new SourceInfo("traps.txt", "/in/traps.txt", "text", Instant.parse("2024-05-10T08:00:00Z"))).id();
        String copy = text.replace("Moscow", "Москва");
        long other = project.documents().add(new Document("copy.txt", "", copy, new Metadata(null, "Копия 😬", null, null)),
                SourceInfo.of(dir.resolve("copy.txt"), "text")).id();
        long absent = project.documents().add(new Document("absent.txt", "", "Nothing alike.", Metadata.NONE),
                SourceInfo.of(dir.resolve("absent.txt"), "text")).id();
        ClaimService service = new ClaimService(project, new UndoHistory());
        for (String passage : PASSAGES) {
            int start = text.indexOf(passage);
            Claim claim = service.addClaim(doc, start, start + passage.length(), List.of("tag, with comma", "«тег»"),
                    ClaimStatus.ALTERED, "note, \"quoted\"\nsecond line").claim();
            claims.add(claim);
            int there = copy.indexOf(passage.replace("Moscow", "Москва"));
            String changes = passage.startsWith("Moscow") ? "[{\"left\":\"Moscow\",\"right\":\"Москва\",\"leftStart\":"
                    + start + ",\"leftEnd\":" + (start + 6) + ",\"rightStart\":" + there + ",\"rightEnd\":" + (there + 6) + "}]" : "[]";
            project.counterparts().replaceFor(claim.id(), List.of(
                    ClaimCounterpart.computed(claim.id(), other, changes.equals("[]") ? CounterpartKind.SAME : CounterpartKind.ALTERED,
                            new Span(there, there + passage.length()), copy.substring(there, there + passage.length()), changes),
                    ClaimCounterpart.computed(claim.id(), absent, CounterpartKind.ABSENT, null, null, "[]")));
        }
        return project;
    }

    @Test
    void theLongFormHasOneRowPerClaimAndArticle() throws Exception {
        Path csv = dir.resolve("long.csv");
        try (ProjectFile project = traps()) {
            assertEquals(PASSAGES.size() * 3, ClaimCsv.exportCounterparts(project, csv));
        }
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("\uFEFF" + String.join(",", ClaimTables.COUNTERPART_COLUMNS) + "\r\n"));
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content.substring(1)))) {
            rows = parser.getRecords();
        }
        CSVRecord marked = rows.get(0);
        CSVRecord altered = rows.get(1);
        CSVRecord absent = rows.get(2);
        assertEquals(List.of("claimed", "altered", "absent"), List.of(marked.get("kind"), altered.get("kind"), absent.get("kind")));
        assertEquals(PASSAGES.get(0), marked.get("claim_text"));
        assertEquals("'=Outlet", marked.get("outlet"), "formula guard on every cell");
        assertEquals("Копия 😬", altered.get("outlet"));
        assertEquals("Moscow → Москва", altered.get("changed_words"));
        assertEquals("unreviewed", altered.get("review"));
        assertEquals(PASSAGES.get(0).replace("Moscow", "Москва"), altered.get("text"));
        assertEquals(List.of("", "", ""), List.of(absent.get("start"), absent.get("end"), absent.get("text")));
        assertEquals("tag, with comma; «тег»", absent.get("tags"));
        assertEquals(PASSAGES.get(1), rows.get(3).get("claim_text"), "a newline inside a cell survives");
        assertEquals("'" + PASSAGES.get(4), rows.get(12).get("claim_text"));
    }

    @Test
    void theWorkbookHoldsTheSameCellsWithAFrozenBoldHeader() throws Exception {
        Path xlsx = dir.resolve("claims.xlsx");
        Sheet claimSheet;
        Sheet longSheet;
        try (ProjectFile project = traps()) {
            assertEquals(PASSAGES.size(), ClaimXlsx.export(project, xlsx));
            Evidence evidence = Evidence.read(project);
            claimSheet = ClaimTables.claims(evidence);
            longSheet = ClaimTables.counterparts(evidence);
        }
        for (int n = 1; n <= 2; n++) {
            Sheet sheet = n == 1 ? claimSheet : longSheet;
            List<List<XlsxCells.Cell>> rows = XlsxCells.rows(xlsx, n);
            assertEquals(sheet.rows().size() + 1, rows.size());
            assertEquals(sheet.columns(), rows.get(0).stream().map(XlsxCells.Cell::text).toList());
            for (int r = 0; r < sheet.rows().size(); r++) {
                List<Object> want = sheet.rows().get(r);
                List<XlsxCells.Cell> got = rows.get(r + 1);
                for (int c = 0; c < want.size(); c++) {
                    XlsxCells.Cell cell = c < got.size() ? got.get(c) : new XlsxCells.Cell("", false, false);
                    Object value = want.get(c);
                    assertFalse(cell.formula(), "no formula in " + sheet.name() + " " + r + "," + c);
                    assertEquals(value instanceof Number, cell.number() && !cell.text().isEmpty(),
                            "numbers stay numbers: " + value);
                    assertEquals(Sheet.neutralise(String.valueOf(value)), cell.text(), sheet.name() + " row " + r + " col " + c);
                }
            }
        }
        List<List<XlsxCells.Cell>> rows = XlsxCells.rows(xlsx, 1);
        assertEquals("Putin 🇷🇺 looked strained 😬 at the parade", rows.get(4).get(7).text());
        assertEquals("first line\nsecond line, after a newline", rows.get(2).get(7).text());
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", rows.get(5).get(7).text());
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (int n = 1; n <= 2; n++) {
                Element pane = (Element) XlsxCells.xml(zip, "xl/worksheets/sheet" + n + ".xml")
                        .getElementsByTagNameNS(XlsxCells.MAIN, "pane").item(0);
                assertEquals("frozen", pane.getAttribute("state"));
                assertEquals("1", pane.getAttribute("ySplit"), "the header row stays in view");
            }
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(styles.contains("<b/>") || styles.contains("<b "), "a bold font for the header: " + styles);
        }
    }
}
