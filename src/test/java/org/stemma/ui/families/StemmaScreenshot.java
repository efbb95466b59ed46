package org.stemma.ui.families;

import org.stemma.model.Family;
import org.stemma.ui.app.MainWindow;
import org.stemma.ui.app.Screenshots;
import org.stemma.ui.app.StemmaApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import static org.stemma.ui.app.Screenshots.after;

/**
 * Refreshes docs/stemma.png and docs/stemma-corpus.png. Run under a display, e.g.
 * {@code Xvfb :86 -screen 0 1400x900x24}, with
 * {@code DISPLAY=:86 java -cp "target/test-classes:target/classes:target/lib/*" org.stemma.ui.families.StemmaScreenshot :86 docs FOLDER...}:
 * it opens the article folders given (e.g. the derived trees that {@code FamiliesBenchmark derived}
 * writes), waits for the families, photographs the corpus table sorted by family, then opens the Stemma
 * view on the largest family and photographs it.
 */
public final class StemmaScreenshot {

    private static String[] arguments;

    private StemmaScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        arguments = args;
        System.setProperty("stemma.home", Files.createTempDirectory("stemma-shot").toString());
        Application.launch(Driver.class);
    }

    /** The application, driven. */
    public static final class Driver extends StemmaApp {

        @Override
        public void start(Stage stage) {
            super.start(stage);
            MainWindow w = window();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1360);
            stage.setHeight(880);
            List<Path> folders = new ArrayList<>();
            for (int i = 2; i < arguments.length; i++) {
                folders.add(Path.of(arguments[i]));
            }
            after(2.0, () -> w.model().session().open(folders).thenRun(() -> waitForFamilies(w, stage, 0)));
        }

        private void waitForFamilies(MainWindow w, Stage stage, int tries) {
            FamiliesUi ui = w.families();
            if ((ui.model().families().isEmpty() || ui.model().runningProperty().get()) && tries < 120) {
                after(1.0, () -> waitForFamilies(w, stage, tries + 1));
                return;
            }
            var table = w.corpusTable().table();
            var column = table.getColumns().stream().filter(c -> "family-column".equals(c.getId())).findFirst().orElseThrow();
            table.getSortOrder().setAll(column);
            ((javafx.scene.control.SplitPane) stage.getScene().lookup(".split-pane")).setDividerPositions(0.7);
            after(1.5, () -> {
                photograph(stage, "stemma-corpus.png");
                Family largest = ui.model().families().get(0);
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(ui.model().article(largest.members().get(0))));
                ui.showStemma();
                Stage view = ui.window().stage();
                view.setX(0);
                view.setY(0);
                after(2.0, () -> {
                    ui.window().graph().fit();
                    after(1.0, () -> {
                        photograph(view, "stemma.png");
                        Platform.exit();
                    });
                });
            });
        }

        private static void photograph(Stage stage, String name) {
            Screenshots.photograph(arguments[0], stage, Path.of(arguments[1], name));
        }
    }
}
