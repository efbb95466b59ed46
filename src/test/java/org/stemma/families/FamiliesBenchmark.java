package org.stemma.families;

import org.stemma.model.PairKey;
import org.stemma.model.Family;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;
import org.stemma.index.CandidateIndex;
import org.stemma.model.Family;
import org.stemma.model.PairKey;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * bench/families.sh runs this (never part of {@code mvn verify}):
 * <ul>
 *   <li>{@code synthetic N} : families for N generated articles (session's SyntheticCorpus, seed 1) from the
 *   texts, phase by phase, then 100 more articles added; against the generator's own families</li>
 *   <li>{@code derived DIR} : writes the two derived trees of the tests to DIR/tuning and DIR/heldout and
 *   prints the families Stemma finds in each, for the peer to be run on the same files</li>
 * </ul>
 * Output: tab-separated rows {@code name value}.
 */
public final class FamiliesBenchmark {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("synthetic")) {
            synthetic(Integer.parseInt(args[1]));
        } else {
            derived(Path.of(args[1]));
        }
    }

    private static void synthetic(int n) {
        List<SyntheticCorpus.Article> all = SyntheticCorpus.generate(n + 100, 1);
        List<Document> docs = all.stream().map(a -> Document.of(a.name(), "", a.text())).toList();
        long mb = docs.stream().mapToLong(d -> d.text().length()).sum() / 1_000_000;
        row("articles", n + " (+100), " + mb + " M characters");
        double c0 = cpu();
        long t0 = System.nanoTime();
        CandidateIndex index = new CandidateIndex();
        FamilyEngine engine = new FamilyEngine();
        // Analysed in chunks and handed over, as a corpus session would: the analyses are not all kept.
        for (int from = 0; from < n; from += 256) {
            int start = from;
            AnalyzedDocument[] chunk = new AnalyzedDocument[Math.min(256, n - from)];
            IntStream.range(0, chunk.length).parallel().forEach(i -> chunk[i] = Analyzer.analyze(docs.get(start + i)));
            for (int i = 0; i < chunk.length; i++) {
                index.add(start + i, chunk[i]);
                engine.add(start + i, chunk[i]);
            }
        }
        long t1 = System.nanoTime();
        double c1 = cpu();
        long t2 = t1;
        double c2 = c1;
        List<PairKey> keys = index.pairs().stream().map(p -> PairKey.of(p.a(), p.b())).toList();
        int pairs = keys.size();
        long t3 = System.nanoTime();
        double c3 = cpu();
        List<Family> families = engine.update(keys, FamilyEngine.Progress.NONE);
        long t4 = System.nanoTime();
        double c4 = cpu();
        row("analysis + index s (wall, cpu)", secs(t1 - t0) + ", " + cpuSecs(c1 - c0));
        row("candidate pairs", pairs + " in " + secs(t3 - t2) + " s, " + cpuSecs(c3 - c2) + " cpu");
        row("align + families s (wall, cpu)", secs(t4 - t3) + ", " + cpuSecs(c4 - c3) + " (" + engine.alignments()
                + " alignments, " + engine.derivations() + " derivations)");
        row("total s (wall, cpu)", secs(t4 - t0) + ", " + cpuSecs(c4 - c0));
        row("families", String.valueOf(families.size()));
        quality(all.subList(0, n), families);

        double ca = cpu();
        long a0 = System.nanoTime();
        long alignedBefore = engine.alignments();
        long derivedBefore = engine.derivations();
        for (int i = n; i < n + 100; i++) {
            AnalyzedDocument doc = Analyzer.analyze(docs.get(i));
            index.add(i, doc);
            engine.add(i, doc);
        }
        List<Family> after = engine.update(index, FamilyEngine.Progress.NONE);
        long a1 = System.nanoTime();
        row("add 100 s (wall, cpu)", secs(a1 - a0) + ", " + cpuSecs(cpu() - ca) + " (" + (engine.alignments() - alignedBefore) + " alignments, "
                + (engine.derivations() - derivedBefore) + " derivations)");
        quality(all, after);
        row("peak heap MB", String.valueOf(peakHeap() / 1_000_000));
        row("max heap MB", String.valueOf(Runtime.getRuntime().maxMemory() / 1_000_000));
    }

    /** Pairwise precision and recall of "same family" against the generator's families. */
    private static void quality(List<SyntheticCorpus.Article> truth, List<Family> found) {
        Map<Long, Integer> foundFamily = new HashMap<>();
        for (Family f : found) {
            f.members().forEach(m -> foundFamily.put(m, f.id()));
        }
        long truePairs = 0;
        long foundPairs = 0;
        long both = 0;
        Map<Integer, List<Integer>> byTruth = new HashMap<>();
        for (SyntheticCorpus.Article a : truth) {
            if (a.family() >= 0) {
                byTruth.computeIfAbsent(a.family(), k -> new ArrayList<>()).add(a.index());
            }
        }
        for (List<Integer> members : byTruth.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    truePairs++;
                    Integer fi = foundFamily.get((long) members.get(i));
                    if (fi != null && fi.equals(foundFamily.get((long) members.get(j)))) {
                        both++;
                    }
                }
            }
        }
        for (Family f : found) {
            foundPairs += (long) f.members().size() * (f.members().size() - 1) / 2;
        }
        row("pair precision / recall", String.format("%.3f / %.3f (%d true pairs)", foundPairs == 0 ? 0 : (double) both / foundPairs,
                truePairs == 0 ? 0 : (double) both / truePairs, truePairs));
    }

    private static void derived(Path dir) throws Exception {
        for (var tree : Map.of("tuning", DerivedTrees.tuning(), "heldout", DerivedTrees.heldOut()).entrySet()) {
            Path folder = Files.createDirectories(dir.resolve(tree.getKey()));
            List<Path> files = DerivedCorpus.write(folder, tree.getValue());
            FamiliesResult r = FamiliesResult.of(files);
            row("stemma " + tree.getKey(), r.families().toString());
            for (Family f : r.found()) {
                row("stemma " + tree.getKey() + " edges", r.edges(r.name(f.members().get(0))).toString());
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** CPU seconds of the whole process so far: on a shared machine the wall clock says little. */
    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static String secs(long nanos) {
        return String.format("%.2f", nanos / 1e9);
    }

    private static String cpuSecs(double s) {
        return String.format("%.2f", s);
    }

    private static void row(String name, String value) {
        System.out.println(name + "\t" + value);
        System.out.flush();
    }
}
