package org.stemma.ui.app;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.stemma.Seeds;
import org.stemma.claims.ClaimService;
import org.stemma.claims.UndoHistory;
import org.stemma.model.ClaimStatus;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes docs/reader.png: the spun copy (000) open in a reader window over the window comparing 001 with
 * 000; before the reader opens, the comparison with the overview strips beside both panes is taken as
 * {@code reader-strip.png} beside it. Run under a display with a window manager, e.g.
 * {@code Xvfb :90 -screen 0 1366x768x24 &}, {@code DISPLAY=:90 openbox &}, then
 * {@code DISPLAY=:90 java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.stemma.ui.app.ReaderScreenshot :90 docs/reader.png [dark]}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}). A sentence of 000 is
 * tagged beforehand, so the reader shows a claim underlined beside the disguised letters.
 */
public final class ReaderScreenshot {

    private static String[] arguments;

    private ReaderScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        arguments = args;
        Path home = Files.createTempDirectory("stemma-shot");
        System.setProperty("stemma.home", home.toString());
        tagASentenceOfTheSpunCopy(home);
        Application.launch(Driver.class, args);
    }

    private static void tagASentenceOfTheSpunCopy(Path home) throws Exception {
        Projects.Opened sample = Projects.sample(home);
        try {
            org.stemma.session.SessionArticle doc = sample.session().articles().stream()
                    .filter(d -> d.name().equals(Seeds.S000)).findFirst().orElseThrow();
            String text = sample.session().document(doc.id()).text();
            int start = text.indexOf("The Atlantic Council called");
            int end = text.indexOf('\n', start);
            new ClaimService(sample.file(), new UndoHistory()).addClaim(doc.id(), start, end, List.of("altered quote"),
                    ClaimStatus.ALTERED, "“important” here; the Express quotes “meaningful”.");
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
            stage.setMaximized(true);
            if (arguments.length > 2 && arguments[2].equals("dark")) {
                w.model().preferences().themeProperty().set(Theme.DARK);
            }
            after(2.5, () -> {
                TableView<Article> table = w.corpusTable().table();
                table.getSelectionModel().clearSelection();
                select(table, Seeds.S001);
                select(table, Seeds.S000);
                w.compareChosen();
                once(() -> w.compareView().model() != null, () -> {
                    photograph(arguments[1].replace(".png", "-strip.png"));
                    w.model().corpus().byName(Seeds.S000).ifPresent(spun -> w.readers().open(spun, null)
                            .thenAccept(reader -> reader.ifPresent(r -> after(1.5, () -> {
                                r.stage().setX(stage.getX() + stage.getWidth() - r.stage().getWidth() - 30);
                                r.stage().setY(stage.getY() + 30);
                                String text = r.reader().area().getText();
                                int claim = text.indexOf("The Atlantic Council called");
                                r.reader().reveal(new org.stemma.text.Span(claim, claim));
                                int selected = text.indexOf("Kaz\u0430khstan has also given");
                                r.reader().area().selectRange(selected, selected + "Kaz\u0430khstan has also given".length());
                                after(2.0, () -> {
                                    photograph(arguments[1]);
                                    Platform.exit();
                                });
                            }))));
                });
            });
        }

        private static void photograph(String file) {
            try {
                new ProcessBuilder("import", "-window", "root", "-display", arguments[0], file)
                        .inheritIO().start().waitFor();
            } catch (Exception e) {
                System.err.println("screenshot failed: " + e.getMessage());
            }
        }
    }

    private static void select(TableView<Article> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).name().equals(name)) {
                table.getSelectionModel().select(i);
            }
        }
    }

    /** Runs {@code r} a second after {@code ready} holds (the machine may be slow), checking twice a second. */
    private static void once(java.util.function.BooleanSupplier ready, Runnable r) {
        after(0.5, () -> {
            if (ready.getAsBoolean()) {
                after(1.0, r);
            } else {
                once(ready, r);
            }
        });
    }

    private static void after(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
