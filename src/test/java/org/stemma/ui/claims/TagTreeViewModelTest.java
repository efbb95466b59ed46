package org.stemma.ui.claims;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.SeedClaims;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.session.CorpusSession;
import org.stemma.store.ProjectException;
import org.stemma.ui.jobs.HeldJobs;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claims view model over the seed project of {@link SeedClaims}, every read held ({@link HeldJobs})
 * so that the test sees what happens on the calling thread and what waits for a job: the tag tree in the
 * filter, memos, and rows updated from what an edit touched.
 */
class TagTreeViewModelTest {

    @TempDir
    Path dir;

    private SeedClaims seeds;
    private final HeldJobs jobs = new HeldJobs();
    private ClaimsViewModel model;

    @BeforeEach
    void open() throws ProjectException {
        seeds = new SeedClaims(dir.resolve("vm.stemma"));
        model = new ClaimsViewModel(seeds.project, CorpusSession.open(seeds.project), seeds.history, jobs);
    }

    @AfterEach
    void close() {
        model.close();
        seeds.project.close();
    }

    private Tag tag(String name) {
        return model.tags().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theProjectIsReadInAJobNeverOnTheCallingThread() {
        assertEquals(List.of(), model.rows(), "nothing read before the job runs");
        assertEquals(List.of(), model.tags());
        assertEquals("Reading the claims", jobs.description(0));
        jobs.runAll();
        assertEquals(6, model.rows().size());
        assertEquals(List.of("Kazakhstan", "Politics", "Kremlin"), model.tags().stream().map(Tag::name).toList(),
                "tree order: Kremlin under Politics");
    }

    @Test
    void anEditReadsOnlyTheRowsItTouchedAndLeavesTheOthersAsTheyWere() throws Exception {
        jobs.runAll();
        Map<Long, ClaimRow> before = new HashMap<>();
        model.rows().forEach(r -> before.put(r.id(), r));
        long edited = model.rows().get(0).id();

        seeds.service.setStatus(edited, ClaimStatus.DISPUTED);
        assertEquals(1, jobs.size());
        assertEquals("Reading claims", jobs.description(0), "the touched rows, not the whole table");
        assertEquals(ClaimStatus.OPEN, model.row(edited).orElseThrow().claim().status(), "not read until the job runs");
        jobs.runAll();

        assertEquals(ClaimStatus.DISPUTED, model.row(edited).orElseThrow().claim().status());
        assertNotSame(before.get(edited), model.row(edited).orElseThrow());
        for (ClaimRow row : model.rows()) {
            if (row.id() != edited) {
                assertSame(before.get(row.id()), row, "row " + row.id() + " was not read again");
            }
        }
    }

    @Test
    void aTagFilterShowsClaimsTaggedWithATagNestedUnderIt() {
        jobs.runAll();
        model.tagFilterProperty().set(tag("Politics"));
        assertEquals(5, model.filteredRows().size(), "2 tagged Politics and 3 tagged Kremlin, one of them both ways");
        model.tagFilterProperty().set(tag("Kremlin"));
        assertEquals(3, model.filteredRows().size());
        assertEquals(3, model.claimsWithTag(tag("Kremlin").id()));
        assertEquals(2, model.claimsWithTag(tag("Politics").id()));
        assertEquals(5, model.claimsUnderTag(tag("Politics").id()));

        // Kremlin moved out from under Politics: the Politics filter loses its claims at once the tags are read.
        model.tagFilterProperty().set(tag("Politics"));
        assertTrue(model.moveTag(tag("Kremlin").id(), 0));
        jobs.runAll();
        assertEquals(List.of("Kazakhstan", "Kremlin", "Politics"), model.tags().stream().map(Tag::name).toList());
        assertEquals("Politics", model.tagFilterProperty().get().name(), "the filter keeps its tag");
        assertEquals(2, model.filteredRows().size());
        assertTrue(model.undo());
        jobs.runAll();
        assertEquals(5, model.filteredRows().size());
    }

    @Test
    void aMoveThatWouldMakeACycleIsRefusedWithAReason() {
        jobs.runAll();
        assertFalse(model.moveTag(tag("Politics").id(), tag("Kremlin").id()));
        assertEquals("'Politics' cannot be nested under itself or a tag inside it", model.messageProperty().get());
        assertEquals(0, jobs.size(), "nothing changed, nothing to read");
    }

    @Test
    void articleAndTagMemosFollowEditsUndoAndRedo() {
        jobs.runAll();
        long doc = seeds.ids.get(Seeds.S002);
        assertTrue(model.setArticleMemo(doc, "No claims yet: read it"));
        assertEquals("", model.articleMemo(doc), "read in a job");
        jobs.runAll();
        assertEquals("No claims yet: read it", model.articleMemo(doc));
        assertEquals(Map.of(doc, "No claims yet: read it"), Map.copyOf(model.articleMemos()));
        assertTrue(model.undo());
        jobs.runAll();
        assertEquals(Map.of(), Map.copyOf(model.articleMemos()));
        assertTrue(model.redo());
        jobs.runAll();
        assertEquals("No claims yet: read it", model.articleMemo(doc));

        assertTrue(model.setTagMemo(tag("Kremlin").id(), "Statements from Moscow"));
        jobs.runAll();
        assertEquals("Statements from Moscow", tag("Kremlin").memo());
        assertTrue(model.rows().stream().flatMap(r -> r.tags().stream()).filter(t -> t.name().equals("Kremlin"))
                .allMatch(t -> t.memo().equals("Statements from Moscow")), "rows carrying the tag were read again");
    }
}
