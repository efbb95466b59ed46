package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.ClaimService;
import org.stemma.claims.UndoHistory;
import org.stemma.model.ClaimStatus;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check on open (decision record 0920) goes table by table and leaves out only FTS5's own
 * index-against-content comparison: one damaged page of any table, the search index's own tables
 * included, still refuses the project untouched.
 */
class IntegrityCheckTest {

    @TempDir
    Path dir;

    @Test
    void oneDamagedPageOfAnyTableRefusesTheProjectUntouched() throws Exception {
        for (String table : List.of("document", "claim", "claim_history", "document_search_data",
                "document_search_docsize")) {
            Path file = project(dir.resolve(table + ".stemma"));
            try (ProjectFile project = ProjectFile.open(file)) {
                assertEquals(5, project.documents().list().size(), "a healthy project opens");
            }
            damageOnePageOf(file, table);
            byte[] before = Files.readAllBytes(file);
            CorruptProjectException e = assertThrows(CorruptProjectException.class, () -> ProjectFile.open(file), table);
            assertTrue(e.getMessage().contains("damaged"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file), table);
        }
    }

    @Test
    void theSearchIndexStillFindsWhatItHeldAfterTheCheck() throws Exception {
        Path file = project(dir.resolve("search.stemma"));
        try (ProjectFile project = ProjectFile.open(file)) {
            assertTrue(project.search().search("Kazakhstan", 10).size() > 0);
        }
    }

    private static Path project(Path file) throws Exception {
        try (ProjectFile project = ProjectFile.create(file)) {
            long first = 0;
            for (String seed : Seeds.ALL) {
                long id = project.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text")).id();
                first = first == 0 ? id : first;
            }
            ClaimService service = new ClaimService(project, new UndoHistory());
            for (int i = 0; i < 40; i++) {
                service.addClaim(first, 10 * i, 10 * i + 8, List.of("tag"), ClaimStatus.OPEN, "note " + i);
            }
        }
        return file;
    }

    /** Overwrites the cell pointers of one leaf page of {@code table} (never page 1) with pointers past the page. */
    private static void damageOnePageOf(Path file, String table) throws Exception {
        long page;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT pageno FROM dbstat WHERE name = '" + table
                    + "' AND pagetype = 'leaf' AND pageno > 1 ORDER BY pageno LIMIT 1")) {
                assertTrue(rs.next(), table + " has a leaf page");
                page = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getInt(1);
            }
        }
        assertTrue(Files.notExists(Path.of(file + "-wal")) || Files.size(Path.of(file + "-wal")) == 0,
                "every change is in the file itself");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((page - 1) * pageSize + 8);
            for (int i = 0; i < 16; i++) {
                raf.writeShort(0xFFF0 - i);
            }
        }
    }
}
