package org.stemma.families;

import org.stemma.model.Family;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.index.CandidateIndex;
import org.stemma.model.Family;
import org.stemma.store.FamilyStore;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding or removing an article aligns its own candidates and re-derives only the family it touches. */
class IncrementalFamiliesTest {

    @TempDir
    Path dir;

    private static Document trimmedCopyOf002() throws Exception {
        List<String> paragraphs = DerivedCorpus.paragraphs(Seeds.path(Seeds.S002));
        return Document.of("copy-of-002.txt", "", DerivedCorpus.article("Kazakhstan turns away from Russia", null,
                DerivedCorpus.trimmed(paragraphs, 0.6)));
    }

    @Test
    void aNewCopyAlignsOnlyItsCandidatesAndLeavesTheOtherFamiliesAlone() throws Exception {
        FamilyEngine engine = new FamilyEngine();
        CandidateIndex index = new CandidateIndex();
        for (int i = 0; i < Seeds.ALL.length; i++) {
            AnalyzedDocument doc = Seeds.analyzed(Seeds.ALL[i]);
            engine.add(i, doc);
            index.add(i, doc);
        }
        List<Family> before = engine.update(index, FamilyEngine.Progress.NONE);
        long alignments = engine.alignments();
        long derivations = engine.derivations();
        assertEquals(2, derivations);

        AnalyzedDocument copy = Analyzer.analyze(trimmedCopyOf002());
        engine.add(5, copy);
        index.add(5, copy);
        long newCandidates = index.pairs().stream().filter(p -> p.a() == 5 || p.b() == 5).count();
        List<Family> after = engine.update(index, FamilyEngine.Progress.NONE);

        assertEquals(newCandidates, engine.alignments() - alignments,
                "only the new article's candidates are aligned, each once: the derivation reuses the comparison");
        assertTrue(newCandidates < 5, "the index, not all pairs: " + newCandidates);
        assertEquals(1, engine.derivations() - derivations, "only the family the copy forms is derived");
        assertEquals(3, after.size());
        Family joined = after.stream().filter(f -> f.members().contains(5L)).findFirst().orElseThrow();
        assertEquals(List.of(2L, 5L), joined.members());
        for (Family f : before) {
            assertTrue(after.stream().anyMatch(a -> a.members().equals(f.members()) && a.edges().equals(f.edges())));
        }

        engine.remove(5);
        index.remove(5);
        assertEquals(before.stream().map(Family::members).toList(),
                engine.update(index, FamilyEngine.Progress.NONE).stream().map(Family::members).toList());
        assertEquals(1, engine.derivations() - derivations, "removing it re-derives nothing: the others were kept");
    }

    @Test
    void aReopenedProjectAlignsOnlyWhatWasAddedSince() throws Exception {
        Path file = dir.resolve("k.stemma");
        try (ProjectFile p = ProjectFile.create(file)) {
            for (String seed : Seeds.ALL) {
                p.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
            }
            Opened first = Opened.of(p);
            p.families().save(first.engine.scores(), first.families, first.engine.taken());
            p.documents().add(trimmedCopyOf002(), SourceInfo.of(dir.resolve("copy-of-002.txt"), "text"));
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            Opened again = Opened.of(p);
            long copyId = p.documents().byName("copy-of-002.txt").orElseThrow().id();
            long newCandidates = again.index.pairs().stream().filter(x -> x.a() == copyId || x.b() == copyId).count();
            assertEquals(newCandidates, again.engine.alignments(),
                    "nothing kept is aligned again: the copy's candidates only, each once");
            assertEquals(1, again.engine.derivations(), "the two kept families are not derived again");
            assertEquals(3, again.families.size());
            p.families().save(again.engine.scores(), again.families, again.engine.taken());
            FamilyStore.Saved saved = p.families().load();
            assertEquals(again.families, saved.families());
        }
    }

    /**
     * Families stored by the rules before decision 1020 carry edges those rules oriented: a file brought
     * up from schema 10 drops them, and the next opening derives the seeds' families again.
     */
    @Test
    void familiesStoredBeforeTheDirectionRulesAreDerivedAgain() throws Exception {
        Path file = dir.resolve("old.stemma");
        try (ProjectFile p = ProjectFile.create(file)) {
            for (String seed : Seeds.ALL) {
                p.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
            }
            Opened first = Opened.of(p);
            p.families().save(first.engine.scores(), first.families, first.engine.taken());
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 10");
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            FamilyStore.Saved saved = p.families().load();
            assertTrue(saved.families().isEmpty() && saved.pairs().isEmpty() && saved.articles().isEmpty(), saved::toString);
            Opened again = Opened.of(p);
            assertEquals(2, again.families.size());
            assertTrue(again.engine.alignments() > 0, "found again, not read");
        }
    }

    /** A project opened as the families command opens it. */
    private record Opened(FamilyEngine engine, CandidateIndex index, List<Family> families) {
        static Opened of(ProjectFile p) throws Exception {
            FamilyEngine engine = new FamilyEngine();
            CandidateIndex index = new CandidateIndex();
            for (StoredDocument d : p.documents().list()) {
                AnalyzedDocument doc = Analyzer.analyze(d.document());
                engine.add(d.id(), doc);
                index.add(d.id(), doc);
            }
            FamilyStore.Saved saved = p.families().load();
            engine.restore(saved.pairs(), saved.families(), saved.articles());
            return new Opened(engine, index, engine.update(index, FamilyEngine.Progress.NONE));
        }
    }
}
