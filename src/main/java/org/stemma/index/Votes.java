package org.stemma.index;

import org.stemma.text.SortedIds;

import java.util.Arrays;

/**
 * What the postings of one query say about each slot: LSH buckets shared, rare-word weight, marks shared.
 * Reusable ({@link #clear}), so that {@link CandidateIndex#pairs()} gathers every article's pool on one
 * set of arrays per thread.
 */
final class Votes {

    private final boolean[] banded;
    private final double[] weight;
    private final int[] marks;
    private int[] weighed = new int[64];
    private int weighedCount;
    private int[] marked = new int[64];
    private int markedCount;
    private int[] bucketed = new int[64];
    private int bucketedCount;

    Votes(int slots) {
        banded = new boolean[slots];
        weight = new double[slots];
        marks = new int[slots];
    }

    void band(Postings list) {
        for (int i = 0; i < list.size(); i++) {
            int t = list.get(i);
            if (!banded[t]) {
                banded[t] = true;
                bucketed = append(bucketed, bucketedCount++, t);
            }
        }
    }

    /** A word held by the articles of {@code list}, weighted by its inverse document frequency. */
    void words(Postings list, int corpusSize) {
        double idf = Math.log(1.0 + corpusSize / (double) list.size());
        for (int i = 0; i < list.size(); i++) {
            int t = list.get(i);
            if (weight[t] == 0) {
                weighed = append(weighed, weighedCount++, t);
            }
            weight[t] += idf;
        }
    }

    /** A mark, unless more than {@code cap} articles hold it. */
    void marks(IntMultimap byMark, int mark, int cap) {
        int n = byMark.count(mark);
        if (n == 0 || n > cap) {
            return;
        }
        for (int t : byMark.values(mark)) {
            mark(t);
        }
    }

    /** A mark held by the slots {@code slots[from..to)}. */
    void marks(int[] slots, int from, int to) {
        for (int i = from; i < to; i++) {
            mark(slots[i]);
        }
    }

    private void mark(int t) {
        if (marks[t]++ == 0) {
            marked = append(marked, markedCount++, t);
        }
    }

    /**
     * Every slot in a shared bucket, and the {@code k} best by rare-word weight and by marks (ties in the
     * order first voted for), sorted, each once.
     */
    int[] pool(int k) {
        int[] out = Arrays.copyOf(bucketed, bucketedCount + Math.min(k, weighedCount) + Math.min(k, markedCount));
        int n = bucketedCount;
        n = best(weighed, weighedCount, k, out, n, true);
        n = best(marked, markedCount, k, out, n, false);
        return SortedIds.of(out, n);
    }

    /** Forgets every vote. */
    void clear() {
        for (int i = 0; i < bucketedCount; i++) {
            banded[bucketed[i]] = false;
        }
        for (int i = 0; i < weighedCount; i++) {
            weight[weighed[i]] = 0;
        }
        for (int i = 0; i < markedCount; i++) {
            marks[marked[i]] = 0;
        }
        bucketedCount = 0;
        weighedCount = 0;
        markedCount = 0;
    }

    /**
     * Appends to {@code out} the {@code k} slots of {@code voted} with the most votes, ties in their
     * order in {@code voted} (as a stable sort would take them), without sorting all of them.
     */
    private int best(int[] voted, int count, int k, int[] out, int n, boolean byWeight) {
        if (count <= k) {
            System.arraycopy(voted, 0, out, n, count);
            return n + count;
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = byWeight ? weight[voted[i]] : marks[voted[i]];
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double threshold = sorted[count - k];
        int above = 0;
        for (double v : values) {
            above += v > threshold ? 1 : 0;
        }
        int atThreshold = k - above;
        for (int i = 0; i < count; i++) {
            if (values[i] > threshold || values[i] == threshold && atThreshold-- > 0) {
                out[n++] = voted[i];
            }
        }
        return n;
    }

    private static int[] append(int[] array, int at, int value) {
        int[] a = at == array.length ? Arrays.copyOf(array, at * 2) : array;
        a[at] = value;
        return a;
    }
}
