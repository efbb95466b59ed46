package org.stemma.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.store.CorruptProjectException;
import org.stemma.store.NotAProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.ui.corpus.Projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project holding one stored value Stemma cannot read is refused by {@code export}, {@code claim add} and
 * the window alike: one line naming the project and the value, exit 2, nothing written.
 */
class DamagedProjectTest {

    @TempDir
    Path dir;

    /** A damage done with another SQLite program, and what the refusal must name. */
    record Damage(String name, String sql, String named) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Damage> damages() {
        return Stream.of(
                new Damage("unparsable date", "UPDATE claim SET created = 'yesterday' WHERE id = 2", "'yesterday'"),
                new Damage("history date", "UPDATE claim_history SET at = '2024-13-45T99:00:00Z' WHERE id = 1",
                        "claim_history 1"),
                new Damage("import date", "UPDATE document SET imported_at = '' WHERE id = 1", "document 1"),
                new Damage("offsets past the text", "UPDATE claim SET start_offset = 90000, end_offset = 90010 WHERE id = 2",
                        "past the end of its article"),
                new Damage("offsets that mark nothing", "UPDATE claim SET end_offset = 'ten' WHERE id = 1", "'ten'"),
                new Damage("claim of a missing document", "UPDATE claim SET document_id = 99 WHERE id = 2",
                        "claim 2 refers to a document that is not in the project"),
                new Damage("tag of a missing tag", "INSERT INTO claim_tag VALUES (1, 42)", "refers to a tag"),
                new Damage("blank tag name", "UPDATE tag SET name = '   ' WHERE id = 1", "a tag needs a name"),
                new Damage("unknown status", "UPDATE claim SET status = 'MAYBE' WHERE id = 1", "'MAYBE'"),
                new Damage("counterpart past the text", "INSERT INTO counterpart (claim_id, document_id, kind, "
                        + "start_offset, end_offset, text) VALUES (1, 1, 'SAME', 70000, 70005, 'x')", "counterpart"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedValueIsRefusedInOneLineEverywhere(Damage damage) throws Exception {
        Path project = projectWithTwoClaims();
        damage(project, damage.sql());
        byte[] before = Files.readAllBytes(project);
        Path csv = dir.resolve("out.csv");

        assertRefused(project, damage.named(), "export", "--project", project.toString(), "--csv", csv.toString());
        assertFalse(Files.exists(csv), "no export was written");
        assertRefused(project, damage.named(), "claim", "add", "--project", project.toString(), "--document",
                "001_a14117e3dcc20b34.txt", "--start", "0", "--end", "4", "--tag", "new");
        CorruptProjectException window = assertThrows(CorruptProjectException.class, () -> Projects.open(project));
        assertTrue(window.getMessage().startsWith(project.toString()) && window.getMessage().contains(damage.named()),
                window.getMessage());
        assertArrayEquals(before, Files.readAllBytes(project), "the project was left as it was");
        assertFalse(Files.exists(Path.of(project + "-wal")));
    }

    @Test
    void aNegativeFormatIsNotAProjectStemmaCanRead() throws Exception {
        Path project = projectWithTwoClaims();
        for (int version : new int[]{-1, 0, Integer.MIN_VALUE}) {
            damage(project, "PRAGMA user_version = " + version);
            byte[] before = Files.readAllBytes(project);
            assertRefused(project, "not a project Stemma can read", "export", "--project", project.toString(),
                    "--csv", dir.resolve("out.csv").toString());
            NotAProjectException e = assertThrows(NotAProjectException.class, () -> ProjectFile.open(project));
            assertFalse(e.getMessage().contains("SQL"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(project));
        }
    }

    private Path projectWithTwoClaims() throws Exception {
        Path project = dir.resolve("damaged.stemma");
        Files.deleteIfExists(project);
        CliRun made = run("new", "--project", project.toString(), Seeds.path(Seeds.S001).toString());
        assertEquals(0, made.code(), made.err());
        for (int i = 0; i < 2; i++) {
            CliRun added = run("claim", "add", "--project", project.toString(), "--document",
                    "001_a14117e3dcc20b34.txt", "--start", String.valueOf(10 * i), "--end", String.valueOf(10 * i + 8),
                    "--tag", "tag" + i);
            assertEquals(0, added.code(), added.err());
        }
        return project;
    }

    /** Another program changes the file (foreign keys off, as sqlite3 has them by default). */
    private static void damage(Path project, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static void assertRefused(Path project, String named, String... args) {
        CliRun r = run(args);
        assertEquals(Cli.USAGE_ERROR, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(project.toString()) && r.err().contains(named), r.err());
        assertEquals("", r.out());
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
