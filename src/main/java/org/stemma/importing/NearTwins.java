package org.stemma.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Articles that are nearly the same text: most of the word 4-grams (shingles) of one appear in the
 * other. Similarity is the share of the shorter article's shingles found in the longer one, so an
 * article and a lightly edited or trimmed copy of it score near 1, and two articles on the same story in
 * different words score near 0. Words are compared in their comparison form, so a copy disguised with
 * look-alike letters still matches its source.
 */
public final class NearTwins<T> {

    /** From this similarity on, two articles are near twins. */
    public static final double THRESHOLD = 0.8;

    /** The nearest article found and how similar it is. */
    public record Match<T>(T article, double similarity) {
    }

    private record Entry<T>(T article, long[] shingles) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();

    /** Similarity of two texts, from 0 (nothing shared) to 1 (one contains the other). */
    public static double similarity(String a, String b) {
        return similarity(Shingles.folded(a), Shingles.folded(b));
    }

    private static double similarity(long[] a, long[] b) {
        int smaller = Math.min(a.length, b.length);
        return smaller == 0 ? 0 : (double) Shingles.shared(a, b) / smaller;
    }

    /** Remembers an article to compare later ones with. */
    public void add(T article, String text) {
        entries.add(new Entry<>(article, Shingles.folded(text)));
    }

    /** The remembered article most similar to {@code text}, when it is a near twin. */
    public Optional<Match<T>> nearest(String text) {
        long[] shingles = Shingles.folded(text);
        Entry<T> best = null;
        double bestSimilarity = 0;
        for (Entry<T> e : entries) {
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
}
