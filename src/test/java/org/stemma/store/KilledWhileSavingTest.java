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
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Stemma killed while it saves a stream of edits leaves a sound file with every edit it reported saved. */
class KilledWhileSavingTest {

    private static final int COMMITTED_BEFORE_KILL = 25;

    @TempDir
    Path dir;

    @Test
    void everyCommittedClaimSurvivesAKill() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("busy.stemma"), 0);
        Process child = ProjectFileTest.startJava(Writer.class, file.toString());
        List<Long> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < COMMITTED_BEFORE_KILL && (line = out.readLine()) != null) {
                committed.add(Long.parseLong(line.strip()));
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the writer was killed");
        }
        assertTrue(committed.size() >= COMMITTED_BEFORE_KILL, "the writer committed claims before it was killed");
        assertTrue(Files.exists(Path.of(file + "-wal")), "the writer died without closing the file");

        try (Connection c = ProjectFileTest.sqlite(file)) {
            assertEquals(List.of("ok"), ProjectFileTest.query(c, "PRAGMA integrity_check"));
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            List<Long> stored = project.claims().list().stream().map(cl -> cl.id()).toList();
            assertTrue(stored.containsAll(committed), "stored " + stored + " lacks some of " + committed);
            for (long id : committed) {
                assertEquals(1, project.claims().history(id).size(), "claim " + id + " has its creation recorded");
            }
        }
    }

    /** The child program: adds claims until it is killed, printing each id once it is saved. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            try (ProjectFile project = ProjectFile.open(Path.of(args[0]))) {
                long docId = project.documents().list().get(0).id();
                ClaimService service = new ClaimService(project, new UndoHistory());
                for (int i = 0; ; i++) {
                    int start = (i * 7) % 2000;
                    long id = service.addClaim(docId, start, start + 12, List.of("tag " + i % 5),
                            ClaimStatus.values()[i % ClaimStatus.values().length], "edit " + i).claim().id();
                    System.out.println(id);
                    System.out.flush();
                }
            }
        }
    }
}
