package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void furnitureTakesPartInTheAlignmentWhenAsked() {
        String left = Seeds.path(Seeds.S001).toString();
        String right = Seeds.path(Seeds.S000).toString();
        JsonObject without = JsonParser.parseString(run("compare", left, right, "--json").out()).getAsJsonObject();
        CliRun r = run("compare", left, right, "--json", "--include-furniture");
        assertEquals(0, r.code(), r.err());
        JsonObject with = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(pairTexts(with).contains("By Catherine Meyer-Funnell, Royal Reporter based in London"));
        assertFalse(pairTexts(without).contains("By Catherine Meyer-Funnell, Royal Reporter based in London"));
        assertEquals(without.getAsJsonArray("findings"), with.getAsJsonArray("findings"), "the findings are the same");
        assertTrue(run("compare", left, right, "--include-furniture").out().contains("< L By Catherine Meyer-Funnell"));
    }

    @Test
    void movedWordsAreAChangeKindInTheJson(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "On Monday, after a long debate, the council approved the plan.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "The council approved the plan on Monday, after a long debate.\n");
        JsonObject o = JsonParser.parseString(run("compare", a.toString(), b.toString(), "--json").out()).getAsJsonObject();
        JsonObject pair = o.getAsJsonArray("pairs").get(0).getAsJsonObject();
        assertEquals("changed", pair.get("kind").getAsString());
        JsonObject change = pair.getAsJsonArray("changes").get(0).getAsJsonObject();
        assertEquals("moved", change.get("kind").getAsString());
        assertEquals(change.get("left").getAsString().toLowerCase(), change.get("right").getAsString().toLowerCase());
        assertTrue(change.get("leftStart").getAsInt() != change.get("rightStart").getAsInt());
    }

    private static List<String> pairTexts(JsonObject comparison) {
        List<String> texts = new ArrayList<>();
        for (JsonElement p : comparison.getAsJsonArray("pairs")) {
            JsonElement left = p.getAsJsonObject().get("left");
            if (!left.isJsonNull()) {
                texts.add(left.getAsJsonObject().get("text").getAsString());
            }
        }
        return texts;
    }

    @Test
    void compareJsonHasTheRequiredShape() {
        CliRun r = run("compare", Seeds.path(Seeds.S001).toString(), Seeds.path(Seeds.S000).toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("Daily Express", o.getAsJsonObject("left").get("outlet").getAsString());
        assertTrue(o.getAsJsonObject("right").get("path").getAsString().endsWith(Seeds.S000));
        double similarity = o.get("similarity").getAsDouble();
        assertTrue(similarity > 0.3 && similarity < 1, "similarity " + similarity);
        assertTrue(o.getAsJsonObject("containment").has("leftInRight"));

        List<JsonObject> changes = new ArrayList<>();
        for (JsonElement p : o.getAsJsonArray("pairs")) {
            JsonObject pair = p.getAsJsonObject();
            String kind = pair.get("kind").getAsString();
            assertTrue(List.of("identical", "changed", "left-only", "right-only").contains(kind));
            assertEquals(kind.equals("right-only"), pair.get("left").isJsonNull());
            pair.getAsJsonArray("changes").forEach(c -> changes.add(c.getAsJsonObject()));
        }
        assertTrue(changes.stream().anyMatch(c -> c.get("left").getAsString().equals("meaningful")
                && c.get("right").getAsString().equals("important")));

        JsonArray findings = o.getAsJsonArray("findings");
        long rightHomoglyphs = 0;
        for (JsonElement f : findings) {
            JsonObject finding = f.getAsJsonObject();
            if (finding.get("type").getAsString().equals("homoglyph")) {
                assertEquals("right", finding.get("doc").getAsString());
                assertEquals("U+0430", finding.get("codepoint").getAsString());
                assertEquals("a", finding.get("imitates").getAsString());
                rightHomoglyphs++;
            }
        }
        assertEquals(9, rightHomoglyphs);
    }

    @Test
    void pairOffsetsIndexTheTextThatScanPrints() {
        CliRun scan = run("scan", Seeds.path(Seeds.S000).toString(), "--json");
        JsonObject doc = JsonParser.parseString(scan.out()).getAsJsonObject();
        String text = doc.get("text").getAsString();
        for (JsonElement f : doc.getAsJsonArray("findings")) {
            JsonObject finding = f.getAsJsonObject();
            assertEquals(finding.get("text").getAsString(),
                    text.substring(finding.get("start").getAsInt(), finding.get("end").getAsInt()));
        }
        assertTrue(doc.getAsJsonArray("findings").size() > 9);
    }

    @Test
    void readableReportForATerminal() {
        CliRun r = run("compare", Seeds.path(Seeds.S001).toString(), Seeds.path(Seeds.S000).toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("[meaningful] -> [important]"), r.out());
        assertTrue(r.out().contains("similarity"));
    }

    @Test
    void badInputIsOneClearLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = dir.resolve("photo.txt");
        Files.write(binary, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024);
        }
        String seed = Seeds.path(Seeds.S001).toString();
        List<String[]> calls = List.of(
                new String[]{"compare", seed, dir.resolve("missing.txt").toString()},
                new String[]{"compare", seed, dir.toString()},
                new String[]{"compare", seed, empty.toString()},
                new String[]{"scan", binary.toString(), "--json"},
                new String[]{"scan", huge.toString()},
                new String[]{"compare", seed},
                new String[]{"compare", seed, seed, "--jsno"});
        List<String> expected = List.of("no such file", "directory", "empty", "PNG image", "over the limit of 20 MB",
                "usage", "unknown option");
        for (int i = 0; i < calls.size(); i++) {
            CliRun r = run(calls.get(i));
            assertEquals(2, r.code(), String.join(" ", calls.get(i)));
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(expected.get(i)), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
