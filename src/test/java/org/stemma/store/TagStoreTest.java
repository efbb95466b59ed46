package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.Claim;
import org.stemma.model.Tag;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TagStoreTest {

    @TempDir
    Path dir;

    @Test
    void deletingATagDirectlyStillRecordsTheChangeInItsClaimsHistory() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("t.stemma"), 2);
        try (ProjectFile project = ProjectFile.open(file)) {
            Tag tag = project.tags().byName("TAG").orElseThrow();
            project.tags().delete(tag.id(), "Clean up tags");
            assertEquals(List.of(), project.tags().list());
            for (Claim claim : project.claims().list()) {
                assertEquals(List.of(), claim.tags());
                HistoryEntry last = project.claims().history(claim.id()).get(1);
                assertEquals(HistoryEntry.Kind.UPDATE, last.kind());
                assertEquals("Clean up tags", last.label());
                assertEquals(List.of("\"tags\":[\"tag\"]", "\"tags\":[]"),
                        List.of(last.before().replaceAll(".*(\"tags\":\\[[^]]*]).*", "$1"),
                                last.after().replaceAll(".*(\"tags\":\\[[^]]*]).*", "$1")));
            }
        }
    }

    @Test
    void aTagNameIsUniqueWhateverItsCase() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("u.stemma"))) {
            Tag kremlin = project.tags().put(new Tag(0, " Kremlin ", "#E69F00"));
            assertEquals(new Tag(kremlin.id(), "Kremlin", "#e69f00"), kremlin);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> project.tags().put(new Tag(0, "KREMLIN", "#000000")));
            assertEquals("there is already a tag named 'Kremlin'", e.getMessage());
            assertEquals(List.of(kremlin), project.tags().list());
        }
    }
}
