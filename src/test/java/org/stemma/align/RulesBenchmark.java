package org.stemma.align;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.model.EquivalentSpellings;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * What the difference rules cost the aligner (decision 1420): {@code Aligner.compare} on generated pairs
 * (org.stemma.align.LargePair) with the defaults and with every rule on (case and punctuation counted,
 * numbers as words, 50 groups of equivalent spellings). Prints a markdown table: median wall and CPU time
 * of five runs after two warm-ups. Run by bench/rules.sh.
 */
public final class RulesBenchmark {

    private RulesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> groups = new ArrayList<>(List.of("Kiev = Kyiv", "Astana = Nur-Sultan", "said = stated"));
        for (int i = groups.size(); i < 50; i++) {
            groups.add("place" + i + " = town" + i + " = old town" + i);
        }
        CompareOptions all = new CompareOptions(false, false, true, EquivalentSpellings.parse(String.join("\n", groups)));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("| pair | rules | wall ms (median of 5) | CPU ms |");
        System.out.println("|---|---|---:|---:|");
        for (int chars : new int[]{100_000, 1_000_000}) {
            LargePair.Texts t = LargePair.generate(chars);
            AnalyzedDocument l = Analyzer.analyze(Document.of("left", "", t.left()));
            AnalyzedDocument r = Analyzer.analyze(Document.of("right", "", t.right()));
            for (CompareOptions o : List.of(CompareOptions.DEFAULT, all)) {
                long[] wall = new long[5];
                long[] cpu = new long[5];
                for (int run = -2; run < 5; run++) {
                    long w0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    Aligner.compare(l, r, Aligner.Furniture.LEFT_OUT, o);
                    if (run >= 0) {
                        wall[run] = System.nanoTime() - w0;
                        cpu[run] = threads.getCurrentThreadCpuTime() - c0;
                    }
                }
                java.util.Arrays.sort(wall);
                java.util.Arrays.sort(cpu);
                System.out.printf("| %d KB | %s | %d | %d |%n", chars / 1000, o.isDefault() ? "defaults" : "all on",
                        wall[2] / 1_000_000, cpu[2] / 1_000_000);
            }
        }
    }
}
