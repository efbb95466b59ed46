package org.stemma.quotes;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;
import org.stemma.facts.FactGroup;
import org.stemma.facts.FactLedger;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The quotation ledger and the shared facts of the synthetic 10,000-article corpus (session's generator):
 * analysis, quotation finding, ledger building and fact comparison timed apart, on all available cores.
 * Run by bench/ledger.sh with -XX:ActiveProcessorCount=2; not part of {@code mvn verify}.
 */
public final class LedgerBenchmark {

    private LedgerBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<SyntheticCorpus.Article> articles = SyntheticCorpus.generate(count, 13L);
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        System.out.printf("%d articles, %.1f MB of text, %d cores%n", count, chars / 1e6,
                Runtime.getRuntime().availableProcessors());
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        for (int round = 0; round < rounds; round++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            List<AnalyzedDocument> docs = articles.parallelStream()
                    .map(a -> Analyzer.analyze(Document.of(a.name(), "", a.text()))).toList();
            long t1 = System.nanoTime();
            List<Ledger.Source> sources = IntStream.range(0, docs.size()).parallel()
                    .mapToObj(i -> Ledger.Source.of(i, docs.get(i))).toList();
            long t2 = System.nanoTime();
            long c2 = cpu();
            List<LedgerEntry> ledger = Ledger.build(sources);
            long t3 = System.nanoTime();
            long c3 = cpu();
            List<FactLedger.Source> factSources = IntStream.range(0, docs.size()).parallel()
                    .mapToObj(i -> FactLedger.Source.of(i, docs.get(i))).toList();
            long t4 = System.nanoTime();
            List<FactGroup> facts = FactLedger.build(factSources);
            long t5 = System.nanoTime();
            long c5 = cpu();
            long quotations = sources.stream().mapToLong(s -> s.quotations().size()).sum();
            long shared = ledger.stream().filter(e -> e.articleCount() > 1).count();
            long altered = ledger.stream().filter(e -> e.has(LedgerEntry.Flag.ALTERED)).count();
            System.out.printf("round %d: analysis %.1f s; quotations %.1f s (%d found); ledger %.1f s (%d entries, "
                            + "%d in 2+ articles, %d altered); quotations+ledger %.1f s; facts %.1f s + shared facts %.1f s (%d groups)%n",
                    round + 1, sec(t1 - t0), sec(t2 - t1), quotations, sec(t3 - t2), ledger.size(), shared, altered,
                    sec(t3 - t1), sec(t4 - t3), sec(t5 - t4), facts.size());
            System.out.printf("  process CPU: analysis+quotations %.1f s, ledger %.1f s, facts %.1f s (wall/CPU tells how"
                    + " loaded the machine was)%n", sec(c2 - c0), sec(c3 - c2), sec(c5 - c3));
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }
}
