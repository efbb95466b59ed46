package org.stemma.ui.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.ClaimService;
import org.stemma.claims.UndoHistory;
import org.stemma.model.ClaimStatus;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;
import org.stemma.ui.jobs.HeldJobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportClaimsActionTest {

    @TempDir
    Path dir;

    @Test
    void aSecondExportWhileOneIsBeingWrittenIsRefused() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("export.stemma"))) {
            StoredDocument doc = project.documents().add(Seeds.document(Seeds.S001), SourceInfo.of(Seeds.path(Seeds.S001), "text"));
            new ClaimService(project, new UndoHistory()).addClaim(doc.id(), 100, 140, List.of("t"), ClaimStatus.OPEN, "");
            HeldJobs held = new HeldJobs();
            ExportClaimsAction export = new ExportClaimsAction(project, held);
            List<String> messages = new ArrayList<>();
            Path first = dir.resolve("first.csv");
            Path second = dir.resolve("second.csv");

            CompletableFuture<Integer> writing = export.start(first, messages::add);
            assertTrue(export.runningProperty().get());
            CompletableFuture<Integer> refused = export.start(second, messages::add);

            assertTrue(refused.isCompletedExceptionally());
            assertEquals(List.of(ExportClaimsAction.BUSY), messages);
            assertEquals(1, held.size(), "the second export was never started");
            held.run(0);
            assertEquals(1, writing.join());
            assertFalse(export.runningProperty().get());
            assertTrue(Files.exists(first));
            assertFalse(Files.exists(second));

            export.start(second, messages::add);
            held.run(1);
            assertTrue(Files.exists(second), "once the first is written, the next may start");
            assertEquals("Exported 1 claim to " + Messages.quote(second), messages.get(messages.size() - 1));
        }
    }
}
