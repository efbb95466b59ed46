package org.stemma;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the launcher does before JavaFX: commands, help, unknown commands, and no display. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt launch(Map<String, String> env, String os, String... args) {
        return Launcher.commandLine(List.of(args), env, os, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutADisplayTheWindowIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path project = Files.createFile(dir.resolve("a.stemma"));
        for (String[] args : List.of(new String[0], new String[]{project.toString()}, new String[]{"--smoke-test"})) {
            err.reset();
            assertEquals(OptionalInt.of(2), launch(Map.of("DISPLAY", "", "HOME", "/root"), "Linux", args));
            assertEquals(Launcher.NO_DISPLAY + System.lineSeparator(), err());
        }
    }

    @Test
    void withADisplayTheWindowOpensOnTheFilesGiven(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("article.txt"), "Some text.");
        assertEquals(OptionalInt.empty(), launch(Map.of("DISPLAY", ":0"), "Linux"));
        assertEquals(OptionalInt.empty(), launch(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", article.toString()));
        assertEquals(OptionalInt.empty(), launch(Map.of("DISPLAY", ":0"), "Linux", dir.resolve("missing.stemma").toString()));
        assertEquals(OptionalInt.empty(), launch(Map.of(), "Windows 11", "--smoke-test"));
        assertEquals("", err());
    }

    @Test
    void helpAndUnknownCommandsNeverReachTheWindow() {
        for (String help : List.of("--help", "-h", "help", "--version")) {
            assertEquals(OptionalInt.of(0), launch(Map.of("DISPLAY", ":0"), "Linux", help), help);
        }
        assertEquals(OptionalInt.of(2), launch(Map.of("DISPLAY", ":0"), "Linux", "frobnicate"));
        assertTrue(err().startsWith("stemma: unknown command 'frobnicate'"), err());
        assertEquals(OptionalInt.of(2), launch(Map.of(), "Linux", "--frobnicate"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: stemma compare"));
    }
}
