package org.stemma.ui.app;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.store.SearchStore;
import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.search.SearchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.stemma.ui.app.AppUnderTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search field and "Find Copies…" in the window, headless, on the sample project. */
class SearchAndCopiesFxTest {

    private static StemmaApp app;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createTempDirectory("stemma-search-fx");
        System.setProperty("stemma.home", home.toString());
        FxToolkit.registerPrimaryStage();
        app = (StemmaApp) FxToolkit.setupApplication(StemmaApp.class);
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.model().corpusLoaded()));
    }

    @AfterAll
    static void stop() throws Exception {
        AppUnderTest.stop(app);
    }


    @Test
    void aSearchListsTheArticlesAndOpensTheSpunOneAtItsDisguisedWord() throws Exception {
        fx(() -> {
            window.search().field().setText("Kazakhstan");
            window.search().field().fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        ListView<SearchStore.Hit> results = robot.lookup("#search-results").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !results.getItems().isEmpty()));
        SearchStore.Hit spun = fx(() -> results.getItems().stream().filter(h -> h.name().equals(Seeds.S000))
                .findFirst().orElseThrow());
        assertTrue(fx(() -> results.isVisible()));
        assertTrue(spun.snippet().contains("Kaz"), spun.snippet());
        assertTrue(fx(() -> window.search().model().summaryProperty().get()).contains("hits in"));
        int windows = fx(() -> javafx.stage.Window.getWindows().size());
        fx(() -> {
            results.getSelectionModel().select(spun);
            results.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    KeyCode.ENTER, false, false, false, false));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> javafx.stage.Window.getWindows().size()) > windows);
        assertTrue(fx(() -> window.readers().windows().stream()
                .anyMatch(w -> w.reader().model().pane().document().name().equals(Seeds.S000))),
                "a reader window of the article opened");
    }

    @Test
    void findCopiesListsTheSpunCopyFirstAndOpeningItCompares() throws Exception {
        Article express = fx(() -> window.model().corpus().byName(Seeds.S001).orElseThrow());
        // Completed on the JavaFX thread, as the window uses it (a get() elsewhere would run its callbacks there).
        java.util.concurrent.CompletableFuture<List<SearchViewModel.Copy>> copiesFound = new java.util.concurrent.CompletableFuture<>();
        fx(() -> window.search().model().copiesOf(express.sessionId()).thenAccept(copiesFound::complete));
        SearchViewModel.Copy first = copiesFound.get(10, TimeUnit.SECONDS).get(0);
        assertEquals(Seeds.S000, first.article().name());
        fx(() -> {
            window.findCopies(express);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#copies-list").tryQuery().isPresent());
        ListView<SearchViewModel.Copy> copies = robot.lookup("#copies-list").queryListView();
        assertEquals(Seeds.S000, fx(() -> copies.getItems().get(0).article().name()));
        robot.doubleClickOn(robot.from(copies).lookup(".list-cell").nth(0).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.model().comparisons().shownProperty().get() != null));
        CompareViewModel shown = fx(() -> window.model().comparisons().shownProperty().get());
        assertEquals(Seeds.S001, shown.left().document().name());
        assertEquals(Seeds.S000, shown.right().document().name());
        assertEquals(express.documentId(), shown.left().documentId(), "the project's id reaches the pane");
    }
}
