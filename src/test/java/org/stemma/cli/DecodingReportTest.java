package org.stemma.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code scan} and {@code import} say when bytes that were not valid UTF-8 were replaced. */
class DecodingReportTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return new String[]{out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    /** The seed article with one Windows-1252 apostrophe (0x92) pasted into its UTF-8. */
    private Path damagedSeed() throws Exception {
        byte[] seed = Files.readAllBytes(Seeds.path(Seeds.S001));
        byte[] bytes = new byte[seed.length + 1];
        int at = seed.length / 2;
        while (seed[at] < 0 || seed[at] != ' ') {
            at++;
        }
        System.arraycopy(seed, 0, bytes, 0, at);
        bytes[at] = (byte) 0x92;
        System.arraycopy(seed, at, bytes, at + 1, seed.length - at);
        return Files.write(dir.resolve("pasted.txt"), bytes);
    }

    @Test
    void scanSaysWhatWasReplaced() throws Exception {
        Path file = damagedSeed();
        String text = run("scan", file.toString())[0];
        assertTrue(text.contains("  note:   1 invalid byte sequence in the UTF-8 text shown as \uFFFD"), text);
        JsonObject json = JsonParser.parseString(run("scan", file.toString(), "--json")[0]).getAsJsonObject();
        assertEquals("1 invalid byte sequence in the UTF-8 text shown as \uFFFD", json.get("note").getAsString());
        assertEquals("text", json.get("format").getAsString());
        assertTrue(json.get("text").getAsString().contains("“"), "the seed's curly quotes survive");
        JsonObject clean = JsonParser.parseString(run("scan", Seeds.path(Seeds.S001).toString(), "--json")[0]).getAsJsonObject();
        assertTrue(clean.get("note").isJsonNull());
    }

    @Test
    void theImportSummarySaysSoForTheFileAndInTheTotals() throws Exception {
        Path file = damagedSeed();
        Path project = dir.resolve("p.stemma");
        run("new", "--project", project.toString(), Seeds.path(Seeds.S003).toString());
        List<String> lines = run("import", "--project", project.toString(), file.toString())[0].lines().toList();
        assertEquals("'" + file + "': added as pasted.txt; 1 invalid byte sequence in the UTF-8 text shown as \uFFFD",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("1 added, 0 duplicates, 0 refused; 1 file with bytes that were not valid text"),
                lines.get(1));
    }
}
