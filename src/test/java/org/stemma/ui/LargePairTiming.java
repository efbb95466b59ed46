package org.stemma.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Times the compare view on a large pair, by hand (numbers in BENCHMARKS.md): run under a display with
 * {@code java -cp target/test-classes:target/classes:target/lib/* org.stemma.ui.LargePairTiming LEFT RIGHT}.
 * It reports the background work, the one-off restyle on the JavaFX thread, and the cost of one scroll
 * step (lead scroll, follower placed, gutter redrawn) over a walk through the whole left article.
 */
public final class LargePairTiming {

    /** CPU time, not wall time: the machines this runs on are shared. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static List<Path> pair;

    private LargePairTiming() {
    }

    public static void main(String[] args) throws Exception {
        pair = List.of(Path.of(args[0]), Path.of(args[1]));
        System.setProperty("stemma.home", Files.createTempDirectory("stemma-timing").toString());
        Application.launch(Driver.class, args);
    }

    /** The application, driven and timed. */
    public static final class Driver extends StemmaApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            MainWindow w = window();
            MainViewModel model = w.model();
            model.open(pair).thenRun(() -> {
                long t0 = System.nanoTime();
                List<Article> articles = model.corpus().articles();
                model.compare(articles.get(0), articles.get(1)).thenAccept(vm -> {
                    long t1 = System.nanoTime();
                    System.out.printf("background (analysis, alignment, view model): %d ms%n", (t1 - t0) / 1_000_000);
                    CompareView view = w.compareView();
                    long s0 = CPU.getCurrentThreadCpuTime();
                    view.leftPane().show(vm.left());
                    view.rightPane().show(vm.right());
                    long s1 = CPU.getCurrentThreadCpuTime();
                    System.out.printf("text and styles into both panes (JavaFX thread, CPU): %d ms for %,d + %,d characters%n",
                            (s1 - s0) / 1_000_000, vm.left().display().length(), vm.right().display().length());
                    Platform.runLater(() -> scrollWalk(view, vm));
                });
            });
        }

        private static void scrollWalk(CompareView view, CompareViewModel vm) {
            int steps = 200;
            long worst = 0;
            long total = 0;
            ArticlePane left = view.leftPane();
            view.sync().reveal(CompareViewModel.Side.LEFT, left.model().display().length() / 2, left.viewportHeight() * 0.4);
            for (int i = 0; i < steps; i++) {
                long a = CPU.getCurrentThreadCpuTime();
                double y = left.viewportHeight() * 0.4;
                view.sync().reveal(CompareViewModel.Side.LEFT, left.offsetAt(y + 40), y);
                view.gutter().redraw();
                long d = CPU.getCurrentThreadCpuTime() - a;
                worst = Math.max(worst, d);
                total += d;
            }
            System.out.printf("scroll step of about 40 px (lead, follower, gutter; CPU) over %d steps: mean %.1f ms, worst %.1f ms%n",
                    steps, total / 1e6 / steps, worst / 1e6);
            Platform.exit();
        }
    }
}
