package org.stemma.importing;

import org.stemma.text.SortedIds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Articles that are nearly the same text: most of the word 4-grams (shingles) of one appear in the
 * other. Similarity is the share of the shorter article's shingles found in the longer one, so an
 * article and a lightly edited or trimmed copy of it score near 1, and two articles on the same story in
 * different words score near 0. Words are compared in their comparison form, so a copy disguised with
 * look-alike letters still matches its source.
 *
 * <p>Remembered articles are indexed by a fixed sample of their shingles (one in eight, by hash), so a
 * new article is compared exactly only with those that share enough of the sample, not with all.
 */
public final class NearTwins<T> {

    /** From this similarity on, two articles are near twins. */
    public static final double THRESHOLD = 0.8;

    /** One shingle in this many is indexed. */
    private static final int SAMPLE = 8;
    /** The smallest shingles of an article are indexed too, so that short articles are never unindexed. */
    private static final int ALWAYS_INDEXED = 4;

    /** The nearest article found and how similar it is. */
    public record Match<T>(T article, double similarity) {
    }

    private record Entry<T>(T article, long[] shingles, int indexed) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();
    private final Map<Long, int[]> index = new HashMap<>();

    /** Similarity of two texts, from 0 (nothing shared) to 1 (one contains the other). */
    public static double similarity(String a, String b) {
        return similarity(Shingles.folded(a), Shingles.folded(b));
    }

    private static double similarity(long[] a, long[] b) {
        int smaller = Math.min(a.length, b.length);
        return smaller == 0 ? 0 : (double) SortedIds.shared(a, b) / smaller;
    }

    /** Remembers an article to compare later ones with. */
    public void add(T article, String text) {
        add(article, Shingles.folded(text));
    }

    /** Remembers an article by its {@link Shingles#folded} shingles. */
    void add(T article, long[] shingles) {
        int id = entries.size();
        int indexed = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i < ALWAYS_INDEXED || sampled(shingles[i])) {
                index.merge(shingles[i], new int[] {id}, NearTwins::append);
                indexed++;
            }
        }
        entries.add(new Entry<>(article, shingles, indexed));
    }

    /** The remembered article most similar to {@code text}, when it is a near twin. */
    public Optional<Match<T>> nearest(String text) {
        return nearest(Shingles.folded(text));
    }

    /** The remembered article most similar to one with these {@link Shingles#folded} shingles. */
    Optional<Match<T>> nearest(long[] shingles) {
        int[] hits = new int[entries.size()];
        for (long s : shingles) {
            int[] ids = index.get(s);
            if (ids != null) {
                for (int id : ids) {
                    hits[id]++;
                }
            }
        }
        Entry<T> best = null;
        double bestSimilarity = 0;
        for (int id = 0; id < hits.length; id++) {
            Entry<T> e = entries.get(id);
            // A near twin shares most of the smaller article, so most of that article's sample as well.
            double expected = Math.min(e.indexed(), Math.max(1, shingles.length / (double) SAMPLE));
            if (hits[id] == 0 || hits[id] < 0.4 * expected) {
                continue;
            }
            double s = similarity(shingles, e.shingles());
            if (s > bestSimilarity) {
                best = e;
                bestSimilarity = s;
            }
        }
        return best == null || bestSimilarity < THRESHOLD
                ? Optional.empty()
                : Optional.of(new Match<>(best.article(), bestSimilarity));
    }

    private static boolean sampled(long shingle) {
        return Math.floorMod(shingle, SAMPLE) == 0;
    }

    private static int[] append(int[] ids, int[] one) {
        int[] out = Arrays.copyOf(ids, ids.length + 1);
        out[ids.length] = one[0];
        return out;
    }
}
