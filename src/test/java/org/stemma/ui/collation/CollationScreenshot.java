package org.stemma.ui.collation;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stemma.collation.ManyWitnesses;
import org.stemma.collation.Witness;
import org.stemma.ui.app.MainWindow;
import org.stemma.ui.app.Screenshots;
import org.stemma.ui.app.StemmaApp;
import org.stemma.ui.app.Theme;
import org.stemma.ui.corpus.Article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.stemma.ui.app.Screenshots.after;

/**
 * Photographs the collation window (docs/collation.png). Run under a display, e.g. {@code Xvfb :88 -screen 0
 * 1366x768x24} with openbox, as {@code DISPLAY=:88 java -cp "target/test-classes:target/classes:target/lib/*"
 * org.stemma.ui.collation.CollationScreenshot :88 OUT.png light|dark seeds|fifty [OUTLET-TO-HOVER|auto]}: "seeds"
 * collates the five sample articles, "fifty" a 2,000-word article and 50 derived copies (narrow strips).
 */
public final class CollationScreenshot {

    private static String[] arguments;

    private CollationScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        arguments = args;
        System.setProperty("stemma.home", Files.createTempDirectory("stemma-shot").toString());
        Application.launch(Driver.class);
    }

    private static final String[] PLACES = {"Northern", "Valley", "Harbour", "Capital", "Riverside", "Eastern",
            "Western", "Coastal", "Highland", "Metro"};
    private static final String[] PAPERS = {"Courier", "Ledger", "Herald", "Post", "Observer"};

    /**
     * The files of {@link ManyWitnesses}, written to a new folder, each with a date under its headline
     * (the source first, each copy a day later) and an outlet that names itself at the foot.
     */
    static Path fiftyWitnessFolder(int words) throws Exception {
        Path dir = Files.createTempDirectory("stemma-fifty");
        List<Witness> all = ManyWitnesses.of(words, 5000);
        for (int i = 0; i < all.size(); i++) {
            Witness w = all.get(i);
            String outlet = i == 0 ? "The Wire Service" : "The " + PLACES[(i - 1) % PLACES.length] + " " + PAPERS[(i - 1) / PLACES.length];
            String date = java.time.LocalDate.of(2026, 10, 1).plusDays(i).toString();
            String text = w.text().replaceFirst("\n\n", "\n\n" + date + "\n\n") + "\nGet the latest news from " + outlet + "\n";
            Files.writeString(dir.resolve(w.id() + ".txt"), text);
        }
        return dir;
    }

    /** The articles shown, the source first, then copy1…copy50 in number order. */
    static List<Article> sourceFirst(List<Article> articles) {
        return articles.stream().sorted(Comparator.comparingInt(a -> a.name().startsWith("source") ? -1
                : Integer.parseInt(a.name().replaceAll("\\D", "")))).toList();
    }

    /** The application, driven. */
    public static final class Driver extends StemmaApp {

        @Override
        public void start(Stage stage) {
            super.start(stage);
            MainWindow w = window();
            w.model().preferences().themeProperty().set("dark".equals(arguments[2]) ? Theme.DARK : Theme.LIGHT);
            after(2.0, () -> {
                if ("fifty".equals(arguments[3])) {
                    try {
                        Path dir = fiftyWitnessFolder(2000);
                        w.model().session().open(List.of(dir)).thenRun(() -> after(3.0, () ->
                                open(w, sourceFirst(List.copyOf(w.model().corpus().articles())))));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                } else {
                    open(w, List.copyOf(w.model().corpus().articles()));
                }
            });
        }

        private void open(MainWindow w, List<Article> articles) {
            CollationWindow window = w.collation().collate(articles);
            Stage s = window.stage();
            s.setX(0);
            s.setY(0);
            s.setWidth(1366);
            s.setHeight(740);
            waitForView(window, 0);
        }

        private void waitForView(CollationWindow window, int tries) {
            if (window.view() == null && tries < 240) {
                after(0.5, () -> waitForView(window, tries + 1));
                return;
            }
            CollationViewModel model = window.view().model();
            if (arguments.length > 4 && "auto".equals(arguments[4])) {
                // The witness with the most changed cells among the first rows, so its wording shows marks.
                int best = 1;
                long most = -1;
                for (int p = 1; p < model.shownColumns().size(); p++) {
                    int position = p;
                    long changed = model.rows().stream().limit(14)
                            .filter(r -> r.cells().get(position).kind() == org.stemma.collation.Cell.Kind.CHANGED).count();
                    if (changed > most) {
                        most = changed;
                        best = p;
                    }
                }
                model.hoveredProperty().set(model.shownColumns().get(best).witness());
            } else if (arguments.length > 4) {
                model.columns().stream().filter(c -> c.outlet().equals(arguments[4])).findFirst()
                        .ifPresent(c -> model.hoveredProperty().set(c.witness()));
            }
            window.view().list().getSelectionModel().select(Math.min(5, model.rows().size() - 1));
            after(4.0, () -> {
                photograph(window.stage(), arguments[1]);
                Platform.exit();
            });
        }

        private static void photograph(Stage stage, String file) {
            Screenshots.photograph(arguments[0], stage, Path.of(file));
        }
    }
}
