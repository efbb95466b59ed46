package org.stemma.ui.importing;

import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.ui.jobs.FxJobs;
import org.stemma.Seeds;
import org.stemma.importing.ArticleLibrary;
import org.stemma.importing.FileOutcome;
import org.stemma.importing.ImportSummary;
import org.stemma.importing.ImportedArticle;
import org.stemma.importing.KnownArticle;
import org.stemma.importing.OutcomeText;
import org.stemma.session.CorpusSession;
import org.stemma.session.SessionLibrary;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing through the window, headless (Monocle). The drop is simulated: a desktop drag can't happen
 * without a display, so the test fires DRAG_ENTERED, DRAG_OVER and DRAG_DROPPED at the pane through the
 * normal event dispatch, carrying a dragboard with the files (see {@link FilesDragboard}); everything
 * from the controller's handlers on is real. The cancel test clicks the progress window's Cancel button.
 */
class ImportControllerFxTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private final AtomicInteger reloads = new AtomicInteger();
    private Stage stage;
    private Pane pane;
    private ProjectFile project;
    private CorpusSession session;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void window() throws Exception {
        project = ProjectFile.create(dir.resolve("project.stemma"));
        session = CorpusSession.open(project);
        fx(() -> {
            pane = new Pane();
            stage = new Stage();
            stage.setScene(new Scene(pane, 640, 420));
            stage.show();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        project.close();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private ImportController controller(ArticleLibrary library) {
        return new ImportController(stage, new FxJobs(), () -> session, reloads::incrementAndGet, statuses::add, p -> library);
    }

    private DragEvent drag(javafx.event.EventType<DragEvent> type, Dragboard board) {
        return new DragEvent(pane, pane, type, board, 100, 100, 100, 100, TransferMode.COPY, null, null, null);
    }

    @Test
    void aDropOfMixedFilesAddsTheGoodOnesAndReportsTheRest() throws Exception {
        Path seed = Files.copy(Seeds.path(Seeds.S001), dir.resolve("express.txt"));
        Path page = Files.writeString(dir.resolve("council.html"), "<html><head><title>Council vote</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Council vote</h1>"
                + "<p>The council approved the wind farm on Tuesday after a debate that ran late into the night.</p>"
                + "<p>Residents who opposed the turbines said they would appeal the decision in the regional court.</p>"
                + "</article></body></html>");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 0, 0, 3, 0});
        Path again = Files.copy(Seeds.path(Seeds.S001), dir.resolve("express again.txt"));
        Path folder = Files.createDirectory(dir.resolve("more"));
        Files.copy(Seeds.path(Seeds.S003), folder.resolve("other.txt"));
        ImportController controller = controller(new SessionLibrary(session));
        fx(() -> {
            controller.installDropTarget(pane);
            return null;
        });
        Dragboard board = fx(() -> FilesDragboard.of(
                List.of(seed.toFile(), page.toFile(), empty.toFile(), binary.toFile(), again.toFile(), folder.toFile())));
        PseudoClass cue = PseudoClass.getPseudoClass("drop-target");

        DragEvent over = drag(DragEvent.DRAG_OVER, board);
        fx(() -> {
            Event.fireEvent(pane, drag(DragEvent.DRAG_ENTERED, board));
            Event.fireEvent(pane, over);
            return null;
        });
        assertEquals(TransferMode.COPY, over.getAcceptedTransferMode(), "files are accepted");
        assertTrue(fx(() -> pane.getPseudoClassStates().contains(cue)), "the pane shows it takes the drop");

        DragEvent drop = drag(DragEvent.DRAG_DROPPED, board);
        fx(() -> {
            Event.fireEvent(pane, drop);
            return null;
        });
        assertTrue(drop.isDropCompleted());
        assertFalse(fx(() -> pane.getPseudoClassStates().contains(cue)));

        TableView<FileOutcome> table = summaryTable();
        assertEquals(1, reloads.get(), "the corpus list is told once");
        assertEquals(List.of("express.txt", "council.html", "other.txt"),
                project.documents().list().stream().map(StoredDocument::name).toList());
        Map<String, String> byFile = fx(() -> table.getItems().stream().collect(Collectors.toMap(
                o -> o.path().getFileName().toString(), o -> ImportSummaryWindow.kind(o) + ": " + OutcomeText.verdict(o))));
        assertEquals(Map.of(
                "express.txt", "Added: added as express.txt",
                "council.html", "Added: added as council.html",
                "other.txt", "Added: added as other.txt",
                "express again.txt", "Duplicate: duplicate of express.txt, not added again",
                "empty.txt", "Refused: refused: the file is empty"), without(byFile, "photo.txt"));
        assertTrue(byFile.get("photo.txt").startsWith("Refused: refused: "), byFile.get("photo.txt"));
        assertTrue(byFile.get("photo.txt").length() > "Refused: refused: ".length() + 5, byFile.get("photo.txt"));
        assertEquals("3 added, 1 duplicate, 2 refused", fx(() -> robot.lookup("#import-total").queryAs(Label.class).getText()));
        assertTrue(statuses.contains("Import: 3 added, 1 duplicate, 2 refused"), statuses.toString());
    }

    @Test
    void cancelKeepsWhatWasImportedBeforeIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < 200; i++) {
            Files.writeString(folder.resolve(String.format("article-%03d.txt", i)), article(i));
        }
        SlowLibrary library = new SlowLibrary(new SessionLibrary(session));
        ImportController controller = controller(library);
        CompletableFuture<ImportSummary> result = fx(() -> controller.importPaths(List.of(folder)));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> library.added.get() >= 3
                && fx(() -> robot.lookup("#import-cancel").tryQuery().map(Node::isVisible).orElse(false)));
        robot.clickOn("#import-cancel");
        ImportSummary summary = result.get(30, TimeUnit.SECONDS);

        assertTrue(summary.cancelled());
        int added = summary.added().size();
        assertTrue(added >= 3 && added < 200, "added " + added);
        assertEquals(200, summary.outcomes().size() + summary.notReached());
        List<String> addedNames = summary.added().stream().map(o -> o.path().getFileName().toString()).toList();
        assertEquals(addedNames, project.documents().list().stream().map(StoredDocument::name).toList(),
                "exactly the files finished before Cancel are in the project");
        assertTrue(fx(() -> robot.lookup("#import-cancel").tryQuery().isEmpty()), "the progress window has gone");
        assertEquals(1, reloads.get());

        project.close();
        project = ProjectFile.open(dir.resolve("project.stemma"));
        assertEquals(added, project.documents().list().size(), "the project reopens whole");
    }

    private TableView<FileOutcome> summaryTable() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> fx(() -> robot.lookup("#import-summary-table").tryQuery().isPresent()));
        return fx(() -> robot.lookup("#import-summary-table").queryAs(TableView.class));
    }

    private static Map<String, String> without(Map<String, String> map, String key) {
        Map<String, String> copy = new java.util.HashMap<>(map);
        assertTrue(copy.remove(key) != null, key + " is in the summary");
        return copy;
    }

    /** A distinct article of 120 words drawn from a small vocabulary, so no two are duplicates or near twins. */
    private static String article(int n) {
        String[] words = ("council minister report farmers market river election budget court police school "
                + "hospital weather storm village harbour bridge railway museum festival league coach striker "
                + "senator bank inflation wages strike union protest embassy treaty border drought harvest")
                .split(" ");
        Random random = new Random(n);
        List<String> text = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            text.add(words[random.nextInt(words.length)]);
            if (i % 12 == 11) {
                text.add(".\n");
            }
        }
        return "Report " + n + "\n" + String.join(" ", text);
    }

    /** Adds to the project slowly enough that the analyst can press Cancel part-way. */
    private static final class SlowLibrary implements ArticleLibrary {
        private final ArticleLibrary project;
        final AtomicInteger added = new AtomicInteger();

        SlowLibrary(ArticleLibrary project) {
            this.project = project;
        }

        @Override
        public List<KnownArticle> known() throws IOException {
            return project.known();
        }

        @Override
        public KnownArticle add(ImportedArticle article, String contentKey) throws IOException {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            KnownArticle known = project.add(article, contentKey);
            added.incrementAndGet();
            return known;
        }
    }
}
