package org.stemma.ui.app;

import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Projects;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.stemma.Seeds;
import org.stemma.claims.ClaimService;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.UndoHistory;
import org.stemma.store.StoredDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Refreshes docs/compare.png. Run under a display, e.g. {@code Xvfb :79 -screen 0 1400x900x24}, with
 * {@code DISPLAY=:79 java -cp "target/test-classes:target/classes:target/lib/*" org.stemma.ui.app.CompareScreenshot :79 docs/compare.png [dark]}.
 * It selects 001 and 000 in the table as the analyst would, compares them, steps through the changes
 * (the F7 action) to “meaningful” in the Atlantic Council sentence, and photographs the window with
 * ImageMagick's {@code import}. That sentence is tagged as a claim beforehand, so the claims table under
 * the comparison shows it with its counterparts.
 */
public final class CompareScreenshot {

    private static String[] arguments;

    private CompareScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        arguments = args;
        Path home = Files.createTempDirectory("stemma-shot");
        System.setProperty("stemma.home", home.toString());
        tagTheAtlanticCouncilQuotation(home);
        Application.launch(Driver.class, args);
    }

    /** The sample project with one claim, as an analyst would have tagged it, so the claims table shows it. */
    private static void tagTheAtlanticCouncilQuotation(Path home) throws Exception {
        Projects.Opened sample = Projects.sample(home);
        try {
            org.stemma.session.SessionArticle doc = sample.session().articles().stream()
                    .filter(d -> d.name().equals(Seeds.S001)).findFirst().orElseThrow();
            String text = sample.session().document(doc.id()).text();
            int start = text.indexOf("The Atlantic Council described");
            int end = text.indexOf('\n', start);
            new ClaimService(sample.file(), new UndoHistory()).addClaim(doc.id(), start, end, List.of("altered quote"),
                    ClaimStatus.ALTERED, "Quoted as “meaningful”; the spun copy has “important”.");
        } finally {
            sample.file().close();
        }
    }

    /** The application, driven. */
    public static final class Driver extends StemmaApp {

        @Override
        public void start(Stage stage) {
            super.start(stage);
            MainWindow w = window();
            stage.setX(0);
            stage.setY(0);
            if (arguments.length > 2 && arguments[2].equals("dark")) {
                w.model().preferences().themeProperty().set(Theme.DARK);
            }
            after(2.0, () -> {
                TableView<Article> table = w.corpusTable().table();
                table.getSelectionModel().clearSelection();
                select(table, Seeds.S001);
                select(table, Seeds.S000);
                w.compareChosen();
                after(2.0, () -> {
                    CompareViewModel vm = w.compareView().model();
                    while (vm.hasNextProperty().get() && (vm.currentStop() == null
                            || !vm.currentStop().left().of(vm.left().display().text()).equals("meaningful"))) {
                        w.compareView().next();
                    }
                    after(1.5, () -> photograph(stage));
                });
            });
        }

        private static void photograph(Stage stage) {
            try {
                String window = String.format("%dx%d+%d+%d", (int) stage.getWidth(), (int) stage.getHeight(),
                        (int) stage.getX(), (int) stage.getY());
                new ProcessBuilder("import", "-window", "root", "-display", arguments[0],
                        "-crop", window, "+repage", Path.of(arguments[1]).toString()).inheritIO().start().waitFor();
            } catch (Exception e) {
                System.err.println("screenshot failed: " + e.getMessage());
            }
            Platform.exit();
        }
    }

    private static void select(TableView<Article> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).name().equals(name)) {
                table.getSelectionModel().select(i);
            }
        }
    }

    private static void after(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
