package org.stemma.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.corpus.Document;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new}, {@code claim add} and {@code export} end to end on the sample articles. */
class ProjectCommandsTest {

    private static final String SENTENCE = "The Atlantic Council described this statement as “meaningful” coming "
            + "from a senior Kazakhstani official while in the US.";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aClaimMadeOnTheCommandLineIsExported() throws Exception {
        String project = dir.resolve("kazakhstan.stemma").toString();
        String seed001 = Seeds.path(Seeds.S001).toString();
        Document article = Seeds.document(Seeds.S001);

        CliRun created = run("new", "--project", project, seed001, Seeds.path(Seeds.S000).toString());
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().contains("added " + article.name()), created.out());

        int start = article.text().indexOf(SENTENCE);
        assertTrue(start > 0);
        CliRun added = run("claim", "add", "--project", project, "--document", article.name(),
                "--start", String.valueOf(start), "--end", String.valueOf(start + SENTENCE.length()),
                "--tag", "Kazakhstan", "--tag", "think tanks", "--status", "needs source",
                "--note", "Did the Atlantic Council say \"meaningful\"?");
        assertEquals(0, added.code(), added.err());
        long id = Long.parseLong(added.out().strip());

        Path csv = dir.resolve("claims.csv");
        CliRun exported = run("export", "--project", project, "--csv", csv.toString());
        assertEquals(0, exported.code(), exported.err());

