package org.stemma.ui.families;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.session.CorpusSession;
import org.stemma.store.ProjectFile;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.jobs.InlineJobs;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decision 0924: a large project whose families were never computed opens without computing them; they
 * are found when asked for ({@link FamiliesViewModel#catchUp}), once. The corpus counts as large here
 * by setting the at-once limit to 0.
 */
class DeferredFamiliesTest {

    @TempDir
    Path dir;

    @Test
    void familiesNeverComputedWaitUntilAskedForAndAreThenFoundOnce() throws Exception {
        Path file = dir.resolve("never.stemma");
        try (ProjectFile p = ProjectFile.create(file)) {
            Seeds.addTo(p);
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            CorpusSession session = CorpusSession.open(p);
            Corpus corpus = new Corpus();
            InlineJobs jobs = new InlineJobs();
            FamiliesViewModel model = new FamiliesViewModel(corpus, jobs, Runnable::run, 0);
            corpus.show(session);

            assertFalse(jobs.descriptions().contains("Finding families"), "nothing computed at opening: " + jobs.descriptions());
            assertTrue(model.waitingProperty().get());
            assertTrue(model.families().isEmpty());
            assertEquals(FamilyTag.UNKNOWN, model.tag(corpus.byName(Seeds.S000).orElseThrow()),
                    "not found yet is not 'alone'");

            List<?> found = model.catchUp().join();
            assertEquals(2, found.size());
            assertEquals(2, model.families().size());
            assertFalse(model.waitingProperty().get());
            long aligned = model.current().alignments();
            assertTrue(aligned > 0);
            assertTrue(model.tag(corpus.byName(Seeds.S002).orElseThrow()).equals(FamilyTag.ALONE), "002 stands alone");

            model.catchUp().join();
            assertEquals(aligned, model.current().alignments(), "asked again, nothing is aligned again");
            assertEquals(1, jobs.descriptions().stream().filter("Finding families"::equals).count());
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            CorpusSession session = CorpusSession.open(p);
            Corpus corpus = new Corpus();
            FamiliesViewModel model = new FamiliesViewModel(corpus, new InlineJobs(), Runnable::run, 0);
            corpus.show(session);
            assertFalse(model.waitingProperty().get(), "found once, stored: nothing waits at the next opening");
            assertEquals(2, model.families().size());
        }
    }
}
