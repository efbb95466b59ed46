package org.stemma.families;

import org.stemma.align.AlignedPair;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.model.PairKey;
import org.stemma.model.PairScore;
import org.stemma.text.Sentence;
import org.stemma.text.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A {@link PairScore} from the aligner's comparison of two candidate articles. */
final class PairScoring {

    /** A passage that names or counts fewer things than this says nothing by its particulars. */
    private static final int PARTICULARS = 2;

    private PairScoring() {
    }

    static PairScore of(PairKey key, Comparison c) {
        int passages = (int) c.pairs().stream().filter(p -> p.kind().isMatch()).count();
        int close = (int) c.pairs().stream().filter(p -> p.kind().isMatch() && p.similarity() >= PairScore.CLOSE
                && !filledAfresh(c, p)).count();
        long sameA = Math.round(c.leftInRight() * articleWords(c.left()));
        long sameB = Math.round(c.rightInLeft() * articleWords(c.right()));
        return new PairScore(key.a(), key.b(), c.similarity(), c.leftInRight(), c.rightInLeft(),
                passages, (int) Math.min(sameA, sameB), close);
    }

    /**
     * Whether two passages are one sentence pattern filled in with other particulars ("Some 500 people were
     * affected in Almaty and Astana, the minister said" beside "Some 300 … in Almaty and Osh …"): each side
     * names or counts things, and fewer than half of them are in the other. A copy keeps most of its
     * source's names and figures even when it nudges a number; two stories of one place in one house
     * style share the place and little else (decision 1021).
     */
    static boolean filledAfresh(Comparison c, AlignedPair p) {
        Set<String> left = particulars(c.left(), p.leftSentences());
        Set<String> right = particulars(c.right(), p.rightSentences());
        if (left.size() < PARTICULARS || right.size() < PARTICULARS) {
            return false;
        }
        long kept = left.stream().filter(right::contains).count();
        return kept * 2 < Math.max(left.size(), right.size());
    }

    /**
     * The comparison forms of a passage's names and figures: words with a digit, and capitalised words
     * other than a sentence's first (which any word may be).
     */
    private static Set<String> particulars(AnalyzedDocument doc, List<Integer> sentences) {
        Set<String> out = new HashSet<>();
        String text = doc.text();
        for (int i : sentences) {
            List<Token> tokens = doc.sentences().get(i).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                boolean figure = token.form().chars().anyMatch(Character::isDigit);
                boolean name = t > 0 && Character.isUpperCase(text.codePointAt(token.start()));
                if (figure || name) {
                    out.add(token.form());
                }
            }
        }
        return out;
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
