package org.stemma.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the postings of one query say about each slot: LSH buckets shared, rare-word weight, marks shared. */
final class Votes {

    private final boolean[] banded;
    private final double[] weight;
    private final int[] marks;
    private final List<Integer> weighed = new ArrayList<>();
    private final List<Integer> marked = new ArrayList<>();
    private final List<Integer> bucketed = new ArrayList<>();

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
                bucketed.add(t);
            }
        }
    }

    /** A word held by the articles of {@code list}, weighted by its inverse document frequency. */
    void words(Postings list, int corpusSize) {
        double idf = Math.log(1.0 + corpusSize / (double) list.size());
        for (int i = 0; i < list.size(); i++) {
            int t = list.get(i);
            if (weight[t] == 0) {
                weighed.add(t);
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
            if (marks[t]++ == 0) {
                marked.add(t);
            }
        }
    }

    /** Every slot in a shared bucket, and the {@code k} best by rare-word weight and by marks. */
    Set<Integer> pool(int k) {
        Set<Integer> pool = new HashSet<>(bucketed);
        weighed.sort((p, q) -> Double.compare(weight[q], weight[p]));
        pool.addAll(weighed.subList(0, Math.min(k, weighed.size())));
        marked.sort((p, q) -> Integer.compare(marks[q], marks[p]));
        pool.addAll(marked.subList(0, Math.min(k, marked.size())));
        return pool;
    }
}
