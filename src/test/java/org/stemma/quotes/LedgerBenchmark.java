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
            long[] c = new long[6];
            long[] t = new long[6];
            c[0] = cpu();
            t[0] = System.nanoTime();
            List<AnalyzedDocument> docs = articles.parallelStream()
                    .map(a -> Analyzer.analyze(Document.of(a.name(), "", a.text()))).toList();
            c[1] = cpu();
            t[1] = System.nanoTime();
            List<Ledger.Source> sources = IntStream.range(0, docs.size()).parallel()
                    .mapToObj(i -> Ledger.Source.of(i, docs.get(i))).toList();
            c[2] = cpu();
            t[2] = System.nanoTime();
            List<LedgerEntry> ledger = Ledger.build(sources);
            c[3] = cpu();
            t[3] = System.nanoTime();
            List<FactLedger.Source> factSources = IntStream.range(0, docs.size()).parallel()
                    .mapToObj(i -> FactLedger.Source.of(i, docs.get(i))).toList();
            c[4] = cpu();
            t[4] = System.nanoTime();
            List<FactGroup> facts = FactLedger.build(factSources);
            c[5] = cpu();
            t[5] = System.nanoTime();
            long quotations = sources.stream().mapToLong(s -> s.quotations().size()).sum();
            long shared = ledger.stream().filter(e -> e.articleCount() > 1).count();
            long altered = ledger.stream().filter(e -> e.has(LedgerEntry.Flag.ALTERED)).count();
            System.out.printf("round %d (wall / process CPU):%n", round + 1);
            System.out.printf("  analysis            %6.1f s / %6.1f s%n", sec(t[1] - t[0]), sec(c[1] - c[0]));
            System.out.printf("  quotations          %6.1f s / %6.1f s (%d found)%n", sec(t[2] - t[1]), sec(c[2] - c[1]), quotations);
            System.out.printf("  ledger              %6.1f s / %6.1f s (%d entries, %d in 2+ articles, %d altered)%n",
                    sec(t[3] - t[2]), sec(c[3] - c[2]), ledger.size(), shared, altered);
            System.out.printf("  facts of articles   %6.1f s / %6.1f s%n", sec(t[4] - t[3]), sec(c[4] - c[3]));
            System.out.printf("  shared facts        %6.1f s / %6.1f s (%d groups)%n", sec(t[5] - t[4]), sec(c[5] - c[4]), facts.size());
            System.out.printf("  quotations + ledger, given analysed articles: %.1f s / %.1f s%n",
                    sec(t[3] - t[1]), sec(c[3] - c[1]));
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
