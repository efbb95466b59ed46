package org.stemma.collation;

import eu.interedition.collatex.CollationAlgorithm;
import eu.interedition.collatex.CollationAlgorithmFactory;
import eu.interedition.collatex.Token;
import eu.interedition.collatex.VariantGraph;
import eu.interedition.collatex.matching.EqualityTokenComparator;
import eu.interedition.collatex.simple.SimpleToken;
import eu.interedition.collatex.simple.SimpleWitness;
import org.stemma.align.Change;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CollateX 1.7.1 (Dekker algorithm, its default, with exact token matching after its own normaliser:
 * lower case, trimmed) as the peer of {@link CollationBenchmark} on the same witnesses (bench/collate.sh
 * runs both). Dekker takes every witness in one call; a CPU-time budget stops it when it runs too long. For each copy it counts the base's tokens that share a graph vertex with one of the
 * copy's tokens (aligned), and reports the mean for the 40 plain and the 10 spun copies; Stemma's figure
 * is the share of base words in passages the copy carries that no edit of the copy touched.
 * Usage: CollatexPeerBenchmark [WORDS [BUDGET_SECONDS [COPIES]]] (defaults 5000 words, 600 s of CollateX's CPU time, 50
 * copies; fewer copies take half plain, half spun).
 */
public final class CollatexPeerBenchmark {

    private CollatexPeerBenchmark() {
    }

