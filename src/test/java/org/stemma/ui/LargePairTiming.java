package org.stemma.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.ArticleReader;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times the compare view on a pair of about 1 MB each, by hand (numbers in BENCHMARKS.md). Run under a
 * display: {@code java -cp "target/test-classes:target/classes:target/lib/*" org.stemma.ui.LargePairTiming [LEFT RIGHT]}.
 * Without files it writes a pair made from the sample corpus: every sentence made unique, the copy with
 * synonyms, dropped words, moved paragraphs, Cyrillic letters and zero-width spaces. It reports CPU time
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
        pair = args.length == 2 ? List.of(Path.of(args[0]), Path.of(args[1])) : generate(home);
        System.setProperty("stemma.home", home.toString());
        long a = CPU.getCurrentThreadCpuTime();
        AnalyzedDocument left = Analyzer.analyze(ArticleReader.read(pair.get(0)));
        AnalyzedDocument right = Analyzer.analyze(ArticleReader.read(pair.get(1)));
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
            model.open(pair).thenCompose(done -> {
                List<Article> articles = model.corpus().articles();
                return model.compare(articles.get(0), articles.get(1));
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

    private static List<Path> generate(Path dir) throws Exception {
        List<String> sentences = new ArrayList<>();
        for (String name : org.stemma.Seeds.ALL) {
            for (String line : Files.readString(org.stemma.Seeds.path(name)).split("\n")) {
                for (String s : line.strip().split("(?<=[.!?])\\s+")) {
                    if (s.split(" ").length >= 6) {
                        sentences.add(s);
                    }
                }
            }
        }
        Map<String, String> synonyms = Map.of("said", "stated", "country", "nation", "war", "conflict",
                "people", "individuals", "meaningful", "important", "began", "started", "show", "display");
        Random random = new Random(7);
        StringBuilder left = new StringBuilder("A long generated article\n\n");
        List<String> right = new ArrayList<>();
        for (int n = 0; left.length() < 1_000_000; ) {
            StringBuilder lp = new StringBuilder();
            StringBuilder rp = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) {
                List<String> words = new ArrayList<>(List.of(sentences.get(random.nextInt(sentences.size())).split(" ")));
                words.add(random.nextInt(words.size()), "item" + (++n));
                lp.append(lp.length() > 0 ? " " : "").append(String.join(" ", words));
                words.replaceAll(w -> synonyms.getOrDefault(w, w));
                if (random.nextInt(10) < 3) {
                    words.remove(random.nextInt(words.size()));
                }
                if (random.nextInt(20) == 0) {
                    words.replaceAll(w -> w.startsWith("K") ? w.replaceFirst("a", "\u0430") : w);
                }
                if (random.nextInt(50) == 0) {
                    words.add(2, "sp\u200Bin");
                }
                if (random.nextInt(12) > 0) {
                    rp.append(rp.length() > 0 ? " " : "").append(String.join(" ", words));
                }
            }
            left.append(lp).append("\n\n");
            if (random.nextInt(10) == 0) {
                left.append("READ MORE: Putin humiliated as satellite pics show tanks wiped out\n\n");
            }
            if (!rp.isEmpty()) {
                right.add(random.nextInt(20) == 0 && right.size() > 3 ? right.size() - 3 : right.size(), rp.toString());
            }
        }
        Path l = Files.writeString(dir.resolve("left.txt"), left);
        Path r = Files.writeString(dir.resolve("right.txt"), "A long generated copy\n\n" + String.join("\n\n", right));
        return List.of(l, r);
    }
}
