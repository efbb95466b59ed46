package org.stemma.collation;

import org.stemma.analysis.Analyzer;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * 50 witnesses of a 5,000-word article collated against it (bench/collate.sh, BENCHMARKS.md): the copies
 * reword, drop, add and move sentences, and ten are spun with Cyrillic look-alikes. Prints wall and CPU
 * time of the collation alone (the articles analysed beforehand, as a session holds them).
 */
public final class CollationBenchmark {

    private static final String[] SUBJECTS = {"The minister", "A spokesman for the ministry", "The regional governor",
            "Local officials", "The opposition leader", "Investigators", "The central bank", "Energy companies",
            "Farmers in the north", "The city council", "Prosecutors", "The defence ministry", "Aid agencies",
            "Economists at the university", "The union", "Residents of the capital", "The prime minister's office"};

    private CollationBenchmark() {
    }

    /** The sentences of the synthetic corpus's original articles, one after another, to {@code words} words. */
    static List<String> article(int words, long seed) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (SyntheticCorpus.Article a : SyntheticCorpus.generate(400, seed)) {
            if (a.kind() != SyntheticCorpus.Kind.ORIGINAL) {
                continue;
            }
            for (String s : a.text().split("(?<=[.!?])\\s+")) {
                if (n >= words) {
                    return out;
                }
                String one = s.strip().replaceAll("\\s+", " ");
                out.add(one);
                n += one.split(" ").length;
            }
        }
        return out;
    }

    static List<String> copy(List<String> source, Random r, boolean spun) {
        List<String> out = new ArrayList<>();
        for (String s : source) {
            double x = r.nextDouble();
            if (x < 0.02) {
                continue;
            }
            String t = x < 0.08 ? s.replaceFirst(" (said|says|told|has|was) ", " stated ") : s;
            t = x > 0.99 ? t.replaceFirst("\\d+", String.valueOf(1 + r.nextInt(99))) : t;
            out.add(spun ? spin(t, r) : t);
            if (r.nextDouble() < 0.01) {
                out.add("This story has been updated with comments from " + pick(r, SUBJECTS).toLowerCase() + ".");
            }
        }
        out.add(out.remove(r.nextInt(out.size() / 2)));
        return out;
    }

    private static String spin(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if ((c == 'a' || c == 'e' || c == 'o') && r.nextDouble() < 0.3) {
                b.setCharAt(i, c == 'a' ? '\u0430' : c == 'e' ? '\u0435' : '\u043E');
            }
        }
        return b.toString();
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    static String text(List<String> sentences) {
        StringBuilder b = new StringBuilder("Officials weigh the cost of the winter crisis\n\n");
        for (int i = 0; i < sentences.size(); i++) {
            b.append(sentences.get(i)).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return b.toString().strip() + "\n";
    }

    /** The source's sentences and the 50 copies' (the last ten spun). */
    static List<List<String>> witnesses(long seed) {
        Random r = new Random(seed);
        List<List<String>> out = new ArrayList<>();
        List<String> source = article(5000, seed);
        out.add(source);
        for (int i = 0; i < 50; i++) {
            out.add(copy(source, r, i >= 40));
        }
        return out;
    }

    public static void main(String[] args) {
        List<List<String>> texts = witnesses(5000);
        List<Witness> all = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String name = i == 0 ? "source" : "copy" + i;
            all.add(Witness.of(name, Analyzer.analyze(Document.of(name, name, text(texts.get(i))))));
        }
        System.out.println("base words: " + all.get(0).document().sentences().stream().mapToInt(s -> s.tokens().size()).sum());
        for (int round = 0; round < 6; round++) {
            long cpu = totalCpu();
            long start = System.nanoTime();
            Collation c = Collator.collate(all.get(0), all.subList(1, all.size()));
            long wall = System.nanoTime() - start;
            long used = totalCpu() - cpu;
            long moved = c.passages().stream().flatMap(p -> p.cells().stream()).filter(x -> x.kind() == Cell.Kind.MOVED).count();
            long spunSame = c.passages().stream().filter(Passage::inBase).filter(p -> p.cells().subList(41, 51).stream()
                    .allMatch(x -> x.kind() != Cell.Kind.ABSENT)).count();
            System.out.printf("round %d: wall %d ms, CPU %d ms, %d rows, %d moved cells, %d of %d base rows found in all 10 spun copies%n",
                    round, wall / 1_000_000, used / 1_000_000, c.passages().size(), moved, spunSame,
                    c.passages().stream().filter(Passage::inBase).count());
        }
    }

    /** CPU time of the whole process (all threads, the JIT and GC included), in ns. */
    private static long totalCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
