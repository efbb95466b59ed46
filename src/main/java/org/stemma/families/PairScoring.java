package org.stemma.families;

import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.model.PairKey;
import org.stemma.model.PairScore;
import org.stemma.text.Sentence;

/** A {@link PairScore} from the aligner's comparison of two candidate articles. */
final class PairScoring {

    private PairScoring() {
    }

    static PairScore of(PairKey key, Comparison c) {
        int passages = (int) c.pairs().stream().filter(p -> p.kind().isMatch()).count();
        int close = (int) c.pairs().stream().filter(p -> p.kind().isMatch() && p.similarity() >= PairScore.CLOSE).count();
        long sameA = Math.round(c.leftInRight() * articleWords(c.left()));
        long sameB = Math.round(c.rightInLeft() * articleWords(c.right()));
        return new PairScore(key.a(), key.b(), c.similarity(), c.leftInRight(), c.rightInLeft(),
                passages, (int) Math.min(sameA, sameB), close);
    }

    /** The article's words outside page furniture. */
    static long articleWords(AnalyzedDocument doc) {
        long n = 0;
        for (Sentence s : doc.sentences()) {
            if (!s.boilerplate()) {
                n += s.tokens().size();
            }
        }
        return n;
    }
}
