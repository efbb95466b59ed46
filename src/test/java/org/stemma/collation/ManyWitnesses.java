package org.stemma.collation;

import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's source and its 50 copies (the last ten spun) as witnesses, for tests and benches elsewhere. */
public final class ManyWitnesses {

    private ManyWitnesses() {
    }

    /** The source first, then 50 copies of a {@code words}-word article. */
    public static List<Witness> of(int words, long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<String> source = CollationBenchmark.article(words, seed);
        List<Witness> all = new ArrayList<>();
        all.add(witness("source", source));
        for (int i = 1; i <= 50; i++) {
            all.add(witness("copy" + i, CollationBenchmark.copy(source, r, i > 40)));
        }
        return all;
    }

    private static Witness witness(String name, List<String> sentences) {
        return Witness.of(name, Analyzer.analyze(Document.of(name, name, CollationBenchmark.text(sentences))));
    }
}
