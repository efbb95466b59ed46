package org.stemma.ui.compare;

import org.stemma.ui.app.MainViewModel;
import org.stemma.ui.app.MainWindow;
import org.stemma.ui.app.StemmaApp;
import org.stemma.ui.corpus.Article;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stemma.align.LargePair;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.importing.ArticleFiles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Times the compare view on a pair of about 1 MB each, by hand (numbers in BENCHMARKS.md). Run under a
 * display: {@code java -cp "target/test-classes:target/classes:target/lib/*" org.stemma.ui.compare.LargePairTiming [LEFT RIGHT]}.
 * Without files it writes the 1 MB {@link LargePair} made from the sample corpus. It reports CPU time
 * (the machines are shared, so wall time says little): the background work, showing both panes on the
 * JavaFX thread, and one scroll step of about 40 px (lead pane, follower placed, gutter redrawn).
 */
public final class LargePairTiming {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static List<Path> pair;

    private LargePairTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("stemma-timing");
        pair = args.length == 2 ? List.of(Path.of(args[0]), Path.of(args[1])) : LargePair.write(home, "large", 1_000_000);
        System.setProperty("stemma.home", home.toString());
        long a = CPU.getCurrentThreadCpuTime();
        AnalyzedDocument left = Analyzer.analyze(ArticleFiles.document(pair.get(0)));
        AnalyzedDocument right = Analyzer.analyze(ArticleFiles.document(pair.get(1)));
        long b = CPU.getCurrentThreadCpuTime();
        CompareViewModel vm = CompareViewModel.of(left, right, false);
        long c = CPU.getCurrentThreadCpuTime();
        System.out.printf("%,d + %,d characters, %,d pairs, %,d changes%n", left.text().length(), right.text().length(),
                vm.comparison().pairs().size(), vm.stops().size());
        System.out.printf("background: analysis %d ms, alignment and view model %d ms%n", (b - a) / 1_000_000, (c - b) / 1_000_000);
        Application.launch(Driver.class);
    }

    /** The application, driven and timed. */
    public static final class Driver extends StemmaApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            MainWindow w = window();
            MainViewModel model = w.model();
            model.session().open(pair).thenCompose(done -> {
                List<Article> articles = model.corpus().articles();
                return model.comparisons().compare(articles.get(0), articles.get(1));
            }).thenAccept(vm -> Platform.runLater(() -> {
                CompareView view = w.compareView();
                long s0 = CPU.getCurrentThreadCpuTime();
                view.leftPane().show(vm.left());
                view.rightPane().show(vm.right());
                long s1 = CPU.getCurrentThreadCpuTime();
                System.out.printf("showing both panes (JavaFX thread): %d ms%n", (s1 - s0) / 1_000_000);
                Platform.runLater(() -> scrollWalk(view));
            }));
        }

        private static void scrollWalk(CompareView view) {
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
            System.out.printf("scroll step (JavaFX thread) over %d steps: mean %.1f ms, worst %.1f ms%n",
                    steps, total / 1e6 / steps, worst / 1e6);
            Platform.exit();
        }
    }
}
