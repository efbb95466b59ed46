package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Launcher;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stemma killed (kill -9) at random moments, round after round: while it makes claims, every claim it
 * acknowledged is there afterwards and the project opens cleanly; while it makes a new project, there is
 * afterwards either no project or a complete one, and what a killed build left behind blocks nothing.
 * The seed is printed, so a failing round can be replayed.
 */
class KillLoopTest {

    private static final int CLAIM_ROUNDS = 8;
    private static final int NEW_ROUNDS = 4;
    private static final int ARTICLES = 60;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedClaimSurvivesKillsAtRandomMoments() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("busy.stemma"), 0);
        List<Long> acknowledged = new ArrayList<>();
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            Process child = ProjectFileTest.startJava(KilledWhileSavingTest.Writer.class, file.toString());
            List<Long> ids = new ArrayList<>();
            Thread reader = new Thread(() -> readIds(child, ids));
            reader.start();
            synchronized (ids) {
                while (ids.isEmpty() && child.isAlive()) {
                    ids.wait(100);
                }
            }
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join();
            assertTrue(!ids.isEmpty(), "round " + round + " (seed " + seed + "): the writer made claims");
            acknowledged.addAll(ids);

            try (Connection c = ProjectFileTest.sqlite(file)) {
                assertEquals(List.of("ok"), ProjectFileTest.query(c, "PRAGMA integrity_check"), "seed " + seed);
            }
            try (ProjectFile project = ProjectFile.open(file)) {
                List<Long> stored = project.claims().list().stream().map(c -> c.id()).toList();
                assertTrue(stored.containsAll(acknowledged), "round " + round + " (seed " + seed + "): stored "
                        + stored.size() + " claims lack some of the " + acknowledged.size() + " acknowledged");
            }
        }
        System.out.println("KillLoopTest: " + CLAIM_ROUNDS + " kills, " + acknowledged.size()
                + " acknowledged claims, all kept (seed " + seed + ")");
    }

    @Test
    void aNewProjectKilledWhileBeingMadeIsAbsentOrComplete() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> command = new ArrayList<>(List.of("new", "--project", dir.resolve("story.stemma").toString()));
        for (int i = 0; i < ARTICLES; i++) {
            Path article = dir.resolve("article-" + i + ".txt");
            Files.writeString(article, ("Article " + i + " of the story. ").repeat(200 + i));
            command.add(article.toString());
        }
        Path project = dir.resolve("story.stemma");
        long started = System.nanoTime();
        ProjectFileTest.Ran whole = ProjectFileTest.runJava(Launcher.class, command.toArray(String[]::new));
        long full = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(0, whole.exit(), whole.output());
        assertComplete(project);

        int absent = 0;
        for (int round = 0; round < NEW_ROUNDS; round++) {
            Files.delete(project);
            Process child = ProjectFileTest.startJava(Launcher.class, command.toArray(String[]::new));
            Thread.sleep((long) (full * (0.2 + 1.2 * random.nextDouble())));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            if (Files.exists(project)) {
                assertComplete(project);
            } else {
                absent++;
                // What the killed build left (a hidden temporary, its lock file) does not block a new one.
                ProjectFileTest.Ran again = ProjectFileTest.runJava(Launcher.class, command.toArray(String[]::new));
                assertEquals(0, again.exit(), "seed " + seed + ": " + again.output());
                assertComplete(project);
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".story")).toList();
                assertTrue(names.stream().allMatch(n -> n.equals(".story.stemma.lock") || n.contains(".new-")), names.toString());
            }
        }
        System.out.println("KillLoopTest: new took " + full + " ms; of " + NEW_ROUNDS + " kills, " + absent
                + " left no project, " + (NEW_ROUNDS - absent) + " a complete one (seed " + seed + ")");
        Files.delete(project);
        ProjectFileTest.Ran last = ProjectFileTest.runJava(Launcher.class, command.toArray(String[]::new));
        assertEquals(0, last.exit(), last.output());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".new-")),
                    "a finished new removes what killed ones left");
        }
    }

    private static void assertComplete(Path project) throws ProjectException {
        try (ProjectFile p = ProjectFile.open(project)) {
            assertEquals(ARTICLES, p.documents().list().size(), "a project in place holds every article");
        }
    }

    private static void readIds(Process child, List<Long> ids) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                synchronized (ids) {
                    ids.add(Long.parseLong(line.strip()));
                    ids.notifyAll();
                }
            }
        } catch (Exception e) {
            // The pipe breaks when the child is killed; every full line read before is acknowledged.
        }
    }
}
