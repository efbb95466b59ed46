package org.stemma.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code similar} and {@code search} on a project of the sample articles, and on files. */
class SimilarAndSearchCommandsTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String project() {
        String file = dir.resolve("seeds.stemma").toString();
        List<String> args = new ArrayList<>(List.of("new", "--project", file));
        for (String s : Seeds.ALL) {
            args.add(Seeds.path(s).toString());
        }
        assertEquals(0, run(args.toArray(String[]::new)).exit());
        return file;
    }

    @Test
    void similarRanksTheSpunCopyFirstForItsSource() {
        String file = project();
        Result r = run("similar", "--project", file, Seeds.S001, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(Seeds.S001, o.getAsJsonObject("document").get("name").getAsString());
        JsonObject first = o.getAsJsonArray("similar").get(0).getAsJsonObject();
        assertEquals(Seeds.S000, first.get("name").getAsString());
        assertTrue(first.get("shared").getAsDouble() > 0.2, r.out());

        Result files = run("similar", Seeds.path(Seeds.S003).toString(), Seeds.path(Seeds.S002).toString(),
                Seeds.path(Seeds.S004).toString());
        assertEquals(0, files.exit(), files.err());
        assertTrue(files.out().lines().findFirst().orElseThrow().contains(Seeds.S004), files.out());

        Result unknown = run("similar", "--project", file, "nothing.txt");
        assertEquals(Cli.USAGE_ERROR, unknown.exit());
        assertTrue(unknown.err().contains("no document named 'nothing.txt'"), unknown.err());
    }

    @Test
    void searchFindsTheDisguisedSpellingWithItsPlaces() {
        String file = project();
        Result r = run("search", "--project", file, "Kazakhstan", "postpones", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        List<String> names = new ArrayList<>();
        o.getAsJsonArray("articles").forEach(a -> names.add(a.getAsJsonObject().get("name").getAsString()));
        assertTrue(names.contains(Seeds.S000), names.toString());
        JsonObject any = o.getAsJsonArray("articles").get(0).getAsJsonObject();
        assertEquals(any.get("hits").getAsInt(), any.getAsJsonArray("places").size());
        assertEquals(Cli.USAGE_ERROR, run("search", "--project", file).exit());
    }
}
