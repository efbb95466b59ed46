package org.stemma.families;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;
import org.stemma.session.CorpusSession;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
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

/**
 * bench/families.sh runs this (never part of {@code mvn verify}):
 * <ul>
 *   <li>{@code synthetic N [SEED]} : families for N generated articles (session's SyntheticCorpus, seed 1 unless given) from the
 *   texts, phase by phase, then 100 more articles added; against the generator's own families</li>
 *   <li>{@code derived DIR} : writes the two derived trees of the tests to DIR/tuning and DIR/heldout and
 *   prints the families Stemma finds in each, for the peer to be run on the same files</li>
 * </ul>
 * Output: tab-separated rows {@code name value}.
 */
public final class FamiliesBenchmark {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("synthetic")) {
            synthetic(Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
        } else if (args[0].equals("pairs")) {
            pairs(Integer.parseInt(args[1]), args.length > 2 ? Path.of(args[2]) : null);
        } else if (args[0].equals("bridges")) {
            bridges(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else {
            derived(Path.of(args[1]));
        }
    }

    /**
     * As the window does it: the articles are analysed and stored in a project by a corpus session
     * (the session's work, timed apart), the project is opened again, and the families are found from
     * the session's stored analyses and index; then 100 articles are added through the session and the
     * families updated; then the project is opened once more and its stored families read.
     */
    private static void synthetic(int n, long seed) throws Exception {
        List<SyntheticCorpus.Article> all = SyntheticCorpus.generate(n + 100, seed);
        List<Document> docs = all.stream().map(a -> Document.of(a.name(), "", a.text())).toList();
        long mb = docs.stream().mapToLong(d -> d.text().length()).sum() / 1_000_000;
        row("articles", n + " (+100), " + mb + " M characters");
        Path file = Files.createTempDirectory("families-bench").resolve("bench.stemma");
        double c0 = cpu();
        long t0 = System.nanoTime();
        try (ProjectFile project = ProjectFile.create(file)) {
            CorpusSession session = CorpusSession.open(project);
            addAll(session, docs.subList(0, n));
        }
        row("session: analyse and store s (wall, cpu)", secs(System.nanoTime() - t0) + ", " + cpuSecs(cpu() - c0));
        try (ProjectFile project = ProjectFile.open(file)) {
            double c1 = cpu();
            long t1 = System.nanoTime();
            CorpusSession session = CorpusSession.open(project);
            row("session: open s (wall, cpu)", secs(System.nanoTime() - t1) + ", " + cpuSecs(cpu() - c1));
            double c2 = cpu();
            long t2 = System.nanoTime();
            int pairs = session.index().pairs().size();
            row("candidate pairs alone (index.pairs) s (wall, cpu)", pairs + " pairs in " + secs(System.nanoTime() - t2) + ", " + cpuSecs(cpu() - c2));
            List<Family> families;
            try (CorpusFamilies found = CorpusFamilies.open(session)) {
                double c3 = cpu();
                long t3 = System.nanoTime();
                families = found.update(FamilyEngine.Progress.NONE);
                row("families s (wall, cpu)", secs(System.nanoTime() - t3) + ", " + cpuSecs(cpu() - c3) + " (" + found.alignments()
                        + " alignments, " + found.derivations() + " derivations; analyses read from the session)");
                row("families", String.valueOf(families.size()));
                quality(all.subList(0, n), byIndex(families, session));

                double c4 = cpu();
                long t4 = System.nanoTime();
                addAll(session, docs.subList(n, n + 100));
                row("session: add 100 s (wall, cpu)", secs(System.nanoTime() - t4) + ", " + cpuSecs(cpu() - c4));
                long aligned = found.alignments();
                long derived = found.derivations();
                double c5 = cpu();
                long t5 = System.nanoTime();
                families = found.update(FamilyEngine.Progress.NONE);
                row("families after adding 100 s (wall, cpu)", secs(System.nanoTime() - t5) + ", " + cpuSecs(cpu() - c5) + " ("
                        + (found.alignments() - aligned) + " alignments, " + (found.derivations() - derived) + " derivations)");
                quality(all, byIndex(families, session));
            }
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            CorpusSession session = CorpusSession.open(project);
            double c6 = cpu();
            long t6 = System.nanoTime();
            try (CorpusFamilies stored = CorpusFamilies.open(session)) {
                row("reopened: stored families read s (wall, cpu)", secs(System.nanoTime() - t6) + ", " + cpuSecs(cpu() - c6)
                        + " (" + stored.families().size() + " families, stale " + stored.stale() + ")");
            }
        }
        row("peak heap MB", String.valueOf(peakHeap() / 1_000_000));
        row("max heap MB", String.valueOf(Runtime.getRuntime().maxMemory() / 1_000_000));
        try (var left = Files.list(file.getParent())) {
            for (Path p : left.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(file.getParent());
    }

    /**
     * {@code CandidateIndex.pairs()} alone on the synthetic corpus, indexed from fingerprints (no session,
     * no project), three times (the first warms the JIT); each pair written to {@code out} when given,
     * so that a change to {@code pairs()} can be checked against the pairs it gave before.
     */
    private static void pairs(int n, Path out) throws Exception {
        List<org.stemma.index.Fingerprint> prints = SyntheticCorpus.generate(n, 1).parallelStream()
                .map(a -> org.stemma.index.Fingerprint.of(Analyzer.analyze(Document.of(a.name(), "", a.text())))).toList();
        org.stemma.index.CandidateIndex index = new org.stemma.index.CandidateIndex();
        for (int i = 0; i < prints.size(); i++) {
            index.add(i, prints.get(i));
        }
        List<org.stemma.index.CandidatePair> found = List.of();
        for (int run = 0; run < 3; run++) {
            double c = cpu();
            long t = System.nanoTime();
            found = index.pairs();
            row("pairs() run " + run + " s (wall, cpu)", found.size() + " pairs in " + secs(System.nanoTime() - t) + ", " + cpuSecs(cpu() - c));
        }
        if (out != null) {
            Files.write(out, found.stream().map(p -> p.a() + "\t" + p.b() + "\t" + String.format("%.6f", p.score())).sorted().toList());
        }
    }

    /**
     * What joins families: the articles of the corpus whose headline starts with one of the first
     * {@code places} places (families and distractors of one place share its name and the generator's
     * sentence patterns), every related pair printed with whether the generator made the two one family.
     */
    private static void bridges(int n, int places) {
        List<SyntheticCorpus.Article> all = SyntheticCorpus.generate(n, 1);
        List<String> chosen = all.stream().map(a -> a.text().substring(0, a.text().indexOf(' '))).distinct().limit(places).toList();
        List<SyntheticCorpus.Article> picked = all.stream().filter(a -> chosen.contains(a.text().substring(0, a.text().indexOf(' ')))).toList();
        FamilyEngine engine = new FamilyEngine();
        org.stemma.index.CandidateIndex index = new org.stemma.index.CandidateIndex();
        List<AnalyzedDocument> done = picked.parallelStream().map(a -> Analyzer.analyze(Document.of(a.name(), "", a.text()))).toList();
        for (int i = 0; i < done.size(); i++) {
            engine.add(i, done.get(i));
            index.add(i, done.get(i));
        }
        engine.update(index, FamilyEngine.Progress.NONE);
        row("articles", picked.size() + " of places " + chosen);
        for (org.stemma.model.PairScore s : engine.scores()) {
            SyntheticCorpus.Article a = picked.get((int) s.a());
            SyntheticCorpus.Article b = picked.get((int) s.b());
            boolean same = a.family() >= 0 && a.family() == b.family();
            System.out.printf("%s\t%s\t%s-%s\tsim %.3f\tin %.3f/%.3f\tpassages %d\twords %d\tindex %.3f\t%s%n", same ? "SAME" : "DIFF",
                    s.related() ? "related" : "-", a.kind(), b.kind(), s.similarity(), s.aInB(), s.bInA(), s.passages(), s.sharedWords(),
                    index.shared(s.a(), s.b()), passageSimilarities(org.stemma.align.Aligner.compare(engine.document(s.a()), engine.document(s.b()))));
        }
        FamilyEngine seeds = new FamilyEngine();
        for (int i = 0; i < org.stemma.Seeds.ALL.length; i++) {
            seeds.add(i, org.stemma.Seeds.analyzed(org.stemma.Seeds.ALL[i]));
        }
        for (int[] pair : new int[][] {{0, 1}, {3, 4}, {0, 2}, {1, 2}, {2, 3}, {2, 4}, {0, 3}}) {
            System.out.printf("SEEDS\t%d-%d\t%s%n", pair[0], pair[1], passageSimilarities(
                    org.stemma.align.Aligner.compare(seeds.document(pair[0]), seeds.document(pair[1]))));
        }
    }

    /** The similarity of each matched passage, highest first. */
    private static String passageSimilarities(org.stemma.align.Comparison c) {
        return c.pairs().stream().filter(p -> p.kind().isMatch()).map(p -> p.similarity()).sorted(java.util.Comparator.reverseOrder())
                .map(x -> String.format("%.2f", x)).toList().toString();
    }

    /** The families with each article named by its place in the generated corpus (its file name), not its id in the project. */
    private static List<Family> byIndex(List<Family> families, CorpusSession session) {
        java.util.function.LongUnaryOperator index = id -> Long.parseLong(session.article(id).orElseThrow().name().replace(".txt", ""));
        List<Family> out = new ArrayList<>();
        for (Family f : families) {
            Map<Long, Double> shares = new HashMap<>();
            f.shares().forEach((m, v) -> shares.put(index.applyAsLong(m), v));
            out.add(new Family(f.id(), f.name(), f.members().stream().map(index::applyAsLong).sorted().toList(), shares,
                    f.root() == null ? null : index.applyAsLong(f.root()), f.edges().stream().map(e -> new org.stemma.model.DerivationEdge(
                    index.applyAsLong(e.from()), index.applyAsLong(e.to()), e.similarity(), e.fromInTo(), e.toInFrom(), e.directed(),
                    e.confidence(), e.evidence())).toList()));
        }
        return out;
    }

    /** Analysed on every core in chunks and added to the session, which stores each with its analysis. */
    private static void addAll(CorpusSession session, List<Document> docs) throws Exception {
        for (int from = 0; from < docs.size(); from += 256) {
            List<Document> chunk = docs.subList(from, Math.min(docs.size(), from + 256));
            List<AnalyzedDocument> done = chunk.parallelStream().map(Analyzer::analyze).toList();
            for (AnalyzedDocument a : done) {
                session.add(a.document(), SourceInfo.of(Path.of(a.document().name()), "text"), a);
            }
        }
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
        // Direction: a directed edge is right when its source is an ancestor of its copy in the generator's tree.
        int directed = 0;
        int right = 0;
        int undirected = 0;
        for (Family f : found) {
            for (org.stemma.model.DerivationEdge e : f.edges()) {
                if (!e.directed()) {
                    undirected++;
                    continue;
                }
                directed++;
                int at = (int) e.to();
                while (at >= 0 && at != e.from()) {
                    at = truth.get(at).source();
                }
                right += at == e.from() ? 1 : 0;
            }
        }
        row("edges: directed right / directed, undirected", String.format("%d / %d (%.3f), %d undirected", right, directed,
                directed == 0 ? 0 : (double) right / directed, undirected));
        // What joins the generator's families: the biggest merged families and the true families they hold.
        found.stream().filter(f -> f.members().stream().map(m -> truth.get(m.intValue()).family()).distinct().count() > 1)
                .sorted(java.util.Comparator.comparingInt(f -> -f.members().size())).limit(3).forEach(f -> row("merged family",
                        f.members().size() + " members from " + f.members().stream().map(m -> truth.get(m.intValue()).family()).distinct().count()
                                + " true families; kinds " + f.members().stream().collect(java.util.stream.Collectors.groupingBy(
                                m -> truth.get(m.intValue()).kind(), java.util.stream.Collectors.counting()))));
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
