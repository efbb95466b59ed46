package org.stemma.session;

import org.stemma.align.CompareOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.ClaimService;
import org.stemma.claims.CounterpartFinder;
import org.stemma.claims.UndoHistory;
import org.stemma.importing.FileOutcome;
import org.stemma.importing.ImportSummary;
import org.stemma.importing.Importer;
import org.stemma.importing.OutcomeText;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimStatus;
import org.stemma.store.ProjectFile;
import org.stemma.store.SearchStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file imported before and changed since, imported again: its article is updated in place (text,
 * analysis, index, search, claims moved with their passages), analysed once, the other articles left
 * alone; when that would lose the analyst's work it is added as a new article instead.
 */
class ReimportInPlaceTest {

    private static final String INSERTED = "Editor's note: this article was updated with the ministry's response.\n\n";

    @TempDir
    Path dir;

    @Test
    void aChangedFileReimportedUpdatesItsArticleAndTheSession() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        for (String seed : List.of(Seeds.S000, Seeds.S001, Seeds.S002)) {
            Files.copy(Seeds.path(seed), folder.resolve(seed));
        }
        Path changed = folder.resolve(Seeds.S001);
        String old = Files.readString(changed);
        Path file = dir.resolve("p.stemma");
        try (ProjectFile project = ProjectFile.create(file)) {
            CorpusSession session = CorpusSession.open(project);
            importFolder(session, folder);
            long id = session.articles().stream().filter(a -> a.name().equals(Seeds.S001)).findFirst().orElseThrow().id();
            int start = old.indexOf("Kazakhstan");
            assertTrue(start > 0, "the seed names Kazakhstan");
            Claim claim = new ClaimService(project, new UndoHistory()).addClaim(id, start, start + "Kazakhstan".length(),
                    List.of("place"), ClaimStatus.OPEN, "").claim();
            new CounterpartFinder(project, session, CompareOptions.DEFAULT).update(claim);
            assertFalse(project.counterparts().forClaim(claim.id()).isEmpty());

            // The file gets an editor's note at the top and loses a word ("Kazakhstan" stays, further on).
            String lostWord = firstWordOnlyIn(old, session, id);
            String now = INSERTED + old.replace(lostWord, "");
            Files.writeString(changed, now);
            List<CorpusChange> changes = new ArrayList<>();
            session.addListener(changes::add);
            int analysed = session.analysesComputed();

            ImportSummary again = importFolder(session, folder);

            FileOutcome.Updated updated = assertInstanceOf(FileOutcome.Updated.class, again.outcomes().stream()
                    .filter(o -> o.path().equals(changed)).findFirst().orElseThrow(), again.toString());
            assertEquals(Seeds.S001, updated.article().name());
            assertEquals(2, again.duplicates().size(), "the unchanged files are duplicates of themselves");
            assertTrue(OutcomeText.total(again).contains("1 updated"), OutcomeText.total(again));
            assertEquals(1, session.analysesComputed() - analysed, "only the changed article is analysed");
            assertEquals(3, session.size());
            assertEquals(List.of(id), changes.stream().map(CorpusChange::id).toList());
            assertInstanceOf(CorpusChange.Replaced.class, changes.get(0));
            assertTrue(session.document(id).text().startsWith("Editor's note"));
            assertTrue(session.analysis(id).text().startsWith("Editor's note"));

            Claim moved = project.claims().get(claim.id()).orElseThrow();
            assertEquals(start + INSERTED.length() - shift(old, lostWord, start), moved.anchor().start());
            assertEquals("Kazakhstan", moved.anchor().exact());
            assertEquals(List.of(), project.counterparts().forClaim(claim.id()), "the old counterparts are gone, to be found again");

            List<SearchStore.Hit> note = project.search().search("\"updated with the ministry's response\"", 10);
            assertEquals(List.of(id), note.stream().map(SearchStore.Hit::documentId).toList());
            assertTrue(project.search().search(lostWord, 10).stream().noneMatch(h -> h.documentId() == id),
                    "the search no longer finds the word the file lost in it");
            assertEquals(id, session.index().carrying("this article was updated with the ministry's response", 1)
                    .get(0).id(), "the index holds the new text");
            List<ClaimCounterpart> found = new CounterpartFinder(project, session, CompareOptions.DEFAULT).update(moved).orElseThrow();
            assertEquals(2, found.size());
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            CorpusSession session = CorpusSession.open(project);
            assertEquals(0, session.analysesComputed(), "the new analysis was stored");
            long id = session.articles().stream().filter(a -> a.name().equals(Seeds.S001)).findFirst().orElseThrow().id();
            assertTrue(session.document(id).text().startsWith("Editor's note"));
        }
    }

    @Test
    void aChangeThatWouldLoseAClaimAddsTheFileAsANewArticle() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Path changed = Files.copy(Seeds.path(Seeds.S001), folder.resolve(Seeds.S001));
        String old = Files.readString(changed);
        try (ProjectFile project = ProjectFile.create(dir.resolve("q.stemma"))) {
            CorpusSession session = CorpusSession.open(project);
            importFolder(session, folder);
            long id = session.documentIds().get(0);
            int start = old.indexOf("Kazakhstan");
            Claim claim = new ClaimService(project, new UndoHistory()).addClaim(id, start, start + "Kazakhstan".length(),
                    List.of("place"), ClaimStatus.OPEN, "").claim();
            Files.writeString(changed, old.replace("Kazakhstan", "the republic"));

            ImportSummary again = importFolder(session, folder);

            assertEquals(1, again.added().size(), again.toString());
            assertEquals(2, session.size());
            assertEquals(old, session.document(id).text(), "the article the claim is on stays as it was");
            assertEquals(claim.anchor(), project.claims().get(claim.id()).orElseThrow().anchor());
        }
    }

    private static ImportSummary importFolder(CorpusSession session, Path folder) throws Exception {
        return new Importer(new SessionLibrary(session)).importPaths(List.of(folder), (d, t, c) -> { }, () -> false);
    }

    /** A word of the article (five letters or more) that the other articles lack, after the claimed name. */
    private static String firstWordOnlyIn(String text, CorpusSession session, long id) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String w : text.substring(text.indexOf("Kazakhstan") + 20).split("[^\\p{L}]+")) {
            String l = w.toLowerCase(java.util.Locale.ROOT);
            if (w.length() >= 5 && lower.indexOf(l) == lower.lastIndexOf(l) && session.documentIds().stream()
                    .filter(o -> o != id).noneMatch(o -> session.document(o).text().toLowerCase(java.util.Locale.ROOT).contains(l))) {
                return w;
            }
        }
        throw new AssertionError("no word only in the article");
    }

    /** How far the claim moves back for the word removed before it (none: the word comes after it). */
    private static int shift(String text, String removed, int claimStart) {
        return text.indexOf(removed) < claimStart ? removed.length() : 0;
    }
}
