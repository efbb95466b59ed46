package org.stemma.findings;

import org.stemma.text.SortedIds;
import org.stemma.text.Token;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which lines of a page repeat others, the first signal of furniture ({@link BoilerplateDetector}). */
final class RepeatedLines {

    private RepeatedLines() {
    }

    /**
     * Lines repeated in the page: a later copy of the headline, and any line whose word triples recur in
     * later lines (a teaser, a synopsis, a pull quote). The last copy is kept as the article's.
     */
    static boolean[] of(List<List<Token>> tokens) {
        int n = tokens.size();
        boolean[] repeated = new boolean[n];
        Shingles shingles = new Shingles();
        BitSet title = new BitSet();
        if (n > 0) {
            for (int s : shingles.of(tokens.get(0))) {
                title.set(s);
            }
        }
        Map<String, Integer> shortLines = new HashMap<>();
        for (List<Token> line : tokens) {
            if (line.size() <= 6) {
                shortLines.merge(key(line), 1, Integer::sum);
            }
        }
        BitSet later = new BitSet();
        for (int p = n - 1; p >= 1; p--) {
            List<Token> line = tokens.get(p);
            if (line.isEmpty()) {
                continue;
            }
            int[] own = shingles.of(line);
            boolean shortRepeat = line.size() <= 6 && shortLines.get(key(line)) > 1;
            repeated[p] = shortRepeat || containedIn(own, later) || containedIn(own, title);
            for (int s : own) {
                later.set(s);
            }
        }
        return repeated;
    }

    private static boolean containedIn(int[] own, BitSet other) {
        if (own.length == 0) {
            return false;
        }
        int found = 0;
        for (int s : own) {
            if (other.get(s)) {
                found++;
            }
        }
        return found >= 0.75 * own.length;
    }

    private static String key(List<Token> line) {
        StringBuilder sb = new StringBuilder();
        for (Token t : line) {
            sb.append(t.form()).append(' ');
        }
        return sb.toString();
    }

    /**
     * The shingles of lines, numbered, so that lines compare by int rather than by a string built for
     * every word triple (which cost more than the rest of the detector): words get ids, pairs of word ids
     * get ids, and a triple is a pair id and a word id.
     */
    private static final class Shingles {
        /** High halves of the keys of one- and two-word lines, which no pair id (never negative) makes. */
        private static final long ONE_WORD = -1L << 32;
        private static final long TWO_WORDS = -2L << 32;
        private final Map<String, Integer> words = new HashMap<>();
        private final LongIds pairs = new LongIds();
        private final LongIds shingles = new LongIds();

        /** A line's distinct word triples; a line of fewer than three words is one "shingle" of itself. */
        int[] of(List<Token> line) {
            int[] w = new int[line.size()];
            for (int i = 0; i < w.length; i++) {
                Integer id = words.get(line.get(i).form());
                if (id == null) {
                    id = words.size();
                    words.put(line.get(i).form(), id);
                }
                w[i] = id;
            }
            if (w.length < 3) {
                return w.length == 0 ? w
                        : new int[]{shingles.id(w.length == 1 ? ONE_WORD | w[0] : TWO_WORDS | pair(w[0], w[1]))};
            }
            int[] out = new int[w.length - 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = shingles.id((long) pair(w[i], w[i + 1]) << 32 | w[i + 2]);
            }
            return SortedIds.of(out);
        }

        private int pair(int a, int b) {
            return pairs.id((long) a << 32 | b);
        }
    }
}
