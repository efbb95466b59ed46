package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Launcher;
import org.stemma.claims.ClaimService;
import org.stemma.claims.UndoHistory;
import org.stemma.model.ClaimStatus;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10's data loss, without a GUI: a file chooser in the window's process opens and closes the project
 * file and its -wal (to sniff their type), which dropped every POSIX lock the process held on the project.
 * Here ordinary Java I/O does the same; another Stemma command, and another SQLite program, are still
 * refused, and the file is left as it was.
 */
class GuardSurvivesClosesTest {

    @TempDir
    Path dir;

    @Test
    void closingTheProjectsFilesInThisProcessKeepsEveryOtherProgramOut() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("open.stemma"), 2);
        Path wal = Path.of(file + "-wal");
        Path csv = dir.resolve("claims.csv");
        try (ProjectFile project = ProjectFile.open(file)) {
            ClaimService service = new ClaimService(project, new UndoHistory());
            long docId = project.documents().list().get(0).id();
            service.addClaim(docId, 200, 220, List.of("window"), ClaimStatus.OPEN, "before the dialog");
            assertTrue(Files.exists(wal), "the window's recent changes are in the -wal");
            assertFalse(Files.exists(Path.of(file + "-shm")), "no shared-memory file to be sniffed");

            sniff(file);
            sniff(wal);
            // The Stemma commands below are refused by the guard at once; another SQLite program only
            // once the keeper has taken SQLite's lock back, which it does every quarter second.
            assertTrue(project.keeper().awaitRenewal(10_000), "the keeper renewed SQLite's lock");

            byte[] fileBefore = Files.readAllBytes(file);
            byte[] walBefore = Files.readAllBytes(wal);
            ProjectFileTest.Ran export = ProjectFileTest.runJava(Launcher.class, "export", "--project", file.toString(),
                    "--csv", csv.toString());
            assertEquals(2, export.exit(), export.output());
            assertTrue(export.output().contains("open in another Stemma"), export.output());
            assertEquals(1, export.output().strip().lines().count(), export.output());
            ProjectFileTest.Ran claim = ProjectFileTest.runJava(Launcher.class, "claim", "add", "--project",
                    file.toString(), "--document", "001_a14117e3dcc20b34.txt", "--start", "0", "--end", "5",
                    "--tag", "command");
            assertEquals(2, claim.exit(), claim.output());
            assertTrue(claim.output().contains("open in another Stemma"), claim.output());
            ProjectFileTest.Ran foreign = ProjectFileTest.runJava(ForeignReader.class, file.toString());
            assertTrue(foreign.output().contains("SQLITE_BUSY"), "another SQLite program is kept out: " + foreign.output());

            assertFalse(Files.exists(csv), "the refused export wrote nothing");
            assertTrue(Files.exists(wal), "nobody removed the window's -wal");
            assertArrayEquals(fileBefore, Files.readAllBytes(file), "the project file is unchanged");
            assertArrayEquals(walBefore, Files.readAllBytes(wal), "the -wal is unchanged");

            service.addClaim(docId, 300, 320, List.of("window"), ClaimStatus.OPEN, "after the dialog");
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertEquals(List.of("note 0", "note 1", "before the dialog", "after the dialog"),
                    project.claims().list().stream().map(c -> c.note()).toList());
            assertTrue(project.tags().list().stream().noneMatch(t -> t.name().equals("command")));
        }
    }

    @Test
    void aLogRemovedByAnotherProgramStopsChangesInsteadOfLosingThem() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("p.stemma"), 1);
        try (ProjectFile project = ProjectFile.open(file)) {
            ClaimService service = new ClaimService(project, new UndoHistory());
            long docId = project.documents().list().get(0).id();
            service.addClaim(docId, 200, 220, List.of("tag"), ClaimStatus.OPEN, "kept");
            // What a program that got in while the lock was down does on closing: checkpoint, delete the log.
            Files.delete(Path.of(file + "-wal"));
            ProjectException e = assertThrows(ProjectException.class,
                    () -> service.addClaim(docId, 300, 320, List.of("tag"), ClaimStatus.OPEN, "refused"));
            assertTrue(e.getMessage().contains("removed the project's log"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }

    @Test
    void anotherProgramThatGotInWhileTheLockWasDownStopsChanges() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("p.stemma"), 1);
        try (ProjectFile project = ProjectFile.open(file)) {
            ClaimService service = new ClaimService(project, new UndoHistory());
            long docId = project.documents().list().get(0).id();
            project.keeper().pauseRenewal();
            sniff(file);
            Process reader = ProjectFileTest.startJava(ForeignReader.class, file.toString(), "hold");
            try (BufferedReader out = new BufferedReader(new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("read 1 claims", out.readLine(), "the other program got in while the lock was down");
                ProjectLockedException e = assertThrows(ProjectLockedException.class,
                        () -> service.addClaim(docId, 300, 320, List.of("tag"), ClaimStatus.OPEN, "refused"));
                assertTrue(e.getMessage().contains("another program opened the project file"), e.getMessage());
                assertEquals(1, e.getMessage().lines().count());
            } finally {
                reader.destroyForcibly();
                assertTrue(reader.waitFor(30, TimeUnit.SECONDS));
            }
            assertThrows(ProjectLockedException.class, () -> service.addClaim(docId, 300, 320, List.of("tag"),
                    ClaimStatus.OPEN, "refused"), "changes stay refused until the project is opened again");
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertEquals(1, project.claims().list().size());
        }
    }

    @Test
    void aLeftoverLockFileBlocksNothing() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("p.stemma"), 1);
        Path lockFile = InUseLock.lockFileOf(file);
        assertTrue(Files.exists(lockFile), "the guard's file stays beside the project");
        assertEquals(0, Files.size(lockFile), "empty, so that file choosers never open it to sniff it");
        ProjectFileTest.Ran export = ProjectFileTest.runJava(Launcher.class, "export", "--project", file.toString(),
                "--csv", dir.resolve("out.csv").toString());
        assertEquals(0, export.exit(), export.output());
        assertTrue(Files.readString(dir.resolve("out.csv")).contains("note 0"));
    }

    /** Every ordinary way a library opens and closes a file, as a chooser's type sniffing does. */
    private static void sniff(Path path) throws Exception {
        Files.readAllBytes(path);
        try (InputStream in = new FileInputStream(path.toFile())) {
            in.read(new byte[4096]);
        }
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "r")) {
            raf.read(new byte[16]);
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ch.size();
        }
    }

    /**
     * Another SQLite program (a DB browser): opens the file with sqlite-jdbc's defaults and reads it; with
     * "hold", it stays in its read transaction until it is killed.
     */
    public static final class ForeignReader {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
                c.setAutoCommit(args.length == 1);
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM claim")) {
                    rs.next();
                    System.out.println("read " + rs.getInt(1) + " claims");
                    System.out.flush();
                    if (args.length > 1) {
                        Thread.sleep(TimeUnit.MINUTES.toMillis(2));
                    }
                }
            } catch (Exception e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
