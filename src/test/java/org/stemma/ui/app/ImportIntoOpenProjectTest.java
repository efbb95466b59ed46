package org.stemma.ui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.importing.ImportSummary;
import org.stemma.importing.Importer;
import org.stemma.session.CorpusSession;
import org.stemma.session.SessionLibrary;
import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.jobs.InlineJobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing into the open project: what the analyst is reading stays, and only the new article is analysed. */
class ImportIntoOpenProjectTest {

    @TempDir
    Path home;

    @Test
    void theComparisonStaysAndOnlyTheNewArticleIsAnalysed() throws Exception {
        MainViewModel vm = new MainViewModel(new InlineJobs(), Settings.load(home.resolve(Settings.FILE_NAME)));
        vm.session().openSample().join();
        CorpusSession session = vm.session().projectProperty().get().session();
        CompareViewModel shown = vm.comparisons().compare(vm.corpus().byName(Seeds.S001).orElseThrow(),
                vm.corpus().byName(Seeds.S000).orElseThrow()).join();
        int analysedBefore = session.analysesComputed();
        String copy = Files.readString(Seeds.path(Seeds.S003)).replace("Tokayev", "Tokaev");
        Path file = Files.writeString(home.resolve("retold.txt"), copy);

        // What the import controller does on its thread, then tells the window.
        ImportSummary summary = new Importer(new SessionLibrary(session)).importPaths(List.of(file), (d, t, c) -> { },
                () -> false);
        vm.session().imported();

        assertEquals(1, summary.added().size(), summary.toString());
        assertSame(shown, vm.comparisons().shownProperty().get(), "the open comparison is kept");
        assertEquals(analysedBefore + 1, session.analysesComputed(), "only the new article was analysed");
        assertEquals(6, vm.corpus().articles().size());
        Article added = vm.corpus().byName("retold.txt").orElseThrow();
        assertTrue(added.documentId() > 0, "the row knows the article's id in the project");
        assertTrue(added.wordsProperty().get() > 100);
        assertEquals(added.sessionId(), session.index().similarTo(session.articles().stream()
                .filter(a -> a.name().equals(Seeds.S003)).findFirst().orElseThrow().id(), 1).get(0).id(),
                "the index knows the new article: it is the closest to the one it retells");

        // Reopening reads every stored analysis instead of analysing again.
        vm.session().close();
        MainViewModel again = new MainViewModel(new InlineJobs(), Settings.load(home.resolve(Settings.FILE_NAME)));
        again.session().openSample().join();
        assertEquals(6, again.corpus().articles().size());
        assertEquals(0, again.session().projectProperty().get().session().analysesComputed());
        again.session().close();
    }
}
