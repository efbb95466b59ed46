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
 * Photographs the window for docs/ (run by docs/screenshots.sh, which starts Xvfb and Openbox at each
 * screen size): {@code java -Duser.home=FRESH -cp … org.stemma.ui.app.WindowScreenshot :89 docs/window-1366-light.png light}.
 * The window opens as it would for a new user on that screen (its first size is the app's own choice);
 * it selects 001 and 000 in the table as the analyst would, compares them, steps through the changes
 * (the F7 action) to “meaningful” in the Atlantic Council sentence, and photographs the whole screen with
 * ImageMagick's {@code import}. That sentence is tagged as a claim beforehand, so the claims table under
 * the comparison shows it with its counterparts.
 */
public final class WindowScreenshot {

    private static String[] arguments;

    private WindowScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        arguments = args;
        // The per-user data folder as a new user has it (user.home is given fresh by the script).
        Path home = org.stemma.platform.UserDirectories.dataDir();
        Files.createDirectories(home);
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
            if (arguments.length > 2 && arguments[2].equals("dark")) {
                w.model().preferences().themeProperty().set(Theme.DARK);
            }
            when(() -> w.model().corpusLoaded() && w.claimsDock().claims() != null, () -> {
                TableView<Article> table = w.corpusTable().table();
                table.getSelectionModel().clearSelection();
                select(table, Seeds.S001);
                select(table, Seeds.S000);
                w.compareChosen();
                when(() -> w.compareView().model() != null, () -> {
                    CompareViewModel vm = w.compareView().model();
                    while (vm.hasNextProperty().get() && (vm.currentStop() == null
                            || !vm.currentStop().left().of(vm.left().display().text()).equals("meaningful"))) {
                        w.compareView().next();
                    }
                    // The claims table's counterparts are found in the background too.
                    when(() -> !w.claimsDock().claims().pane().table().getItems().isEmpty()
                            && w.claimsDock().claims().model().findingProperty().get() == 0,
                            () -> after(1.5, () -> photograph(stage)));
                });
            });
        }

        private static void photograph(Stage stage) {
            try {
                System.out.printf("window %.0fx%.0f at %.0f,%.0f on a screen of %s%n", stage.getWidth(), stage.getHeight(),
                        stage.getX(), stage.getY(), javafx.stage.Screen.getPrimary().getVisualBounds());
                new ProcessBuilder("import", "-window", "root", "-display", arguments[0],
                        Path.of(arguments[1]).toString()).inheritIO().start().waitFor();
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

    /** Runs {@code r} once {@code ready} holds, looking every quarter second (the machine may be busy). */
    private static void when(java.util.function.BooleanSupplier ready, Runnable r) {
        if (ready.getAsBoolean()) {
            r.run();
        } else {
            after(0.25, () -> when(ready, r));
        }
    }

    private static void after(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
