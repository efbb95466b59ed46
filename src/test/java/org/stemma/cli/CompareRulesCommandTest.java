package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code compare} with the difference rules (decision 1420): the flags, their JSON and their refusals. */
class CompareRulesCommandTest {

    @TempDir
    Path dir;

    private static JsonObject json(CliRun r) {
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    /** Every change of every pair as "kind:left>right". */
    private static List<String> changes(JsonObject o) {
        List<String> out = new ArrayList<>();
        for (JsonElement p : o.getAsJsonArray("pairs")) {
            for (JsonElement c : p.getAsJsonObject().getAsJsonArray("changes")) {
                JsonObject co = c.getAsJsonObject();
                out.add(co.get("kind").getAsString() + ":" + co.get("left").getAsString() + ">" + co.get("right").getAsString());
            }
        }
        return out;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void equivalentsFromAFileMarkKievAndKyivEquivalentInTheJson() throws Exception {
        String left = Seeds.path(Seeds.S003).toString();
        String right = Seeds.path(Seeds.S004).toString();
        assertTrue(changes(json(CliRun.of("compare", left, right, "--json"))).contains("edit:Kiev>Kyiv"));

        Path rules = write("spellings.txt", "# places\nKiev = Kyiv\n");
        JsonObject o = json(CliRun.of("compare", left, right, "--json", "--equivalents", rules.toString()));
        List<String> changes = changes(o);
        assertTrue(changes.contains("equivalent:Kiev>Kyiv"), changes.toString());
        assertFalse(changes.contains("edit:Kiev>Kyiv"), changes.toString());
        Path report = dir.resolve("report.html");
        assertEquals(0, CliRun.of("compare", left, right, "--equivalents", rules.toString(), "--html", report.toString()).code());
        String html = Files.readString(report);
        assertTrue(html.contains("Equivalent wording (1)"), "the report lists the equivalent apart");
        assertFalse(html.contains("<del>Kiev</del>"), "and does not mark it as deleted");
        JsonArray groups = o.getAsJsonObject("options").getAsJsonArray("equivalents");
        assertEquals("[[\"Kiev\",\"Kyiv\"]]", groups.toString());
        assertTrue(o.getAsJsonObject("options").get("ignoreCase").getAsBoolean());
    }

    @Test
    void numbersCaseAndPunctuationFlagsChangeWhatCounts() throws Exception {
        String left = write("left.txt", "Police said five thousand people gathered in Almaty, the city.\n").toString();
        String right = write("right.txt", "Police said 5,000 people gathered in ALMATY the city.\n").toString();
        JsonObject plain = json(CliRun.of("compare", left, right, "--json"));
        assertEquals("changed", plain.getAsJsonArray("pairs").get(0).getAsJsonObject().get("kind").getAsString());

        JsonObject numbers = json(CliRun.of("compare", left, right, "--json", "--numbers"));
        JsonObject pair = numbers.getAsJsonArray("pairs").get(0).getAsJsonObject();
        assertEquals("equivalent", pair.get("kind").getAsString());
        assertEquals(List.of("equivalent:five thousand>5,000"), changes(numbers));

        List<String> strict = changes(json(CliRun.of("compare", left, right, "--json", "--numbers", "--match-case",
                "--match-punctuation")));
        assertEquals(List.of("equivalent:five thousand>5,000", "edit:Almaty>ALMATY"), strict);

        CliRun report = CliRun.of("compare", left, right, "--numbers");
        assertTrue(report.out().contains("1 equivalent"), report.out());
        assertTrue(report.out().contains("[five thousand] = [5,000] (equivalent)"), report.out());
    }

    @Test
    void aMissingOrMalformedSpellingsFileIsOneLineAndExitTwo() throws Exception {
        String seed = Seeds.path(Seeds.S003).toString();
        CliRun missing = CliRun.of("compare", seed, seed, "--equivalents", dir.resolve("none.txt").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.txt") && missing.err().contains("cannot be read"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());

        Path bad = write("bad.txt", "Kiev = Kyiv\nKiev - Kyiv\n");
        CliRun malformed = CliRun.of("compare", seed, seed, "--equivalents", bad.toString());
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().contains("bad.txt") && malformed.err().contains("line 2"), malformed.err());
    }

    @Test
    void theUsageNamesEveryRule() {
        CliRun help = CliRun.of("compare", "--help");
        for (String flag : List.of("--match-case", "--match-punctuation", "--numbers", "--equivalents FILE")) {
            assertTrue(help.out().contains(flag), help.out());
        }
    }
}
