package org.stemma.ui.app;

import org.stemma.claims.ClaimService;
import org.stemma.claims.UndoHistory;
import org.stemma.model.ClaimStatus;
import org.stemma.session.SessionArticle;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Projects;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole window under Monocle, as the window tests start and stop it, and work on its thread; the
 * sample project prepared before it opens and two articles compared, as the tests and the screenshot
 * drivers ({@link Screenshots}) need them.
 */
public final class AppUnderTest {

    private AppUnderTest() {
    }

    /** Starts Stemma on the sample corpus with a data folder of its own (named from {@code folderPrefix}). */
    public static StemmaApp start(String folderPrefix) throws Exception {
        System.setProperty("stemma.home", Files.createTempDirectory(folderPrefix).toString());
        FxToolkit.registerPrimaryStage();
        return (StemmaApp) FxToolkit.setupApplication(StemmaApp.class);
    }

    public static void stop(StemmaApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Runs {@code c} on the JavaFX thread and waits for its answer. */
    public static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    /**
     * Opens the sample project in {@code home} (made there if new) and tags one claim on it, as an analyst
     * would have: the line of {@code article} that opens with {@code opening}, tagged "altered quote".
     */
    public static void tagAlteredQuote(Path home, String article, String opening, String memo) throws Exception {
        Projects.Opened sample = Projects.sample(home);
        try {
            SessionArticle doc = sample.session().articles().stream()
                    .filter(d -> d.name().equals(article)).findFirst().orElseThrow();
            String text = sample.session().document(doc.id()).text();
            int start = text.indexOf(opening);
            int end = text.indexOf('\n', start);
            new ClaimService(sample.file(), new UndoHistory()).addClaim(doc.id(), start, end, List.of("altered quote"),
                    ClaimStatus.ALTERED, memo);
        } finally {
            sample.file().close();
        }
    }

    /**
     * Where on the screen {@code table} shows the article named {@code name}, scrolled into view. A point,
     * not the row: the table may rebuild its rows (a refresh when the claims or families arrive) between
     * a lookup and a click, and a rebuilt row shows the same article in the same place while the old one
     * has left the scene.
     */
    public static Point2D rowOnScreen(TableView<Article> table, String name) throws Exception {
        fx(() -> {
            table.getItems().stream().filter(a -> a.name().equals(name)).findFirst().ifPresent(table::scrollTo);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Point2D> centre = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> {
            table.lookupAll(".table-row-cell").stream()
                    .map(n -> (TableRow<?>) n)
                    .filter(r -> r.getScene() != null && r.isVisible()
                            && r.getItem() instanceof Article a && a.name().equals(name))
                    .findFirst().ifPresent(r -> {
                        Bounds b = r.localToScreen(r.getBoundsInLocal());
                        centre.set(new Point2D(b.getCenterX(), b.getCenterY()));
                    });
            return centre.get() != null;
        }));
        return centre.get();
    }

    /** Selects {@code left} then {@code right} in the table, as the analyst does (click, Ctrl+click), and compares them. */
    public static void compareSelected(MainWindow w, String left, String right) {
        TableView<Article> table = w.corpusTable().table();
        table.getSelectionModel().clearSelection();
        select(table, left);
        select(table, right);
        w.compareChosen();
    }

    private static void select(TableView<Article> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).name().equals(name)) {
                table.getSelectionModel().select(i);
            }
        }
    }
}
