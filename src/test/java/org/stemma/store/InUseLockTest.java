package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.claims.ClaimService;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.UndoHistory;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project open in one Stemma is refused, untouched, to a second one, and free again once the first ends. */
class InUseLockTest {

    @TempDir
    Path dir;

    @Test
    void aProjectOpenInThisProgramIsNotOpenedTwice() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("open.stemma"), 2);
        try (ProjectFile first = ProjectFile.open(file)) {
            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> ProjectFile.open(file));
            assertTrue(e.getMessage().contains("open in another Stemma window or command"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            assertThrows(ProjectLockedException.class, () -> ProjectFile.open(dir.resolve(".").resolve("open.stemma")));

            long docId = first.documents().list().get(0).id();
            new ClaimService(first, new UndoHistory()).addClaim(docId, 100, 120, List.of("after"), ClaimStatus.OPEN, "");
        }
        try (ProjectFile again = ProjectFile.open(file)) {
            assertEquals(3, again.claims().list().size(), "the first kept saving after the refusal");
        }
    }

    @Test
    void aProjectOpenInAnotherProcessIsRefusedUntilThatProcessEnds() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("shared.stemma"), 1);
        Process holder = ProjectFileTest.startJava(Holder.class, file.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("open", out.readLine(), "the other Stemma opened the project");
            byte[] before = Files.readAllBytes(file);
            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> ProjectFile.open(file));
            assertTrue(e.getMessage().contains("open in another Stemma"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file), "the refused open changed nothing");
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertEquals(1, project.claims().list().size(), "a killed holder leaves the project free and whole");
        }
    }

    @Test
    void aProjectJustCreatedByAnotherProcessIsRefusedToo() throws Exception {
        Path file = dir.resolve("new.stemma");
        Process holder = ProjectFileTest.startJava(Holder.class, file.toString(), "create");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("open", out.readLine(), "the other Stemma created the project");
            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> ProjectFile.open(file));
            assertTrue(e.getMessage().contains("open in another Stemma"), e.getMessage());
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        ProjectFile.open(file).close();
    }

    /** The other Stemma: opens (or creates) the project, says so, and keeps it open until it is killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            Path file = Path.of(args[0]);
            try (ProjectFile project = args.length > 1 ? ProjectFile.create(file) : ProjectFile.open(file)) {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(TimeUnit.MINUTES.toMillis(2));
            }
        }
    }
}
