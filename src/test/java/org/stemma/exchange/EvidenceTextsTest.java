package org.stemma.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.model.Claim;
import org.stemma.model.CounterpartKind;
import org.stemma.store.DocumentHeader;
import org.stemma.store.ProjectFile;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exports read the articles' texts only where they show them: the tables and the ClaimReview feed
 * none, a claim's report those of its article and of the articles carrying it, REFI-QDA every one.
 */
class EvidenceTextsTest {

    @TempDir
    Path dir;

    @Test
    void theTablesAndTheFeedReadNoText() throws Exception {
        try (ProjectFile project = AtlanticCouncil.create(dir.resolve("k.stemma"))) {
            AtlanticCouncil.project(project);
            Evidence evidence = Evidence.read(project);
            assertTrue(evidence.texts().isEmpty());
            assertEquals(List.of(Seeds.ALL), evidence.documents().stream().map(DocumentHeader::name).toList());
            long first = evidence.documents().get(0).id();
            assertThrows(IllegalStateException.class, () -> evidence.withText(first));
            assertEquals(1, ClaimTables.claims(evidence).rows().size());
            assertEquals(1, ClaimReviewFeed.reviews(evidence, null).size());
        }
    }

    @Test
    void aClaimsReportReadsTheTextsOfItsArticleAndOfThoseCarryingIt() throws Exception {
        try (ProjectFile project = AtlanticCouncil.create(dir.resolve("k.stemma"))) {
            Claim claim = AtlanticCouncil.project(project);
            Evidence evidence = Evidence.readForClaim(project, claim.id());
            Set<Long> carrying = new HashSet<>();
            evidence.carrying(claim.id()).forEach(c -> carrying.add(c.documentId()));
            assertFalse(carrying.isEmpty(), "the seeds carry the Atlantic Council sentence");
            assertTrue(evidence.counterparts(claim.id()).stream().anyMatch(c -> c.kind() == CounterpartKind.ABSENT),
                    "an article without the sentence, whose text the report does not show");
            Set<Long> expected = new HashSet<>(carrying);
            expected.add(claim.documentId());
            assertEquals(expected, evidence.texts().keySet());
            assertEquals(project.documents().get(claim.documentId()).orElseThrow(), evidence.withText(claim.documentId()),
                    "the article as the project stores it");
            assertTrue(Evidence.readForClaim(project, claim.id() + 99).texts().isEmpty());
        }
    }

    @Test
    void refiQdaReadsEveryText() throws Exception {
        try (ProjectFile project = AtlanticCouncil.create(dir.resolve("k.stemma"))) {
            AtlanticCouncil.project(project);
            Evidence evidence = Evidence.readWithTexts(project);
            assertEquals(Seeds.ALL.length, evidence.texts().size());
            for (var stored : project.documents().list()) {
                assertEquals(stored, evidence.withText(stored.id()));
            }
            List<DocumentHeader> headers = project.documents().headers();
            assertEquals(headers, evidence.documents());
        }
    }
}
