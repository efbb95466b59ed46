package org.stemma.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.importing.ArticleFiles;
import org.stemma.corpus.Document;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The engine speed benchmark: Stemma (analysis, then alignment and word diff) and java-diff-utils on
 * whitespace-separated words of the same texts. Not a test: {@code bench/engine.sh} runs it, together
 * with Python's difflib and jsdiff, and turns its tab-separated rows into the tables of BENCHMARKS.md.
 * <pre>
 * generate DIR                        the long pairs, DIR/NAME-left.txt and DIR/NAME-right.txt
 * stemma|diffutils seeds              every ordered pair of the seeds
 * stemma|diffutils CASE LEFT RIGHT    one pair
 * heap LEFT RIGHT                     Stemma end to end in this JVM's heap, peak heap from GC notifications
 * </pre>
 * Each run is timed in wall clock and in CPU time, because the machines are shared and wall time depends
 * on what else runs. On the seeds: the CPU time of the benchmark's thread, median like the wall time. On
 * the long pairs: that of the whole process, garbage collection included, as a mean over the timed runs
 * because the process clock ticks in 10 ms here, and that of the thread (rows "thread").
 */
public final class EngineBenchmark {

    /** The long pairs: name and size of the left text in characters. */
    static final String[][] LARGE = {{"100k", "100000"}, {"125k", "125000"}, {"250k", "250000"},
            {"500k", "500000"}, {"1m", "1000000"}, {"2m", "2000000"}};
    private static final String[] STEMMA_STEPS = {"analysis", "alignment + diff", "end to end"};
    private static final String[] DIFFUTILS_STEPS = {"word diff"};
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Keeps results reachable so that the JIT cannot drop the work. */
    private static long sink;

    /**
     * Nanoseconds of each step of one run: wall clock, CPU of the process and CPU of this thread; and the
     * share of the right text's words found unchanged.
     */
    private record Sample(long[] wall, long[] cpu, long[] thread, double unchanged) {
    }

