package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.model.CounterpartKind;
import org.stemma.model.ClaimCounterpart;
import org.stemma.claims.ClaimService;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.UndoHistory;
import org.stemma.corpus.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectFileTest {

    @TempDir
    Path dir;

    @Test
    void aNewProjectHasTheCurrentSchemaInWalMode() throws Exception {
        Path file = dir.resolve("new.stemma");
        try (ProjectFile project = ProjectFile.create(file)) {
            assertEquals(List.of(), project.documents().list());
        }
        try (Connection c = sqlite(file)) {
            assertEquals(String.valueOf(Migrations.LATEST), query(c, "PRAGMA user_version").get(0));
            assertEquals(String.valueOf(ProjectFile.APPLICATION_ID), query(c, "PRAGMA application_id").get(0));
            assertEquals("wal", query(c, "PRAGMA journal_mode").get(0));
            assertTrue(query(c, "SELECT name FROM sqlite_schema WHERE type = 'table'").containsAll(
                    List.of("document", "tag", "claim", "claim_tag", "claim_history", "counterpart")));
        }
    }

    @Test
    void createNeverOverwritesAFile() throws Exception {
        Path file = dir.resolve("notes.stemma");
        Files.writeString(file, "my notes");
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFile.create(file));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals("my notes", Files.readString(file));
    }

    @Test
    void claimsSurviveClosingAndReopening() throws Exception {
        Path file = dir.resolve("p.stemma");
        Document article = Seeds.document(Seeds.S001);
        long claimId;
        try (ProjectFile project = ProjectFile.create(file)) {
            long docId = project.documents().add(article, SourceInfo.of(Seeds.path(Seeds.S001), "text")).id();
            int start = article.text().indexOf("The Atlantic Council");
            claimId = new ClaimService(project, new UndoHistory()).addClaim(docId, start, start + 40,
                    List.of("Kazakhstan", "sources"), ClaimStatus.NEEDS_SOURCE, "check the original").claim().id();
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            var claim = project.claims().get(claimId).orElseThrow();
            assertEquals("The Atlantic Council described this stat", claim.anchor().exact());
            assertEquals(ClaimStatus.NEEDS_SOURCE, claim.status());
            assertEquals("check the original", claim.note());
            assertEquals(List.of("Kazakhstan", "sources"), claim.tags().stream().map(t -> t.name()).toList());
            var doc = project.documents().get(claim.documentId()).orElseThrow();
            assertEquals(article.text(), doc.text());
            assertEquals(article.metadata(), doc.document().metadata());
            assertEquals("001_a14117e3dcc20b34.txt", doc.source().fileName());
        }
    }

    @Test
    void aVersionOneFileIsMigratedKeepingItsData() throws Exception {
        Path file = dir.resolve("v1.stemma");
        try (Connection c = sqlite(file); Statement s = c.createStatement()) {
            // The schema of release 1, written out here as it shipped (not taken from Migrations).
            s.executeUpdate("CREATE TABLE document (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
                    + "text TEXT NOT NULL, content_hash TEXT NOT NULL, title TEXT, outlet TEXT, byline TEXT, date TEXT, "
                    + "source_name TEXT NOT NULL, source_path TEXT NOT NULL, source_format TEXT NOT NULL, "
                    + "imported_at TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE tag (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE "
                    + "COLLATE NOCASE, colour TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE claim (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id INTEGER NOT NULL "
                    + "REFERENCES document(id) ON DELETE CASCADE, start_offset INTEGER NOT NULL, end_offset INTEGER "
                    + "NOT NULL, exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, status TEXT NOT NULL, "
                    + "note TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, modified TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE claim_tag (claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, "
                    + "tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE, PRIMARY KEY (claim_id, tag_id)) "
                    + "WITHOUT ROWID");
            s.executeUpdate("CREATE TABLE claim_history (id INTEGER PRIMARY KEY AUTOINCREMENT, claim_id INTEGER NOT NULL, "
                    + "at TEXT NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL, before_json TEXT, after_json TEXT)");
            s.executeUpdate("INSERT INTO document VALUES (7, 'a.txt', 'Alpha beta gamma.', 'h', 'Alpha', NULL, NULL, "
                    + "NULL, 'a.txt', '/tmp/a.txt', 'text', '2024-05-01T10:00:00Z')");
            s.executeUpdate("INSERT INTO tag VALUES (3, 'kremlin', '#ff0000')");
            s.executeUpdate("INSERT INTO claim VALUES (5, 7, 6, 10, 'beta', 'Alpha ', ' gamma.', 'DISPUTED', 'n', "
                    + "'2024-05-01T10:00:00Z', '2024-05-02T10:00:00Z')");
            s.executeUpdate("INSERT INTO claim_tag VALUES (5, 3)");
            s.executeUpdate("PRAGMA application_id = " + ProjectFile.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = 1");
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            var claim = project.claims().get(5).orElseThrow();
            assertEquals("beta", claim.anchor().exact());
            assertEquals(ClaimStatus.DISPUTED, claim.status());
            assertEquals("kremlin", claim.tags().get(0).name());
            var stored = project.counterparts().replaceFor(5, List.of(ClaimCounterpart.computed(5, 7,
                    CounterpartKind.ABSENT, null, null, "[]")));
            assertEquals(1, stored.size());
        }
        try (Connection c = sqlite(file)) {
            assertEquals(String.valueOf(Migrations.LATEST), query(c, "PRAGMA user_version").get(0));
        }
    }

    @Test
    void aFileFromANewerStemmaIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("future.stemma");
        try (Connection c = sqlite(file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE hologram (id INTEGER PRIMARY KEY)");
            s.executeUpdate("PRAGMA application_id = " + ProjectFile.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        byte[] before = Files.readAllBytes(file);
        NewerProjectException e = assertThrows(NewerProjectException.class, () -> ProjectFile.open(file));
        assertTrue(e.getMessage().contains("newer version of Stemma"), e.getMessage());
        assertOneLine(e);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void filesThatAreNotProjectsAreRefusedUntouched() throws Exception {
        Path text = dir.resolve("article.stemma");
        Files.writeString(text, "Putin humiliation: Losing allies", StandardCharsets.UTF_8);
        Path empty = Files.createFile(dir.resolve("empty.stemma"));
        Path other = dir.resolve("other.db");
        try (Connection c = sqlite(other); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
        }
        for (Path file : List.of(text, empty, other)) {
            byte[] before = Files.readAllBytes(file);
            NotAProjectException e = assertThrows(NotAProjectException.class, () -> ProjectFile.open(file));
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("not a Stemma project"),
                    e.getMessage());
            assertOneLine(e);
            assertArrayEquals(before, Files.readAllBytes(file), file.toString());
            assertFalse(Files.exists(Path.of(file + "-wal")));
            assertEquals(file.toString().endsWith("other.db"), Files.exists(InUseLock.lockFileOf(file)),
                    "only a database gets as far as its guard");
        }
    }

    @Test
    void aDamagedFileIsReportedAsDamagedAndLeftAsItWas() throws Exception {
        Path file = projectWithClaims(dir.resolve("damaged.stemma"), 30);
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = ((bytes[16] & 0xFF) << 8 | (bytes[17] & 0xFF)) == 1 ? 65536 : ((bytes[16] & 0xFF) << 8 | (bytes[17] & 0xFF));
        assertTrue(bytes.length > 3 * pageSize, "the project spans several pages");
        for (int i = pageSize; i < bytes.length - pageSize; i += 7) {
            bytes[i] = (byte) (bytes[i] * 31 + 17);
        }
        Files.write(file, bytes);
        CorruptProjectException e = assertThrows(CorruptProjectException.class, () -> ProjectFile.open(file));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertOneLine(e);
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aProjectLockedByAnotherProgramIsReportedAsLocked() throws Exception {
        Path file = projectWithClaims(dir.resolve("locked.stemma"), 1);
        try (Connection other = sqlite(file); Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> ProjectFile.open(file));
            assertTrue(e.getMessage().contains("locked by another program"), e.getMessage());
            assertOneLine(e);
            s.execute("ROLLBACK");
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            long docId = project.documents().list().get(0).id();
            // While Stemma has the project open, SQLite's exclusive lock keeps every other program out.
            try (Connection other = sqlite(file); Statement s = other.createStatement()) {
                s.execute("PRAGMA busy_timeout = 100");
                SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT count(*) FROM claim"));
                assertTrue(e.getMessage().contains("SQLITE_BUSY"), e.getMessage());
            }
            new ClaimService(project, new UndoHistory()).addClaim(docId, 0, 5, List.of("x"), ClaimStatus.OPEN, "");
            assertEquals(2, project.claims().list().size());
            assertEquals(Set.of("tag", "x"), Set.copyOf(project.tags().list().stream().map(t -> t.name()).toList()));
        }
    }

    @Test
    void saveAsWritesAnIndependentCompleteCopy() throws Exception {
        Path file = projectWithClaims(dir.resolve("original.stemma"), 3);
        Path copy = dir.resolve("copy.stemma");
        try (ProjectFile project = ProjectFile.open(file)) {
            project.copyTo(copy);
            assertThrows(ProjectException.class, () -> project.copyTo(file));
        }
        try (ProjectFile project = ProjectFile.open(copy)) {
            assertEquals(3, project.claims().list().size());
            new ClaimService(project, new UndoHistory()).deleteClaim(project.claims().list().get(0).id());
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertEquals(3, project.claims().list().size());
        }
        try (Connection c = sqlite(copy)) {
            assertEquals("ok", query(c, "PRAGMA integrity_check").get(0));
            assertEquals(String.valueOf(ProjectFile.APPLICATION_ID), query(c, "PRAGMA application_id").get(0));
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".new-")));
        }
    }

    @Test
    void leftoversOfKilledBuildsBlockNothingAndAreSweptAway() throws Exception {
        Path file = dir.resolve("story.stemma");
        List<Path> stale = List.of(dir.resolve(".story.stemma.new-0f6e"), dir.resolve(".story.stemma.new-0f6e-wal"),
                dir.resolve(".story.stemma.partial-77a1"), dir.resolve(".story.stemma.lock"));
        for (Path p : stale) {
            Files.writeString(p, "left by a killed Stemma");
        }
        Files.writeString(stale.get(3), "");
        try (ProjectFile project = ProjectFile.create(file, p -> p.documents().add(Seeds.document(Seeds.S001),
                SourceInfo.of(Seeds.path(Seeds.S001), "text")))) {
            assertEquals(1, project.documents().list().size());
        }
        Path copy = dir.resolve("copy.stemma");
        Files.writeString(dir.resolve(".copy.stemma.new-99"), "left by a killed Save As");
        try (ProjectFile project = ProjectFile.open(file)) {
            project.copyTo(copy);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(".copy.stemma.lock", ".story.stemma.lock", "copy.stemma", "story.stemma"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A project holding seed 001 and {@code n} claims tagged "tag". */
    static Path projectWithClaims(Path file, int n) throws ProjectException {
        try (ProjectFile project = ProjectFile.create(file)) {
            long docId = project.documents().add(Seeds.document(Seeds.S001), SourceInfo.of(Seeds.path(Seeds.S001), "text")).id();
            ClaimService service = new ClaimService(project, new UndoHistory());
            for (int i = 0; i < n; i++) {
                service.addClaim(docId, 10 * i, 10 * i + 8, List.of("tag"), ClaimStatus.OPEN, "note " + i);
            }
        }
        return file;
    }

    /** Another program: {@code main} run in a JVM of its own on this class path, its errors discarded. */
    static Process startJava(Class<?> main, String... args) throws IOException {
        return startJava(List.of(), main, args);
    }

    /** The same, with options for the JVM. */
    static Process startJava(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** What another program printed (stdout and stderr together) and its exit code. */
    record Ran(int exit, String output) {
    }

    /** Runs {@code main} in a JVM of its own on this class path to its end (at most a minute). */
    static Ran runJava(Class<?> main, String... args) throws IOException, InterruptedException {
        return runJava(List.of(), main, args);
    }

    /** The same, with options for the JVM (e.g. {@code -Djava.io.tmpdir=...}). */
    static Ran runJava(List<String> jvmOptions, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(main.getName() + " did not end: " + output);
        }
        return new Ran(p.exitValue(), output);
    }

    static Connection sqlite(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static List<String> query(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static void assertOneLine(Exception e) {
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