    public static void main(String[] args) {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        double budget = args.length > 1 ? Double.parseDouble(args[1]) : 600;
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        java.util.Random random = new java.util.Random(5000);
        List<List<String>> texts = new ArrayList<>();
        texts.add(CollationBenchmark.article(words, 5000));
        for (int i = 0; i < 50; i++) {
            texts.add(CollationBenchmark.copy(texts.get(0), random, i >= 40));
        }
        // Fewer copies: the first plain ones and spun ones (numbered 41 on), half and half up to ten spun.
        int spunCopies = Math.min(10, copies / 2);
        List<List<String>> chosen = new ArrayList<>(texts.subList(0, 1 + copies - spunCopies));
        chosen.addAll(texts.subList(41, 41 + spunCopies));
        int spunFrom = 1 + copies - spunCopies;
        texts = chosen;
        List<SimpleWitness> witnesses = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            witnesses.add(new SimpleWitness(i == 0 ? "source" : "copy" + i, CollationBenchmark.text(texts.get(i))));
        }
        System.out.printf("CollateX 1.7.1, Dekker: %d witnesses (%d spun) of %d base tokens%n", witnesses.size(), texts.size() - spunFrom,
                witnesses.get(0).getTokens().size());
        CollationAlgorithm dekker = CollationAlgorithmFactory.dekker(new EqualityTokenComparator());
        VariantGraph graph = new VariantGraph();
        long cpu = cpu();
        long wall = System.nanoTime();
        // Dekker takes all witnesses at once (it refuses progressive calls): its thread is stopped when its
        // CPU time passes the budget (CPU, not wall time: on a loaded machine the wall clock mostly waits).
        Thread run = new Thread(() -> dekker.collate(graph, witnesses), "collatex");
        run.setDaemon(true);
        run.start();
        var threads = ManagementFactory.getThreadMXBean();
        try {
            while (run.isAlive() && threads.getThreadCpuTime(run.getId()) < budget * 1e9) {
                run.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf("CollateX: wall %.1f s, CPU %.1f s%s%n", (System.nanoTime() - wall) / 1e9, (cpu() - cpu) / 1e9,
                run.isAlive() ? " — not finished within the budget; stopped" : "");
        if (run.isAlive()) {
            stemma(texts, spunFrom);
            System.exit(0);
        }
        int added = witnesses.size();
        Set<Token> base = new HashSet<>(witnesses.get(0).getTokens());
        double[] plain = new double[2];
        double[] spun = new double[2];
        int plainN = 0;
        int spunN = 0;
        for (int i = 1; i < added; i++) {
            Set<Token> mine = new HashSet<>(witnesses.get(i).getTokens());
            int shared = 0;
            int transposed = 0;
            for (VariantGraph.Vertex v : graph.vertices()) {
                int here = (int) v.tokens().stream().filter(base::contains).count();
                if (here == 0) {
                    continue;
                }
                if (v.tokens().stream().anyMatch(mine::contains)) {
                    shared += here;
                } else if (v.transpositions().stream().flatMap(Set::stream)
                        .anyMatch(t -> t.tokens().stream().anyMatch(mine::contains))) {
                    transposed += here;
                }
            }
            double[] into = i >= spunFrom ? spun : plain;
            into[0] += (double) shared / base.size();
            into[1] += (double) (shared + transposed) / base.size();
            if (i >= spunFrom) {
                spunN++;
            } else {
                plainN++;
            }
        }
        System.out.printf("CollateX: base tokens in one vertex with the copy's: plain copies %.3f (%d), spun copies %.3f (%d); "
                        + "counting transposed vertices too: plain %.3f, spun %.3f%n",
                plain[0] / Math.max(1, plainN), plainN, spun[0] / Math.max(1, spunN), spunN,
                plain[1] / Math.max(1, plainN), spun[1] / Math.max(1, spunN));
        alignmentTable(graph, witnesses, spunFrom);
        stemma(texts, spunFrom);
        SimpleToken first = (SimpleToken) witnesses.get(0).getTokens().get(0);
        System.out.println("(CollateX's first base token: \"" + first.getNormalized() + "\")");
    }

    /**
     * The same question asked of CollateX's own alignment table (its ranking of the graph, one row a rank):
     * the share of the base's tokens in a row where the copy has a token of the same normalised form.
     */
    private static void alignmentTable(VariantGraph graph, List<SimpleWitness> witnesses, int spunFrom) {
        List<java.util.SortedMap<eu.interedition.collatex.Witness, Set<Token>>> table =
                eu.interedition.collatex.util.VariantGraphRanking.of(graph).asTable();
        SimpleWitness base = witnesses.get(0);
        double plain = 0;
        double spun = 0;
        for (int i = 1; i < witnesses.size(); i++) {
            SimpleWitness copy = witnesses.get(i);
            int same = 0;
            for (var row : table) {
                Set<Token> mine = row.getOrDefault(base, Set.of());
                Set<String> theirs = new HashSet<>();
                row.getOrDefault(copy, Set.of()).forEach(t -> theirs.add(((SimpleToken) t).getNormalized()));
                same += (int) mine.stream().filter(t -> theirs.contains(((SimpleToken) t).getNormalized())).count();
            }
            double share = (double) same / base.getTokens().size();
            if (i >= spunFrom) {
                spun += share;
            } else {
                plain += share;
            }
        }
        int spunN = witnesses.size() - spunFrom;
        int plainN = spunFrom - 1;
        System.out.printf("CollateX's alignment table (%d ranks): base tokens in a row with the same word of the copy: "
                        + "plain copies %.3f (%d), spun copies %.3f (%d)%n", table.size(),
                plain / Math.max(1, plainN), plainN, spun / Math.max(1, spunN), spunN);
    }

    private static void stemma(List<List<String>> texts, int spunFrom) {
        List<Witness> all = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String name = i == 0 ? "source" : "copy" + i;
            all.add(Witness.of(name, org.stemma.analysis.Analyzer.analyze(
                    org.stemma.corpus.Document.of(name, name, CollationBenchmark.text(texts.get(i))))));
        }
        long cpu = cpu();
        long wall = System.nanoTime();
        Collation c = Collator.collate(all.get(0), all.subList(1, all.size()));
        System.out.printf("Stemma (cold JIT, same JVM): wall %.1f s, CPU %.1f s%n", (System.nanoTime() - wall) / 1e9,
                (cpu() - cpu) / 1e9);
        double plain = 0;
        double spun = 0;
        int total = c.passages().stream().filter(Passage::inBase).mapToInt(p -> p.baseWords().size()).sum();
        for (int w = 1; w < c.witnesses().size(); w++) {
            int kept = 0;
            Cell reading = null;
            for (Passage p : c.passages()) {
                if (!p.inBase()) {
                    continue;
                }
                Cell cell = p.cell(w);
                reading = cell.kind() == Cell.Kind.JOINED ? reading : cell;
                if (reading == null || reading.kind() == Cell.Kind.ABSENT) {
                    continue;
                }
                for (var word : p.baseWords()) {
                    boolean edited = false;
                    for (Change e : reading.edits()) {
                        edited |= e.leftWords().stream().anyMatch(word::overlaps);
                    }
                    kept += edited ? 0 : 1;
                }
            }
            if (w >= spunFrom) {
                spun += (double) kept / total;
            } else {
                plain += (double) kept / total;
            }
        }
        int spunN = texts.size() - spunFrom;
        System.out.printf("Stemma: base words aligned and unchanged in the copy: plain copies %.3f (%d), spun copies %.3f (%d)%n",
                plain / (spunFrom - 1), spunFrom - 1, spun / spunN, spunN);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
