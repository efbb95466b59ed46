package org.stemma.quotes;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * CPU that {@link QuotationFinder#find} alone takes per synthetic article (analysis done once beforehand),
 * averaged over the last rounds after warm-up. Run by bench/quotes.sh, before and after decision 1104.
 * Usage: QuotationCostBenchmark [ARTICLES] [ROUNDS]
 */
public final class QuotationCostBenchmark {

    private QuotationCostBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        List<AnalyzedDocument> docs = SyntheticCorpus.generate(count, 13L).stream()
                .map(a -> Analyzer.analyze(Document.of(a.name(), "", a.text()))).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int measured = rounds / 2;
        long cpu = 0;
        int found = 0;
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            found = 0;
            for (AnalyzedDocument d : docs) {
                found += QuotationFinder.find(d).size();
            }
            if (r >= rounds - measured) {
                cpu += threads.getCurrentThreadCpuTime() - start;
            }
        }
        System.out.printf("QuotationFinder on %d synthetic articles: %.3f ms CPU (user+sys) per article over the last %d"
                + " of %d rounds, %d quotations%n", count, cpu / 1e6 / measured / count, measured, rounds, found);
    }
}
