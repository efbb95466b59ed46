package org.stemma.session;

import org.stemma.align.CompareOptions;
import org.stemma.claims.CounterpartFinder;
import org.stemma.importing.ImportSummary;
import org.stemma.importing.Importer;
import org.stemma.index.Candidate;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.CounterpartKind;
import org.stemma.store.ProjectFile;
import org.stemma.store.SearchStore;
import org.stemma.text.Sentence;
import org.stemma.text.Span;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures a large project (bench/corpus.sh builds one of 10,000 articles): re-opening its corpus
 * session, memory, find copies, a claim's counterparts, search, and importing more articles into it
 * while another thread keeps reading the project as the window would. Usage:
 * {@code CorpusBenchmark PROJECT MORE_ARTICLES_FOLDER}. Prints a markdown table: wall time, CPU time
 * (of the process for work on several threads, of the measuring thread for the rest) and the verdict.
 */
public final class CorpusBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final List<String> rows = new ArrayList<>();

    private CorpusBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new CorpusBenchmark().run(Path.of(args[0]), Path.of(args[1]));
    }

    private void run(Path file, Path more) throws Exception {
        long t0 = System.nanoTime();
        long c0 = OS.getProcessCpuTime();
        try (ProjectFile project = ProjectFile.open(file)) {
            CorpusSession session = CorpusSession.open(project);
            double listedMs = ms(t0);
            double listedCpu = (OS.getProcessCpuTime() - c0) / 1e6;
            session.index();
            row("re-open: `ProjectFile.open` + `CorpusSession.open`, articles listed (" + session.size() + " articles, "
                    + session.analysesComputed() + " analysed again)", "window usable < 3 s (with start-up)",
                    fmt(listedMs), fmt(listedCpu) + " (process)", listedMs < 3000 ? "yes" : "no");
            row("… and the candidate index built (in the background)", "", fmt(ms(t0)),
                    fmt((OS.getProcessCpuTime() - c0) / 1e6) + " (process)", "");
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long rss = status("VmRSS");
            row(String.format(Locale.ROOT, "memory after opening: heap used %.0f MB", (rt.totalMemory() - rt.freeMemory()) / 1e6),
                    "< 1 GB", "", "", String.format(Locale.ROOT, "resident %.0f MB: %s", rss / 1024.0, rss < 1 << 20 ? "yes" : "no"));

            Random random = new Random(5);
            List<Long> ids = session.documentIds();
            Timings copies = new Timings();
            for (int i = 0; i < 200; i++) {
                long id = ids.get(random.nextInt(ids.size()));
                copies.time(() -> session.index().similarTo(id, 50));
            }
            copies.row("find copies (`similarTo`, 50 best), 200 random articles", "< 1 s", 1000);

            CounterpartFinder finder = new CounterpartFinder(project, session, CompareOptions.DEFAULT);
            Timings counterparts = new Timings();
            int[] carried = new int[2];
            for (int i = 0; i < 20; i++) {
                long id = ids.get(random.nextInt(ids.size()));
                List<Sentence> proper = session.analysis(id).sentences().stream().filter(x -> !x.boilerplate()).toList();
                Span passage = proper.get(random.nextInt(proper.size())).span();
                List<ClaimCounterpart> found = counterparts.time(() -> finder.find(0, id, passage));
                carried[0] += (int) found.stream().filter(c -> c.kind() != CounterpartKind.ABSENT).count();
                carried[1] += found.size();
            }
            counterparts.row("a claim's counterparts across all articles, 20 random passages (" + carried[0]
                    + " counterparts found in " + carried[1] + " article checks)", "< 2 s", 2000);

            String[] queries = queries(session, random);
            Timings search = new Timings();
            int hits = 0;
            for (String q : queries) {
                hits += search.time(() -> project.search().search(q, 50, false)).size();
            }
            search.row("search, " + queries.length + " queries (names, phrases, a look-alike spelling; up to 50 "
                    + "articles each, first place only, " + hits + " listed in all)", "< 100 ms", 100);

            importMore(session, more);
        }
        row("whole benchmark JVM", "< 1 GB", "", "", String.format(Locale.ROOT, "peak resident %.0f MB",
                status("VmHWM") / 1024.0));
        System.out.println("| measurement | target | wall | CPU | met |");
        System.out.println("|---|---|---:|---:|---|");
        rows.forEach(System.out::println);
    }

    /** The import, while a reader thread reads an article's text every 10 ms, as the window's compare view would. */
    private void importMore(CorpusSession session, Path more) throws Exception {
        List<Long> ids = session.documentIds();
        AtomicBoolean done = new AtomicBoolean();
        long[] longestRead = new long[2];
        Thread reader = new Thread(() -> {
            Random r = new Random(9);
            while (!done.get()) {
                long s = System.nanoTime();
                try {
                    session.project().orElseThrow().documents().text(ids.get(r.nextInt(ids.size())));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                longestRead[0] = Math.max(longestRead[0], System.nanoTime() - s);
                longestRead[1]++;
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "reader");
        int before = session.analysesComputed();
        long s = System.nanoTime();
        long c = OS.getProcessCpuTime();
        reader.start();
        ImportSummary summary = new Importer(new SessionLibrary(session)).importPaths(List.of(more),
                (d, t, x) -> { }, () -> false);
        double wall = ms(s);
        double cpu = (OS.getProcessCpuTime() - c) / 1e6;
        done.set(true);
        reader.join();
        row("import " + summary.outcomes().size() + " more articles into the open project (" + summary.added().size()
                        + " added, " + (session.analysesComputed() - before) + " analysed); meanwhile " + longestRead[1]
                        + " reads of an article's text, the longest " + fmt(longestRead[0] / 1e6),
                "< 5 s, window responsive", fmt(wall), fmt(cpu) + " (process)", wall < 5000 ? "yes" : "no");
    }

    /** Times of one operation run many times, wall and CPU of this thread. */
    private final class Timings {
        private final List<Double> wall = new ArrayList<>();
        private final List<Double> cpu = new ArrayList<>();

        <T> T time(ThrowingSupplier<T> work) throws Exception {
            long s = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            T result = work.get();
            wall.add(ms(s));
            cpu.add((THREADS.getCurrentThreadCpuTime() - c) / 1e6);
            return result;
        }

        void row(String what, String target, double limitMs) {
            double[] w = wall.stream().mapToDouble(Double::doubleValue).toArray();
            double[] sorted = w.clone();
            Arrays.sort(sorted);
            double max = sorted[sorted.length - 1];
            double cpuMean = cpu.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            CorpusBenchmark.this.row(what, target, String.format(Locale.ROOT, "mean %s, median %s, max %s",
                    fmt(Arrays.stream(w).average().orElse(0)), fmt(sorted[sorted.length / 2]), fmt(max)),
                    "mean " + fmt(cpuMean), max < limitMs ? "yes (max)" : sorted[sorted.length / 2] < limitMs
                            ? "median yes, max no" : "no");
        }
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /** Capitalised words (names) of random articles, a phrase of one, and a name spelt with a Cyrillic а. */
    private static String[] queries(CorpusSession session, Random random) {
        List<String> out = new ArrayList<>();
        List<Long> ids = session.documentIds();
        while (out.size() < 28) {
            String text = session.document(ids.get(random.nextInt(ids.size()))).text();
            String[] words = text.split("[^\\p{L}]+");
            String w = words[random.nextInt(words.length)];
            if (w.length() > 4 && Character.isUpperCase(w.charAt(0))) {
                out.add(w);
            }
        }
        String text = session.document(ids.get(0)).text();
        String[] words = text.split("\\s+");
        out.add("\"" + String.join(" ", Arrays.copyOfRange(words, 40, 44)) + "\"");
        out.add(out.get(0).replace('a', '\u0430'));
        return out.toArray(String[]::new);
    }

    /** A field of /proc/self/status in kB (VmRSS now, VmHWM the peak). */
    private static long status(String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String fmt(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%,.2f s", ms / 1000) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private void row(String what, String target, String wall, String cpu, String met) {
        rows.add("| " + what + " | " + target + " | " + wall + " | " + cpu + " | " + met + " |");
    }
}
