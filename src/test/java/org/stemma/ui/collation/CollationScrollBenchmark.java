package org.stemma.ui.collation;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.stemma.collation.Collation;
import org.stemma.collation.Collator;
import org.stemma.collation.ManyWitnesses;
import org.stemma.collation.Witness;
import org.stemma.ui.app.Theme;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Frame times of the collation view scrolling (bench/collation-view.sh, BENCHMARKS.md "Collation"): 50
 * witnesses of a 5,000-word article in a 1366×740 window, scrolled programmatically top to bottom and
 * back by a fixed number of pixels each pulse, while an {@link AnimationTimer} records the interval between
 * pulses. After one unreported pass to warm the JIT, four runs: narrow strips, narrow with one witness widened (hover), the 50 columns moved about
 * (the view rebuilt), and four witnesses wide. Prints the first frame of each run (it lays out what the run
 * changed) apart, then the other intervals' median, 95th and 99th percentile,
 * the worst, the share over 33 ms (a dropped frame at 30 fps) and the process CPU time per run.
 */
public final class CollationScrollBenchmark {

    private static final double STEP = 48;

    private CollationScrollBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(Driver.class, args);
    }

    /** Runs the scrolls on the JavaFX thread, one after another. */
    public static final class Driver extends Application {

        private CollationView view;
        private CollationViewModel model;
        private final List<Runnable> runs = new ArrayList<>();

        @Override
        public void start(Stage stage) {
            List<Witness> all = ManyWitnesses.of(5000, 5000);
            Collation c = Collator.collate(all.get(0), all.subList(1, all.size()));
            model = new CollationViewModel(c);
            view = new CollationView(model, new SimpleBooleanProperty(false), new CollationView.Handler() {
                @Override
                public void pair(CollationViewModel.PairAt pair) {
                }

                @Override
                public void tag(CollationViewModel.TagAt tag, javafx.scene.Node over) {
                }

                @Override
                public void export(CollationViewModel.Format format) {
                }
            });
            Scene scene = new Scene(view, 1366, 740);
            scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
            scene.getStylesheets().add(Objects.requireNonNull(CollationView.class.getResource("collation.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
            System.out.printf("%d rows, %d columns, java %s, %s%n", model.rows().size(), model.shownColumns().size(),
                    System.getProperty("java.version"), System.getProperty("glass.platform", "default platform"));
            runs.add(() -> scroll(null, this::next));
            runs.add(() -> scroll("narrow: 50 strips, the base wide", this::next));
            runs.add(() -> {
                model.hoveredProperty().set(model.shownColumns().get(20).witness());
                scroll("narrow, one witness widened (hover)", this::next);
            });
            runs.add(() -> {
                model.hoveredProperty().set(-1);
                for (int i = 1; i < 50; i += 7) {
                    model.moveTo(model.shownColumns().get(i).witness(), 50 - i);
                }
                scroll("narrow, after moving 7 columns", this::next);
            });
            runs.add(() -> {
                for (int i = model.shownColumns().size() - 1; i > 4; i--) {
                    model.setHidden(model.shownColumns().get(i).witness(), true);
                }
                scroll("wide: 4 witnesses shown", () -> Platform.exit());
            });
            pause(2.0, this::next);
        }

        private void next() {
            if (!runs.isEmpty()) {
                pause(1.0, runs.remove(0));
            }
        }

        private void scroll(String name, Runnable then) {
            VirtualFlow<?> flow = (VirtualFlow<?>) view.list().lookup(".virtual-flow");
            view.list().scrollTo(0);
            List<Long> intervals = new ArrayList<>();
            long cpu = cpu();
            long wall = System.nanoTime();
            new AnimationTimer() {
                private long last = -1;
                private long first = -1;
                private int direction = 1;
                private int turns;

                @Override
                public void handle(long now) {
                    if (last > 0 && first < 0) {
                        first = now - last;
                    } else if (last > 0) {
                        intervals.add(now - last);
                    }
                    last = now;
                    flow.scrollPixels(direction * STEP);
                    double position = flow.getPosition();
                    if (direction > 0 && position >= 1.0 || direction < 0 && position <= 0.0) {
                        direction = -direction;
                        if (++turns == 2) {
                            stop();
                            if (name != null) {
                                report(name, first, intervals, cpu(), cpu, System.nanoTime() - wall);
                            }
                            then.run();
                        }
                    }
                }
            }.start();
        }

        /** @param first the first frame's interval, which lays out what the run changed; not in the distribution */
        private static void report(String name, long first, List<Long> intervals, long cpuAfter, long cpuBefore, long wall) {
            long[] ms = intervals.stream().mapToLong(Long::longValue).sorted().toArray();
            double over = Arrays.stream(ms).filter(x -> x > 33_000_000L).count() * 100.0 / Math.max(1, ms.length);
            System.out.printf("%-38s first %6.1f ms  %5d frames  median %5.1f ms  p95 %5.1f  p99 %5.1f  worst %6.1f  "
                            + ">33 ms %4.1f %%  wall %5.1f s  CPU %5.1f s (%.1f ms a frame)%n", name, first / 1e6, ms.length,
                    q(ms, 0.5), q(ms, 0.95), q(ms, 0.99), ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6, over, wall / 1e9,
                    (cpuAfter - cpuBefore) / 1e9, (cpuAfter - cpuBefore) / 1e6 / Math.max(1, ms.length + 1));
        }

        private static double q(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }

        private static void pause(double seconds, Runnable r) {
            javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(seconds));
            p.setOnFinished(e -> r.run());
            p.play();
        }
    }
}
