package org.stemma.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code similar} and {@code search} on a project of the sample articles, and on files. */
class SimilarAndSearchCommandsTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String project() {
        String file = dir.resolve("seeds.stemma").toString();
        List<String> args = new ArrayList<>(List.of("new", "--project", file));
        for (String s : Seeds.ALL) {
            args.add(Seeds.path(s).toString());
        }
        assertEquals(0, run(args.toArray(String[]::new)).code());
        return file;
    }

    @Test
    void similarRanksTheSpunCopyFirstForItsSource() {
        String file = project();
        CliRun r = run("similar", "--project", file, Seeds.S001, "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(Seeds.S001, o.getAsJsonObject("document").get("name").getAsString());
        JsonObject first = o.getAsJsonArray("similar").get(0).getAsJsonObject();
        assertEquals(Seeds.S000, first.get("name").getAsString());
        assertTrue(first.get("shared").getAsDouble() > 0.2, r.out());

        CliRun files = run("similar", Seeds.path(Seeds.S003).toString(), Seeds.path(Seeds.S002).toString(),
                Seeds.path(Seeds.S004).toString());
        assertEquals(0, files.code(), files.err());
        assertTrue(files.out().lines().findFirst().orElseThrow().contains(Seeds.S004), files.out());

        CliRun unknown = run("similar", "--project", file, "nothing.txt");
        assertEquals(Cli.USAGE_ERROR, unknown.code());
        assertTrue(unknown.err().contains("no document named 'nothing.txt'"), unknown.err());
    }

    @Test
    void searchFindsTheDisguisedSpellingWithItsPlaces() {
        String file = project();
        CliRun r = run("search", "--project", file, "Kazakhstan", "postpones", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        List<String> names = new ArrayList<>();
        o.getAsJsonArray("articles").forEach(a -> names.add(a.getAsJsonObject().get("name").getAsString()));
        assertTrue(names.contains(Seeds.S000), names.toString());
        JsonObject any = o.getAsJsonArray("articles").get(0).getAsJsonObject();
        assertEquals(any.get("hits").getAsInt(), any.getAsJsonArray("places").size());
        assertEquals(Cli.USAGE_ERROR, run("search", "--project", file).code());
    }
}
