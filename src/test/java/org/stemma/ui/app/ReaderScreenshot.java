package org.stemma.ui.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stemma.Seeds;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.stemma.ui.app.Screenshots.after;
import static org.stemma.ui.app.Screenshots.when;

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
        AppUnderTest.tagAlteredQuote(home, Seeds.S000, "The Atlantic Council called",
                "“important” here; the Express quotes “meaningful”.");
        Application.launch(Driver.class, args);
    }

    /** The application, driven. */
    public static final class Driver extends StemmaApp {

        @Override
        public void start(Stage stage) {
            super.start(stage);
            MainWindow w = window();
            stage.setMaximized(true);
            Screenshots.theme(w, arguments);
            after(2.5, () -> {
                AppUnderTest.compareSelected(w, Seeds.S001, Seeds.S000);
                // A second more once the comparison is there: the machine may be slow to lay it out.
                when(() -> w.compareView().model() != null, () -> after(1.0, () -> {
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
                }));
            });
        }

        private static void photograph(String file) {
            Screenshots.photograph(arguments[0], Path.of(file));
        }
    }
}
