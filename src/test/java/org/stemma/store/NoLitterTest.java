package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Launcher;
import org.stemma.Seeds;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs of Stemma, finished or killed, leave nothing in the temporary folder; SQLite's library is copied once. */
class NoLitterTest {

    @TempDir
    Path dir;

    @Test
    void commandsAndAKilledStemmaLeaveNothingInTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path home = Files.createDirectories(dir.resolve("home"));
        List<String> jvm = List.of("-Djava.io.tmpdir=" + tmp, "-Dstemma.home=" + home);
        Path project = dir.resolve("p.stemma");

        ProjectFileTest.Ran made = ProjectFileTest.runJava(jvm, Launcher.class, "new", "--project", project.toString(),
                Seeds.path(Seeds.S001).toString());
        assertEquals(0, made.exit(), made.output());
        Path lib = onlyLibrary(home);
        long copied = Files.getLastModifiedTime(lib).toMillis();
        ProjectFileTest.Ran exported = ProjectFileTest.runJava(jvm, Launcher.class, "export", "--project",
                project.toString(), "--csv", dir.resolve("c.csv").toString());
        assertEquals(0, exported.exit(), exported.output());

        Process holder = ProjectFileTest.startJava(jvm, InUseLockTest.Holder.class, project.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("open", out.readLine());
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }

        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "nothing was left in java.io.tmpdir");
        }
        assertEquals(lib, onlyLibrary(home), "the library is the same copy");
        assertEquals(copied, Files.getLastModifiedTime(lib).toMillis(), "copied once, then reused");
        try (Stream<Path> beside = Files.list(dir)) {
            assertEquals(List.of(".p.stemma.lock", "c.csv", "home", "p.stemma", "p.stemma-wal", "tmp"),
                    beside.map(p -> p.getFileName().toString()).sorted().toList(),
                    "beside the project: the guard's empty file, and the -wal the killed Stemma had open");
        }
    }

    private static Path onlyLibrary(Path home) throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            // The log is kept on purpose (logs/stemma.log); anything else but the one library is litter.
            List<Path> libs = files.filter(Files::isRegularFile)
                    .filter(f -> !home.relativize(f).startsWith("logs")).toList();
            assertEquals(1, libs.size(), libs.toString());
            assertTrue(libs.get(0).toString().contains("sqlite-jdbc-3."), libs.toString());
            return libs.get(0);
        }
    }
}
