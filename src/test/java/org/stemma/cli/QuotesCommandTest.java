package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.importing.ArticleFiles;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotesCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static List<JsonObject> objects(JsonArray array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonElement::getAsJsonObject).toList();
    }

    @Test
    void quotesJsonHasTheIssuesShape() {
        String p000 = Seeds.path(Seeds.S000).toString();
        String p001 = Seeds.path(Seeds.S001).toString();
        CliRun r = run("quotes", p000, p001, "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        List<JsonObject> documents = objects(root.getAsJsonArray("documents"));
        assertEquals(List.of(p000, p001), documents.stream().map(d -> d.get("path").getAsString()).toList());
        for (JsonObject d : documents) {
            assertTrue(d.has("title") && d.has("outlet") && d.has("date"));
            for (JsonObject q : objects(d.getAsJsonArray("quotations"))) {
                assertTrue(Set.of("attributed", "scare", "title").contains(q.get("kind").getAsString()));
                assertTrue(q.get("end").getAsInt() > q.get("start").getAsInt());
                assertTrue(q.has("speaker") && q.has("cue") && q.has("text"));
            }
        }
        JsonObject council = objects(documents.get(1).getAsJsonArray("quotations")).stream()
                .filter(q -> q.get("text").getAsString().equals("meaningful")).findFirst().orElseThrow();
        assertEquals("Atlantic Council", council.getAsJsonObject("speaker").get("name").getAsString());
        assertEquals("described this statement as", council.getAsJsonObject("cue").get("text").getAsString());

        JsonObject entry = objects(root.getAsJsonArray("ledger")).stream()
                .filter(e -> e.get("text").getAsString().equals("meaningful")).findFirst().orElseThrow();
        assertTrue(entry.get("id").getAsInt() > 0);
        assertEquals("Atlantic Council", entry.get("speaker").getAsString());
        assertEquals("altered", entry.getAsJsonArray("flags").get(0).getAsString());
        JsonObject change = entry.getAsJsonArray("changes").get(0).getAsJsonObject();
        assertEquals(p000, change.get("path").getAsString());
        assertEquals("meaningful", change.get("left").getAsString());
        assertEquals("important", change.get("right").getAsString());
        assertEquals(2, entry.getAsJsonArray("members").size());
        assertTrue(entry.get("earliest").isJsonNull(), "the seeds state no dates");
    }

    @Test
    void quotesOfAProjectAndTheCsvExport(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p.stemma");
        try (ProjectFile p = ProjectFile.create(project)) {
            for (String name : List.of(Seeds.S000, Seeds.S001)) {
                p.documents().add(ArticleFiles.document(Seeds.path(name)), SourceInfo.of(Seeds.path(name), "text"));
            }
        }
        Path csv = dir.resolve("ledger.csv");
        CliRun r = run("quotes", "--project", project.toString(), "--json", "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(2, root.getAsJsonArray("documents").size());
        String written = Files.readString(csv);
        assertTrue(written.contains("meaningful") && written.contains("important"));
    }

    @Test
    void factsJsonListsTheSharedNumber() {
        CliRun r = run("facts", Seeds.path(Seeds.S000).toString(), Seeds.path(Seeds.S001).toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject protest = objects(root.getAsJsonArray("facts")).stream()
                .filter(f -> f.get("value").getAsString().equals("5000")).findFirst().orElseThrow();
        assertEquals("number", protest.get("type").getAsString());
        assertEquals("written-differently", protest.getAsJsonArray("flags").get(0).getAsString());
        assertEquals(Set.of("5,000", "five thousand"), Set.copyOf(objects(protest.getAsJsonArray("members")).stream()
                .map(m -> m.get("text").getAsString()).toList()));
    }

    @Test
    void badUsageIsOneLineAndExitTwo() {
        CliRun r = run("quotes");
        assertEquals(Cli.USAGE_ERROR, r.code());
        assertEquals(1, r.err().strip().lines().count());
        CliRun f = run("facts", "no/such/file.txt");
        assertEquals(Cli.USAGE_ERROR, f.code());
    }
}
