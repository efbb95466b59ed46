package org.stemma.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Myers' O(ND) difference algorithm over sequences of symbols (interned words). Generic over what the
 * symbols stand for, like java-diff-utils; it returns the hunks where the two sequences differ.
 */
public final class Diff {

    /** Left {@code [leftFrom, leftTo)} was replaced by right {@code [rightFrom, rightTo)}; one side may be empty. */
    public record Hunk(int leftFrom, int leftTo, int rightFrom, int rightTo) {
    }

    /**
     * Beyond this many differences the middle is reported as one replaced block: two passages that differ
     * this much are not a copy, and the bound keeps time and memory linear in the worst case.
     */
    static final int MAX_EDITS = 1000;

    private Diff() {
    }

    public static List<Hunk> diff(int[] a, int[] b) {
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        int n = a.length - prefix - suffix;
        int m = b.length - prefix - suffix;
        if (n == 0 && m == 0) {
            return List.of();
        }
        if (n == 0 || m == 0) {
            return List.of(new Hunk(prefix, prefix + n, prefix, prefix + m));
        }
        List<Hunk> hunks = myers(a, b, prefix, n, m);
        return hunks != null ? hunks : List.of(new Hunk(prefix, prefix + n, prefix, prefix + m));
    }

    /** The forward greedy search, keeping each round's furthest points to trace the path back. */
    private static List<Hunk> myers(int[] a, int[] b, int offset, int n, int m) {
        int max = Math.min(n + m, MAX_EDITS);
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            trace.add(Arrays.copyOfRange(v, max - d, max + d + 1)); // round d reads diagonals -d..d only
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[offset + x] == b[offset + y]) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(trace, n, m, offset);
                }
            }
        }
        return null;
    }

    private static List<Hunk> backtrack(List<int[]> trace, int n, int m, int offset) {
        boolean[] deleted = new boolean[n];
        boolean[] inserted = new boolean[m];
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] v = trace.get(d); // diagonal k at k + d
            int k = x - y;
            int prevK = (k == -d || (k != d && v[k - 1 + d] < v[k + 1 + d])) ? k + 1 : k - 1;
            int prevX = v[prevK + d];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
            }
            if (x == prevX) {
                inserted[--y] = true;
            } else {
                deleted[--x] = true;
            }
        }
        return hunks(deleted, inserted, offset);
    }

    /** Groups edits into hunks: maximal runs of deletions and insertions between equal symbols. */
    private static List<Hunk> hunks(boolean[] deleted, boolean[] inserted, int offset) {
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < deleted.length || j < inserted.length) {
            if (i < deleted.length && j < inserted.length && !deleted[i] && !inserted[j]) {
                i++;
                j++;
                continue;
            }
            int i0 = i;
            int j0 = j;
            while (i < deleted.length && deleted[i]) {
                i++;
            }
            while (j < inserted.length && inserted[j]) {
                j++;
            }
            hunks.add(new Hunk(offset + i0, offset + i, offset + j0, offset + j));
        }
        return Collections.unmodifiableList(hunks);
    }
}
