package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.align.CompareOptions;
import org.stemma.corpus.Document;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.CounterpartKind;
import org.stemma.model.EquivalentSpellings;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code claim add/counterparts/rules} follow the project's difference rules (decision 1421), in the JSON
 * too: seed 003 writes "Kiev", its copy here "Kyiv" and nothing else otherwise, seed 004 rewrites it.
 */
class ClaimRulesCommandTest {

    private static final String YURTS = "Kazakhstan set up these auxiliary yurts in the Ukrainian cities of Bucha and Kiev.";
    private static final String COPY = "003_kyiv_copy.txt";

    @TempDir
    Path dir;

    private Path project() throws Exception {
        Path file = dir.resolve("rules.stemma");
        try (ProjectFile project = ProjectFile.create(file)) {
            project.documents().add(Seeds.document(Seeds.S003), SourceInfo.of(Seeds.path(Seeds.S003), "text"));
            Document seed = Seeds.document(Seeds.S003);
            project.documents().add(Document.of(COPY, seed.source(), seed.text().replace("Kiev", "Kyiv")),
                    SourceInfo.of(Seeds.path(Seeds.S003), "text"));
            project.documents().add(Seeds.document(Seeds.S004), SourceInfo.of(Seeds.path(Seeds.S004), "text"));
        }
        return file;
    }

    private static JsonObject json(CliRun r) {
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    /** The counterpart of the first claim in {@code document}. */
    private static JsonObject in(JsonObject o, String document) {
        for (JsonElement c : o.getAsJsonArray("claims").get(0).getAsJsonObject().getAsJsonArray("counterparts")) {
            if (c.getAsJsonObject().get("document").getAsString().equals(document)) {
                return c.getAsJsonObject();
            }
        }
        throw new AssertionError("no counterpart in " + document + ": " + o);
    }

    private static List<String> words(JsonObject counterpart, String field) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : counterpart.getAsJsonArray(field)) {
            out.add(e.getAsJsonObject().get("left").getAsString() + ">" + e.getAsJsonObject().get("right").getAsString());
        }
        return out;
    }

    /** {@code claim add --json} on the yurts sentence of 003, tagged "yurts": the claim with its counterparts. */
    private static JsonObject addYurtsClaim(Path file) {
        int start = Seeds.document(Seeds.S003).text().indexOf(YURTS);
        return json(CliRun.of("claim", "add", "--project", file.toString(), "--document", Seeds.S003,
                "--start", String.valueOf(start), "--end", String.valueOf(start + YURTS.length()), "--tag", "yurts", "--json"));
    }

    private static ClaimCounterpart stored(Path file, long claim) throws Exception {
        try (ProjectFile project = ProjectFile.open(file)) {
            long copy = project.documents().byName(COPY).map(StoredDocument::id).orElseThrow();
            return project.counterparts().forClaim(claim).stream().filter(c -> c.documentId() == copy).findFirst().orElseThrow();
        }
    }

    @Test
    void claimCommandsComputeAndListCounterpartsUnderTheProjectsRules() throws Exception {
        Path file = project();
        JsonObject added = addYurtsClaim(file);
        long claim = added.getAsJsonArray("claims").get(0).getAsJsonObject().get("id").getAsLong();
        assertEquals("altered", in(added, COPY).get("kind").getAsString(), "no rules yet: Kiev → Kyiv is a change");
        assertEquals(List.of("Kiev>Kyiv"), words(in(added, COPY), "changes"));

        Path spellings = Files.writeString(dir.resolve("spellings.txt"), "Kiev = Kyiv\n", StandardCharsets.UTF_8);
        JsonObject ruled = json(CliRun.of("claim", "rules", "--project", file.toString(), "--equivalents",
                spellings.toString(), "--json"));
        assertEquals("[[\"Kiev\",\"Kyiv\"]]", ruled.getAsJsonObject("rules").getAsJsonArray("equivalents").toString());
        assertEquals("[" + claim + "]", ruled.getAsJsonArray("recomputed").toString());
        assertEquals("same", in(ruled, COPY).get("kind").getAsString());
        assertEquals(List.of(), words(in(ruled, COPY), "changes"));
        assertEquals(List.of("Kiev>Kyiv"), words(in(ruled, COPY), "equivalents"));
        assertEquals("altered", in(ruled, Seeds.S004).get("kind").getAsString());
        assertEquals(CounterpartKind.SAME, stored(file, claim).kind(), "what the JSON says is what the project holds");

        JsonObject listed = json(CliRun.of("claim", "counterparts", "--project", file.toString(), "--json"));
        assertEquals(new JsonArray(), listed.getAsJsonArray("recomputed"), "in step already");
        assertEquals(ruled.getAsJsonArray("claims"), listed.getAsJsonArray("claims"));

        // Rules changed by another program (the window's Compare › Options writes only the rules):
        try (ProjectFile project = ProjectFile.open(file)) {
            project.compareOptions().save(CompareOptions.DEFAULT);
        }
        JsonObject again = json(CliRun.of("claim", "counterparts", "--project", file.toString(), "--claim",
                String.valueOf(claim), "--json"));
        assertEquals("[" + claim + "]", again.getAsJsonArray("recomputed").toString());
        assertEquals("altered", in(again, COPY).get("kind").getAsString());
        assertEquals(CounterpartKind.ALTERED, stored(file, claim).kind());

        CliRun text = CliRun.of("claim", "counterparts", "--project", file.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains(COPY + "\taltered\tKiev -> Kyiv"), text.out());
    }

    @Test
    void exportWritesTheEvidenceUnderTheProjectsRules() throws Exception {
        Path file = project();
        JsonObject added = addYurtsClaim(file);
        long claim = added.getAsJsonArray("claims").get(0).getAsJsonObject().get("id").getAsLong();
        try (ProjectFile project = ProjectFile.open(file)) { // as the window's Compare › Options writes them
            project.compareOptions().save(CompareOptions.DEFAULT.withEquivalents(EquivalentSpellings.parse("Kiev = Kyiv")));
        }
        Path csv = dir.resolve("long.csv");
        CliRun export = CliRun.of("export", "--project", file.toString(), "--counterparts-csv", csv.toString());
        assertEquals(0, export.code(), export.err());
        List<String> copyRows = Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> l.contains(COPY)).toList();
        assertEquals(1, copyRows.size(), copyRows.toString());
        assertTrue(copyRows.get(0).contains("same") && !copyRows.get(0).contains("altered"), copyRows.get(0));
        assertEquals(CounterpartKind.SAME, stored(file, claim).kind());
    }

    @Test
    void aMalformedSpellingsFileIsAUsageErrorAndTheRulesStay() throws Exception {
        Path file = project();
        try (ProjectFile project = ProjectFile.open(file)) {
            project.compareOptions().save(CompareOptions.DEFAULT.withEquivalents(EquivalentSpellings.parse("Kiev = Kyiv")));
        }
        Path bad = Files.writeString(dir.resolve("bad.txt"), "Kiev - Kyiv\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("claim", "rules", "--project", file.toString(), "--equivalents", bad.toString());
        assertEquals(Cli.USAGE_ERROR, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("line 1"), r.err());
        try (ProjectFile project = ProjectFile.open(file)) {
            assertEquals(List.of(List.of("Kiev", "Kyiv")), project.compareOptions().load().equivalents().groups());
        }
    }
}
