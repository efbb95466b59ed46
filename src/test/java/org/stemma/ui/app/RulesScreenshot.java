package org.stemma.ui.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stemma.Seeds;
import org.stemma.align.AlignedPair;
import org.stemma.align.CompareOptions;
import org.stemma.model.EquivalentSpellings;
import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.stemma.ui.app.Screenshots.after;

/**
 * Photographs the difference rules (docs/rules-compare-THEME.png, docs/rules-options-THEME.png): the sample
 * project with "Kiev = Kyiv" and numbers as words, seeds 003 and 004 compared at the Kiev sentence, then
 * Compare › Options… open over it. Run under a window manager at 1366×768, e.g.
 * {@code Xvfb :91 -screen 0 1366x768x24 & DISPLAY=:91 openbox &} and
 * {@code DISPLAY=:91 java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.stemma.ui.app.RulesScreenshot :91 docs light}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class RulesScreenshot {

    private static String[] arguments;

    private RulesScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        arguments = args;
        Path home = Files.createTempDirectory("stemma-rules-shot");
        System.setProperty("stemma.home", home.toString());
        Projects.Opened sample = Projects.sample(home);
        try {
            sample.file().compareOptions().save(new CompareOptions(true, true, true,
                    EquivalentSpellings.parse("Kiev = Kyiv\nAstana = Nur-Sultan\nTokayev = Tokaev\n")));
        } finally {
            sample.file().close();
        }
        Application.launch(Driver.class, args);
    }

    /** The application, driven. */
    public static final class Driver extends StemmaApp {

        @Override
        public void start(Stage stage) {
            super.start(stage);
            MainWindow w = window();
            String theme = arguments[2];
            if (theme.equals("dark")) {
                w.model().preferences().themeProperty().set(Theme.DARK);
            }
            after(3.0, () -> {
                // The whole screen, not maximised: a modal dialog over a maximised workbench unmaximises it
                // until the dialog closes (JDK-8332222, decision 1440), and the options shot is of a dialog.
                // Once the window's first size has settled (WindowGeometry.holdFirstSize).
                var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                stage.setX(screen.getMinX());
                stage.setY(screen.getMinY());
                stage.setWidth(screen.getWidth());
                stage.setHeight(screen.getHeight());
                List<Article> articles = w.corpusTable().table().getItems();
                Article left = articles.stream().filter(a -> a.name().equals(Seeds.S003)).findFirst().orElseThrow();
                Article right = articles.stream().filter(a -> a.name().equals(Seeds.S004)).findFirst().orElseThrow();
                w.model().comparisons().compare(left, right).thenAccept(shown -> after(1.0, () -> {
                    CompareViewModel vm = w.compareView().model();
                    int kiev = kievPair(vm);
                    while (vm.hasNextProperty().get() && (vm.currentStop() == null || vm.currentStop().pair() < kiev)) {
                        w.compareView().next();
                    }
                    after(1.5, () -> {
                        photograph("rules-compare-" + theme + ".png");
                        Platform.runLater(w::showCompareOptions);
                        after(2.0, () -> {
                            photograph("rules-options-" + theme + ".png");
                            Platform.exit();
                            System.exit(0);
                        });
                    });
                }));
            });
        }

        private static int kievPair(CompareViewModel vm) {
            List<AlignedPair> pairs = vm.comparison().pairs();
            String text = vm.comparison().left().text();
            for (int p = 0; p < pairs.size(); p++) {
                if (pairs.get(p).left() != null && pairs.get(p).left().of(text).contains("Bucha and Kiev")) {
                    return p;
                }
            }
            return 0;
        }

        private static void photograph(String name) {
            Screenshots.photograph(arguments[0], Path.of(arguments[1], name));
        }
    }
}
