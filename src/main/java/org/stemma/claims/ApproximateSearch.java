package org.stemma.claims;

/**
 * Approximate substring search (Sellers' algorithm): the part of {@code text[from, to)} with the fewest
 * edits (insertions, deletions, substitutions) away from a pattern. Linear memory; time is pattern length
 * times window length, so callers keep the window small.
 */
final class ApproximateSearch {

    /** {@code text[start, end)} is {@code edits} edits away from the pattern. */
    record Match(int start, int end, int edits) {
    }

    private ApproximateSearch() {
    }

    static Match best(String pattern, String text, int from, int to) {
        int m = pattern.length();
        // cost[i]: fewest edits turning pattern[0, i) into some text ending at the current column;
        // origin[i]: where in the text that alignment begins.
        int[] cost = new int[m + 1];
        int[] origin = new int[m + 1];
        int[] nextCost = new int[m + 1];
        int[] nextOrigin = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            origin[i] = from;
        }
        Match best = new Match(from, from, m);
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            nextCost[0] = 0;
            nextOrigin[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int diagonal = cost[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                int skipText = cost[i] + 1;
                int skipPattern = nextCost[i - 1] + 1;
                if (diagonal <= skipText && diagonal <= skipPattern) {
                    nextCost[i] = diagonal;
                    nextOrigin[i] = origin[i - 1];
                } else if (skipText <= skipPattern) {
                    nextCost[i] = skipText;
                    nextOrigin[i] = origin[i];
                } else {
                    nextCost[i] = skipPattern;
                    nextOrigin[i] = nextOrigin[i - 1];
                }
            }
            if (nextCost[m] < best.edits()) {
                best = new Match(nextOrigin[m], j + 1, nextCost[m]);
            }
            int[] t = cost;
            cost = nextCost;
            nextCost = t;
            t = origin;
            origin = nextOrigin;
            nextOrigin = t;
        }
        return best;
    }
}
