package org.stemma.collation;

import org.stemma.align.AlignedPair;

import java.util.List;

/**
 * Which of a witness's passages stand in the base's order and which moved: the heaviest chain of pairs
 * whose witness positions rise with the base's (a longest increasing subsequence weighted by the passage's
 * length, so that one short sentence moved marks that sentence, not the long text around it).
 */
final class Moves {

    private Moves() {
    }

    /** For pairs in base order, whether each is in order in the witness; the others are moves. */
    static boolean[] inOrder(List<AlignedPair> pairs) {
        int n = pairs.size();
        long[] best = new long[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            int at = pairs.get(i).rightSentences().get(0);
            best[i] = weight(pairs.get(i));
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (pairs.get(j).rightSentences().get(0) < at && best[j] + weight(pairs.get(i)) > best[i]) {
                    best[i] = best[j] + weight(pairs.get(i));
                    previous[i] = j;
                }
            }
            if (end < 0 || best[i] > best[end]) {
                end = i;
            }
        }
        boolean[] in = new boolean[n];
        for (int i = end; i >= 0; i = previous[i]) {
            in[i] = true;
        }
        return in;
    }

    private static long weight(AlignedPair p) {
        return p.left().length() + 1L;
    }
}