    private interface Pair {
        Sample run() throws Exception;
    }

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> {
                for (String[] size : LARGE) {
                    LargePair.write(Path.of(args[1]), size[0], Integer.parseInt(size[1]));
                }
            }
            case "heap" -> heap(read(Path.of(args[1])), read(Path.of(args[2])));
            default -> {
                String tool = args[0];
                if (args[1].equals("seeds")) {
                    seeds(tool);
                } else {
                    large(tool, args[1], read(Path.of(args[2])), read(Path.of(args[3])));
                }
            }
        }
        System.err.println("sink " + sink);
    }

    private static Document read(Path file) throws Exception {
        return ArticleFiles.document(file);
    }

    private static Pair pair(String tool, Document left, Document right) {
        if (tool.equals("stemma")) {
            return () -> stemma(left, right);
        }
        return () -> diffUtils(left.text(), right.text());
    }

    private static String[] steps(String tool) {
        return tool.equals("stemma") ? STEMMA_STEPS : DIFFUTILS_STEPS;
    }

    private static Sample stemma(Document left, Document right) {
        long[] t0 = clocks();
        AnalyzedDocument l = Analyzer.analyze(left);
        AnalyzedDocument r = Analyzer.analyze(right);
        long[] t1 = clocks();
        Comparison comparison = Aligner.compare(l, r);
        long[] t2 = clocks();
        sink += comparison.pairs().size();
        return new Sample(steps(0, t0, t1, t2), steps(1, t0, t1, t2), steps(2, t0, t1, t2), comparison.rightInLeft());
    }

    /** What a user of java-diff-utils would write: split both texts into words, diff the lists. */
    private static Sample diffUtils(String left, String right) {
        long[] t0 = clocks();
        List<String> b = words(right);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(words(left), b).getDeltas();
        long[] t1 = clocks();
        int changed = 0;
        for (AbstractDelta<String> d : deltas) {
            changed += d.getTarget().size();
        }
        sink += deltas.size();
        return new Sample(new long[]{t1[0] - t0[0]}, new long[]{t1[1] - t0[1]}, new long[]{t1[2] - t0[2]},
                1 - (double) changed / b.size());
    }

    /** Words as {@code str.split()} gives them: runs of non-whitespace. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** Every ordered pair of seeds: warm-up rounds, then timed rounds; the median of each pair, then their median and max. */
    private static void seeds(String tool) throws Exception {
        List<Pair> pairs = new ArrayList<>();
        for (String l : Seeds.ALL) {
            for (String r : Seeds.ALL) {
                if (!l.equals(r)) {
                    pairs.add(pair(tool, Seeds.document(l), Seeds.document(r)));
                }
            }
        }
        for (int round = 0; round < 50; round++) {
            for (Pair p : pairs) {
                p.run();
            }
        }
        int rounds = 21;
        List<List<Sample>> samples = new ArrayList<>();
        pairs.forEach(p -> samples.add(new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < pairs.size(); i++) {
                samples.get(i).add(pairs.get(i).run());
            }
        }
        String[] steps = steps(tool);
        for (int s = 0; s < steps.length; s++) {
            double[] wall = new double[pairs.size()];
            double[] cpu = new double[pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                wall[i] = median(samples.get(i), s, Sample::wall);
                cpu[i] = median(samples.get(i), s, Sample::thread);
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            row("time", tool, "seeds-median", steps[s], wall[wall.length / 2], cpu[cpu.length / 2], rounds);
            row("time", tool, "seeds-max", steps[s], wall[wall.length - 1], cpu[cpu.length - 1], rounds);
        }
        System.out.printf("share\t%s\t001-000\t%.4f%n", tool, pair(tool, Seeds.document(Seeds.S001), Seeds.document(Seeds.S000)).run().unchanged());
    }

    /**
     * One long pair. The first run decides the rest: under 10 s, warm-up runs for at least 4 s (and three
     * runs) so that the compiler is done, then eleven timed runs (three if the first took over 2 s); longer,
     * one more run only (the peers have a time limit).
     */
    private static void large(String tool, String name, Document left, Document right) throws Exception {
        Pair pair = pair(tool, left, right);
        Sample first = pair.run();
        double seconds = total(first) / 1e9;
        if (seconds < 10) {
            long until = System.nanoTime() + 4_000_000_000L;
            for (int i = 0; i < 3 || System.nanoTime() < until; i++) {
                pair.run();
            }
        }
        int runs = seconds < 2 ? 11 : seconds < 10 ? 3 : 1;
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(pair.run());
        }
        String[] steps = steps(tool);
        for (int s = 0; s < steps.length; s++) {
            row("time", tool, name, steps[s], median(samples, s, Sample::wall), mean(samples, s, Sample::cpu),
                    samples.size());
            System.out.printf("thread\t%s\t%s\t%s\t%.3f%n", tool, name, steps[s], mean(samples, s, Sample::thread));
        }
        System.out.printf("share\t%s\t%s\t%.4f%n", tool, name, first.unchanged());
        System.out.printf("chars\t%s\t%d\t%d%n", name, left.text().length(), right.text().length());
    }

    /**
     * Stemma end to end on one pair in this JVM (run it with -Xmx256m): one cold run and three more.
     * Heap in use peaks just before a collection (which the collector delays while the heap has room);
     * what a warm run allocates says how hard the collector works; what stays reachable at the end is
     * both analysed documents and the comparison.
     */
    private static void heap(Document left, Document right) {
        AtomicLong peak = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageBeforeGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                peak.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long[] wall = new long[4];
        long allocated = 0;
        Comparison kept = null;
        for (int i = 0; i < wall.length; i++) {
            long w0 = System.nanoTime();
            long a0 = THREADS.getCurrentThreadAllocatedBytes();
            kept = Aligner.compare(Analyzer.analyze(left), Analyzer.analyze(right));
            allocated = THREADS.getCurrentThreadAllocatedBytes() - a0;
            wall[i] = System.nanoTime() - w0;
        }
        long now = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        peak.accumulateAndGet(now, Math::max);
        System.gc();
        long retained = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        sink += kept.pairs().size();
        System.out.printf("heap\t%d\t%.1f\t%.1f\t%.1f\t%d\t%d%n", Runtime.getRuntime().maxMemory() >> 20,
                peak.get() / 1048576.0, allocated / 1048576.0, retained / 1048576.0, wall[0] / 1_000_000, Arrays.stream(wall).skip(1).sorted().toArray()[1] / 1_000_000);
    }

    /** Wall clock, process CPU and thread CPU now. */
    private static long[] clocks() {
        return new long[]{System.nanoTime(), OS.getProcessCpuTime(), THREADS.getCurrentThreadCpuTime()};
    }

    /** One clock's readings as the durations of two steps and of both together. */
    private static long[] steps(int clock, long[] t0, long[] t1, long[] t2) {
        return new long[]{t1[clock] - t0[clock], t2[clock] - t1[clock], t2[clock] - t0[clock]};
    }

    private static long total(Sample s) {
        return s.wall()[s.wall().length - 1];
    }

    private static double median(List<Sample> samples, int step, Function<Sample, long[]> clock) {
        double[] v = samples.stream().mapToDouble(s -> clock.apply(s)[step] / 1e6).sorted().toArray();
        return v[v.length / 2];
    }

    private static double mean(List<Sample> samples, int step, Function<Sample, long[]> clock) {
        return samples.stream().mapToDouble(s -> clock.apply(s)[step] / 1e6).average().orElseThrow();
    }

    private static void row(String kind, String tool, String name, String step, double wallMs, double cpuMs, int runs) {
        System.out.printf("%s\t%s\t%s\t%s\t%.3f\t%.3f\t%d%n", kind, tool, name, step, wallMs, cpuMs, runs);
    }
}