        List<CSVRecord> rows = read(csv);
        assertEquals(1, rows.size());
        CSVRecord row = rows.get(0);
        assertEquals(String.valueOf(id), row.get("claim_id"));
        assertEquals(article.name(), row.get("document"));
        assertEquals(article.metadata().title(), row.get("title"));
        assertEquals(String.valueOf(start), row.get("start"));
        assertEquals(String.valueOf(start + SENTENCE.length()), row.get("end"));
        assertEquals(SENTENCE, row.get("text"));
        assertEquals("Kazakhstan; think tanks", row.get("tags"));
        assertEquals("NEEDS_SOURCE", row.get("status"));
        assertEquals("Did the Atlantic Council say \"meaningful\"?", row.get("note"));
        String counterparts = row.get("counterparts");
        assertTrue(counterparts.startsWith("The BOL News (" + Seeds.S000 + "): altered — "), counterparts);
        assertTrue(counterparts.contains("meaningful → important") && counterparts.endsWith("; unreviewed"),
                "claim add stored the counterparts the window would: " + counterparts);
    }

    @Test
    void everyExportAndTheRefiImportRunFromTheCommandLine() throws Exception {
        String project = dir.resolve("kazakhstan.stemma").toString();
        Document article = Seeds.document(Seeds.S001);
        assertEquals(0, run("new", "--project", project, Seeds.path(Seeds.S001).toString(),
                Seeds.path(Seeds.S000).toString()).code());
        int start = article.text().indexOf(SENTENCE);
        assertEquals(0, run("claim", "add", "--project", project, "--document", article.name(), "--start",
                String.valueOf(start), "--end", String.valueOf(start + SENTENCE.length()), "--tag", "quotation",
                "--status", "altered").code());
        Path dirOut = dir.resolve("out");
        Files.createDirectory(dirOut);
        CliRun all = run("export", "--project", project, "--counterparts-csv", dirOut.resolve("long.csv").toString(),
                "--tags-csv", dirOut.resolve("tags.csv").toString(),
                "--xlsx", dirOut.resolve("claims.xlsx").toString(), "--qdpx", dirOut.resolve("k.qdpx").toString(),
                "--claimreview", dirOut.resolve("r.jsonld").toString(), "--author", "Desk",
                "--claim-report", dirOut.resolve("claim.html").toString(), "--claim", "1");
        assertEquals(0, all.code(), all.err());
        assertEquals(6, all.out().lines().count(), all.out());
        assertTrue(all.out().contains("wrote 2 rows (claim × article)"), all.out());
        assertTrue(all.out().contains("wrote 1 tags to"), all.out());
        CSVRecord tag = read(dirOut.resolve("tags.csv")).get(0);
        assertEquals(List.of("quotation", "quotation", "", "0", "1"),
                List.of(tag.get("tag"), tag.get("name"), tag.get("parent"), tag.get("depth"), tag.get("claims")));
        assertTrue(all.out().contains("wrote 2 sources, 1 codes and 1 coded selections"), all.out());
        assertTrue(all.out().contains("wrote 1 ClaimReview objects"), all.out());
        List<CSVRecord> rows = read(dirOut.resolve("long.csv"));
        assertEquals(List.of("claimed", "altered"), rows.stream().map(r -> r.get("kind")).toList());
        assertEquals(List.of("quotation", "quotation"), rows.stream().map(r -> r.get("tag_paths")).toList());
        assertTrue(rows.get(1).get("changed_words").contains("meaningful → important"));

        Path html = dirOut.resolve("compare.html");
        CliRun compared = run("compare", Seeds.path(Seeds.S001).toString(), Seeds.path(Seeds.S000).toString(),
                "--html", html.toString());
        assertEquals(0, compared.code(), compared.err());
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("<del>meaningful</del>"));

        CliRun imported = run("import", "--qdpx", dirOut.resolve("k.qdpx").toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("imported 2 text sources, 1 codes and 1 coded selections into "
                + "'" + dirOut.resolve("k.stemma").toAbsolutePath() + "'"), imported.out());
        Path again = dir.resolve("again.csv");
        assertEquals(0, run("export", "--project", dirOut.resolve("k.stemma").toString(), "--csv", again.toString()).code());
        CSVRecord back = read(again).get(0);
        assertEquals(SENTENCE, back.get("text"));
        assertEquals("ALTERED", back.get("status"));
        assertTrue(back.get("counterparts").contains("meaningful → important"), "counterparts found on import");

        Path existing = dir.resolve("existing.stemma");
        Files.writeString(existing, "mine");
        CliRun refused = run("import", "--qdpx", dirOut.resolve("k.qdpx").toString(), "--project", existing.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("already exists"), refused.err());
        assertEquals("mine", Files.readString(existing), "an existing file is never touched");
        CliRun notQdpx = run("import", "--qdpx", Seeds.path(Seeds.S001).toString(), "--project",
                dir.resolve("bad.stemma").toString());
        assertEquals(2, notQdpx.code());
        assertEquals(1, notQdpx.err().lines().count(), notQdpx.err());
        assertTrue(Files.notExists(dir.resolve("bad.stemma")), "a failed import leaves no project behind");
    }

    @Test
    void mistakesGetOneLineAndExitCodeTwo() throws Exception {
        String project = dir.resolve("p.stemma").toString();
        String name = Seeds.document(Seeds.S001).name();
        assertEquals(0, run("new", "--project", project, Seeds.path(Seeds.S001).toString()).code());

        List<String[]> mistakes = List.of(
                new String[]{"new", "--project", project, Seeds.path(Seeds.S002).toString()},
                new String[]{"new", "--project", dir.resolve("q.stemma").toString(), dir.resolve("missing.txt").toString()},
                new String[]{"claim", "add", "--project", project, "--document", name, "--start", "100", "--end", "99999", "--tag", "t"},
                new String[]{"claim", "add", "--project", project, "--document", name, "--start", "ten", "--end", "20", "--tag", "t"},
                new String[]{"claim", "add", "--project", project, "--document", "nope.txt", "--start", "0", "--end", "5", "--tag", "t"},
                new String[]{"claim", "add", "--project", project, "--document", name, "--start", "0", "--end", "5", "--tag", "t", "--status", "maybe"},
                new String[]{"claim", "add", "--project", project, "--document", name, "--start", "0", "--end", "5"},
                new String[]{"claim", "remove", "--project", project},
                new String[]{"export", "--project", Seeds.path(Seeds.S001).toString(), "--csv", dir.resolve("x.csv").toString()},
                new String[]{"export", "--project", project, "--csv", project});
        List<String> reasons = new ArrayList<>();
        for (String[] args : mistakes) {
            CliRun r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + " -> " + r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            reasons.add(r.err().strip());
        }
        assertTrue(reasons.get(0).contains("already exists"), reasons.get(0));
        assertTrue(reasons.get(1).contains("no such file"), reasons.get(1));
        assertTrue(reasons.get(2).contains("100..99999"), reasons.get(2));
        assertTrue(reasons.get(4).contains("no document named 'nope.txt'") && reasons.get(4).contains(name), reasons.get(4));
        assertTrue(reasons.get(5).contains("NEEDS_SOURCE"), reasons.get(5));
        assertTrue(reasons.get(8).contains("not a Stemma project"), reasons.get(8));
        assertTrue(reasons.get(9).contains("is the project itself"), reasons.get(9));
        assertTrue(Files.notExists(dir.resolve("q.stemma")), "a failed new leaves no file behind");
        assertEquals(List.of(), read(exportOf(project)), "no mistake added a claim");
    }

    private Path exportOf(String project) {
        Path csv = dir.resolve("check.csv");
        assertEquals(0, run("export", "--project", project, "--csv", csv.toString()).code());
        return csv;
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("\uFEFF"));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content.substring(1)))) {
            return parser.getRecords();
        }
    }
}
