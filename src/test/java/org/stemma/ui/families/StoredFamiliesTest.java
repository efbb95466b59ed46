package org.stemma.ui.families;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.corpus.Document;
import org.stemma.families.CorpusFamilies;
import org.stemma.families.FamilyEngine;
import org.stemma.model.Family;
import org.stemma.session.CorpusSession;
import org.stemma.session.SessionArticle;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.jobs.InlineJobs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window's families come from the project: opening it shows the stored families without computing
 * anything, and an article added through the session updates them, aligning only its own pairs.
 */
class StoredFamiliesTest {

    @TempDir
    Path dir;

    /** The first 60 % of seed 002's paragraphs: a trimmed copy, which makes 002 a family of two. */
    private static Document trimmedCopyOf002() {
        String[] paragraphs = Seeds.document(Seeds.S002).text().split("\n\\s*\n");
        return Document.of("copy-of-002.txt", "", String.join("\n\n",
                Arrays.copyOf(paragraphs, (int) (paragraphs.length * 0.6))));
    }

    @Test
    void openingShowsStoredFamiliesWithoutComputingAndAnAddedArticleUpdatesOnlyWhatItTouches() throws Exception {
        Path file = dir.resolve("k.stemma");
        List<Family> first;
        try (ProjectFile p = ProjectFile.create(file)) {
            for (String seed : Seeds.ALL) {
                p.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
            }
            try (CorpusFamilies families = CorpusFamilies.open(CorpusSession.open(p))) {
                first = families.update(FamilyEngine.Progress.NONE);
            }
        }
        assertEquals(2, first.size());

        try (ProjectFile p = ProjectFile.open(file)) {
            CorpusSession session = CorpusSession.open(p);
            Corpus corpus = new Corpus();
            InlineJobs jobs = new InlineJobs();
            FamiliesViewModel model = new FamiliesViewModel(corpus, jobs, Runnable::run);
            corpus.show(session);

            assertEquals(first, List.copyOf(model.families()), "the stored families, as they were");
            assertFalse(model.current().stale());
            assertEquals(0, model.current().alignments(), "nothing aligned at opening");
            assertEquals(0, model.current().derivations(), "nothing derived at opening");
            assertEquals(0, session.analysesComputed());
            assertFalse(jobs.descriptions().contains("Finding families"), "no families job at opening: " + jobs.descriptions());
            long id000 = p.documents().byName(Seeds.S000).orElseThrow().id();
            long id001 = p.documents().byName(Seeds.S001).orElseThrow().id();
            assertEquals(model.familyOf(corpus.byId(id000).orElseThrow()), model.familyOf(corpus.byId(id001).orElseThrow()));
            assertTrue(model.familyOf(corpus.byName(Seeds.S002).orElseThrow()).isEmpty(), "002 stands alone");

            SessionArticle copy = session.add(trimmedCopyOf002(), SourceInfo.of(dir.resolve("copy-of-002.txt"), "text"), null);
            corpus.sync();
            long candidates = session.index().similarTo(copy.id(), 200).stream()
                    .filter(c -> c.score() >= org.stemma.index.CandidateIndex.PAIR_SCORE).count();
            assertTrue(candidates >= 1 && candidates < 5, "the index proposes a few pairs, not all: " + candidates);
            assertEquals(candidates, model.current().alignments(), "only the new article's pairs are aligned");
            assertEquals(1, model.current().derivations(), "only the family it forms is derived");
            assertEquals(3, model.families().size());
            Family joined = model.familyOf(corpus.byId(copy.id()).orElseThrow()).orElseThrow();
            assertEquals(List.of(p.documents().byName(Seeds.S002).orElseThrow().id(), copy.id()), joined.members());
            for (Family f : first) {
                assertTrue(model.families().stream().anyMatch(g -> g.members().equals(f.members()) && g.edges().equals(f.edges())),
                        "the other families are kept as they were");
            }
        }

        try (ProjectFile p = ProjectFile.open(file);
             CorpusFamilies reopened = CorpusFamilies.open(CorpusSession.open(p))) {
            assertEquals(3, reopened.families().size(), "the update was stored");
            assertFalse(reopened.stale());
        }
    }
}
