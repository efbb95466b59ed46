package org.stemma.session;

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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures a large project (bench/corpus.sh builds one of 10,000 articles): re-opening its corpus
 * session, memory, find copies, a claim's counterparts, search, and importing more articles into it.
 * Usage: {@code CorpusBenchmark PROJECT MORE_ARTICLES_FOLDER}. Prints a markdown table.
 */
public final class CorpusBenchmark {

    private CorpusBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path more = Path.of(args[1]);
        List<String> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        try (ProjectFile project = ProjectFile.open(file)) {
            CorpusSession session = CorpusSession.open(project);
            double openMs = ms(t0);
            rows.add(row("re-open: ProjectFile.open + CorpusSession.open (" + session.size() + " articles, "
                    + session.analysesComputed() + " analysed again)", openMs));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            rows.add(String.format(Locale.ROOT, "| memory after opening: heap used %.0f MB, resident %s | |",
                    (rt.totalMemory() - rt.freeMemory()) / 1e6, rss()));

            Random random = new Random(5);
            List<Long> ids = session.documentIds();
            double[] copies = new double[200];
            for (int i = 0; i < copies.length; i++) {
                long id = ids.get(random.nextInt(ids.size()));
                long s = System.nanoTime();
                List<Candidate> found = session.index().similarTo(id, 50);
                copies[i] = ms(s);
                if (found.isEmpty() && i < 0) {
                    throw new AssertionError();
                }
            }
            rows.add(stats("find copies (similarTo, 50 best), 200 random articles", copies));

            CounterpartFinder finder = new CounterpartFinder(project, session);
            double[] counterparts = new double[20];
            int aligned = 0;
            int carried = 0;
            for (int i = 0; i < counterparts.length; i++) {
                long id = ids.get(random.nextInt(ids.size()));
                List<Sentence> proper = session.analysis(id).sentences().stream().filter(x -> !x.boilerplate()).toList();
                Span passage = proper.get(random.nextInt(proper.size())).span();
                long s = System.nanoTime();
                List<ClaimCounterpart> found = finder.find(0, id, passage);
                counterparts[i] = ms(s);
                carried += (int) found.stream().filter(c -> c.kind() != CounterpartKind.ABSENT).count();
                aligned += found.size();
            }
            rows.add(stats("a claim's counterparts across all articles, 20 random passages (" + carried
                    + " counterparts found in " + aligned + " article checks)", counterparts));

            String[] queries = queries(session, random);
            double[] search = new double[queries.length];
            int hits = 0;
            for (int i = 0; i < queries.length; i++) {
                long s = System.nanoTime();
                List<SearchStore.Hit> found = project.search().search(queries[i], 50, false);
                search[i] = ms(s);
                hits += found.size();
            }
            rows.add(stats("search, " + queries.length + " queries (names, phrases, a look-alike spelling; up to 50 "
                    + "articles each, first place only, " + hits + " listed in all)", search));

            int before = session.analysesComputed();
            long s = System.nanoTime();
            ImportSummary summary = new Importer(new SessionLibrary(session)).importPaths(List.of(more),
                    (d, t, c) -> { }, () -> false);
            rows.add(row("import " + summary.outcomes().size() + " more articles into the open project ("
                    + summary.added().size() + " added, " + (session.analysesComputed() - before) + " analysed)", ms(s)));
        }
        System.out.println("| measurement | time |");
        System.out.println("|---|---|");
        rows.forEach(System.out::println);
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

    private static String rss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return String.format(Locale.ROOT, "%.0f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
            }
        }
        return "?";
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String row(String what, double ms) {
        return String.format(Locale.ROOT, "| %s | %,.0f ms |", what, ms);
    }

    private static String stats(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(ms).average().orElse(0);
        return String.format(Locale.ROOT, "| %s | first %.1f ms, mean %.1f ms, median %.1f ms, max %.1f ms |", what,
                ms[0], mean, sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }
}
