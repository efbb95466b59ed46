package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.store.FamilyStore;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code families} end to end: the JSON shape of issue 12, GraphML and passim files, and a project. */
class FamiliesCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Set<String> keys(JsonObject o) {
        return new TreeSet<>(o.keySet());
    }

    @Test
    void theSeedsFolderAsJsonInTheIssuesShape() {
        CliRun r = run("families", "seeds", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(Set.of("documents", "families"), keys(o));
        JsonArray docs = o.getAsJsonArray("documents");
        assertEquals(5, docs.size());
        for (JsonElement d : docs) {
            assertEquals(Set.of("path", "title", "outlet", "date"), keys(d.getAsJsonObject()));
        }
        assertEquals("seeds/000_bccecb4352150e81.txt", docs.get(0).getAsJsonObject().get("path").getAsString());
        JsonArray families = o.getAsJsonArray("families");
        assertEquals(2, families.size());
        JsonObject spun = families.get(0).getAsJsonObject();
        assertEquals(Set.of("id", "name", "documents", "root", "edges"), keys(spun));
        assertEquals("seeds/001_a14117e3dcc20b34.txt", spun.get("root").getAsString());
        JsonObject edge = spun.getAsJsonArray("edges").get(0).getAsJsonObject();
        assertEquals(Set.of("from", "to", "similarity", "containment", "directed", "confidence", "evidence"), keys(edge));
        assertEquals(Set.of("fromInTo", "toInFrom"), keys(edge.getAsJsonObject("containment")));
        assertEquals("seeds/001_a14117e3dcc20b34.txt", edge.get("from").getAsString());
        assertEquals("seeds/000_bccecb4352150e81.txt", edge.get("to").getAsString());
        assertTrue(edge.get("directed").getAsBoolean());
        assertEquals(0.4859, edge.getAsJsonObject("containment").get("fromInTo").getAsDouble(), 0.001);
        JsonObject rewrites = families.get(1).getAsJsonObject();
        assertTrue(rewrites.get("root").isJsonNull());
        assertFalse(rewrites.getAsJsonArray("edges").get(0).getAsJsonObject().get("directed").getAsBoolean());
        for (JsonElement f : families) {
            assertFalse(f.getAsJsonObject().getAsJsonArray("documents").toString().contains("002_"), "002 is in no family");
        }
    }

    @Test
    void writesGraphmlAndPassimFiles() throws Exception {
        Path graphml = dir.resolve("seeds.graphml");
        Path passim = dir.resolve("seeds.jsonl");
        CliRun r = run("families", "seeds", "--graphml", graphml.toString(), "--passim", passim.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("2 families; 1 of 5 articles stand alone\n"), r.out());
        assertTrue(Files.readString(graphml).contains("<edge id=\"e0\" source=\"n1\" target=\"n0\">"));
        assertEquals(5, Files.readAllLines(passim).size());
    }

    @Test
    void badUsageIsOneLineAndExitTwo() {
        CliRun none = run("families");
        assertEquals(2, none.code());
        assertEquals(1, none.err().lines().count());
        CliRun both = run("families", "seeds", "--project", "x.stemma");
        assertEquals(2, both.code());
        CliRun missing = run("families", dir.resolve("absent").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
    }

    @Test
    void aProjectKeepsItsFamiliesAndUsesDocumentNames() throws Exception {
        Path file = dir.resolve("k.stemma");
        try (ProjectFile p = ProjectFile.create(file)) {
            for (String seed : Seeds.ALL) {
                p.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
            }
        }
        CliRun r = run("families", "--project", file.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject edge = o.getAsJsonArray("families").get(0).getAsJsonObject().getAsJsonArray("edges").get(0).getAsJsonObject();
        assertEquals("001_a14117e3dcc20b34.txt", edge.get("from").getAsString());
        try (ProjectFile p = ProjectFile.open(file)) {
            FamilyStore.Saved saved = p.families().load();
            assertEquals(2, saved.families().size());
            assertTrue(saved.pairs().size() >= 2);
        }
        assertEquals(r.out(), run("families", "--project", file.toString(), "--json").out(), "the same answer from what was kept");
    }
}
