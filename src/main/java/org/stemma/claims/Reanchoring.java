package org.stemma.claims;

import org.stemma.model.Anchor;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds an anchored passage in a new version of its article (decision record 0201). In order: the
 * passage where it was; the same passage elsewhere, told apart from its duplicates by its context; the
 * passage with small edits, searched near places where pieces of it and its context still occur. A
 * candidate is accepted only when its context still matches, so a look-alike sentence elsewhere is never
 * taken for the passage: the claim is detached instead.
 */
public final class Reanchoring {

    /** Mean similarity of prefix and suffix needed to accept a place: one side intact is enough. */
    static final double CONTEXT_MIN = 0.5;
    /** Similarity an edited passage must keep to its original wording (a changed word in a sentence). */
    static final double PASSAGE_MIN = 0.75;
    /** Longer passages are not searched approximately: the search grows with the square of the length. */
    static final int MAX_FUZZY = 5_000;

    private static final int SEED = 8;
    private static final int MAX_SEED_HITS = 20;
    private static final int MAX_REGIONS = 8;
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private record Candidate(int start, int end, double score) {
    }

    private Reanchoring() {
    }

    public static Relocation relocate(Anchor anchor, String text) {
        Candidate exact = exactMatch(anchor, text);
        if (exact != null) {
            Relocation.Kind kind = exact.start == anchor.start() ? Relocation.Kind.SAME : Relocation.Kind.MOVED;
            return new Relocation(kind, Anchor.in(text, exact.start, exact.end));
        }
        Candidate edited = anchor.exact().length() <= MAX_FUZZY ? approximateMatch(anchor, text) : null;
        if (edited != null) {
            return new Relocation(Relocation.Kind.EDITED, Anchor.in(text, edited.start, edited.end));
        }
        return Relocation.DETACHED;
    }

    /**
     * The verbatim occurrence whose context fits best, or {@code null} when none fits. A verbatim copy
     * in other surroundings is not taken, however long: a sentence a second speaker repeats is not the
     * claim made about the first.
     */
    private static Candidate exactMatch(Anchor anchor, String text) {
        String exact = anchor.exact();
        Candidate best = null;
        for (int hit = text.indexOf(exact); hit >= 0; hit = text.indexOf(exact, hit + 1)) {
            double context = contextScore(anchor, text, hit, hit + exact.length());
            if (context >= CONTEXT_MIN) {
                best = better(anchor, best, new Candidate(hit, hit + exact.length(), context));
            }
        }
        return best;
    }

    /** The best place where the passage occurs with few edits and its context still fits, or {@code null}. */
    private static Candidate approximateMatch(Anchor anchor, String text) {
        int m = anchor.exact().length();
        int maxEdits = (int) Math.floor(m * (1 - PASSAGE_MIN));
        if (maxEdits == 0) {
            return null;
        }
        Candidate best = null;
        for (int predicted : predictedStarts(anchor, text, maxEdits)) {
            int from = Math.max(0, predicted - 2 * maxEdits - SEED);
            int to = Math.min(text.length(), predicted + m + 2 * maxEdits + SEED);
            ApproximateSearch.Match match = ApproximateSearch.best(anchor.exact(), text, from, to);
            if (match.edits() > maxEdits || Anchor.problem(text, match.start(), match.end()) != null) {
                continue;
            }
            double context = contextScore(anchor, text, match.start(), match.end());
            if (context >= CONTEXT_MIN) {
                double score = context + 1 - match.edits() / (double) m;
                best = better(anchor, best, new Candidate(match.start(), match.end(), score));
            }
        }
        return best;
    }

    /**
     * Where the passage probably starts now: every short piece of context-and-passage that still occurs
     * (and is not common) votes for a start; nearby votes are pooled, most-voted regions first.
     */
    private static List<Integer> predictedStarts(Anchor anchor, String text, int maxEdits) {
        String whole = anchor.prefix() + anchor.exact() + anchor.suffix();
        List<Integer> votes = new ArrayList<>();
        for (int off = 0; off + SEED <= whole.length(); off += SEED) {
            String piece = whole.substring(off, off + SEED);
            List<Integer> hits = new ArrayList<>();
            for (int i = text.indexOf(piece); i >= 0 && hits.size() <= MAX_SEED_HITS; i = text.indexOf(piece, i + 1)) {
                hits.add(i - off + anchor.prefix().length());
            }
            if (hits.size() <= MAX_SEED_HITS) {
                votes.addAll(hits);
            }
        }
        votes.sort(null);
        List<int[]> regions = new ArrayList<>();
        for (int i = 0; i < votes.size(); ) {
            int j = i;
            while (j + 1 < votes.size() && votes.get(j + 1) - votes.get(j) <= maxEdits + SEED) {
                j++;
            }
            regions.add(new int[]{votes.get((i + j) / 2), j - i + 1});
            i = j + 1;
        }
        regions.sort((a, b) -> Integer.compare(b[1], a[1]));
        return regions.stream().limit(MAX_REGIONS).map(r -> r[0]).toList();
    }

    /** Mean similarity of the anchor's prefix and suffix to the text around {@code [start, end)}. */
    static double contextScore(Anchor anchor, String text, int start, int end) {
        String before = text.substring(Math.max(0, start - anchor.prefix().length()), start);
        String after = text.substring(end, Math.min(text.length(), end + anchor.suffix().length()));
        return (similarity(anchor.prefix(), before) + similarity(anchor.suffix(), after)) / 2;
    }

    private static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - LEVENSHTEIN.apply(a, b) / (double) longer;
    }

    /** The higher score wins; between equals, the place nearer to where the passage was. */
    private static Candidate better(Anchor anchor, Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        if (a.score != b.score) {
            return a.score > b.score ? a : b;
        }
        return Math.abs(a.start - anchor.start()) <= Math.abs(b.start - anchor.start()) ? a : b;
    }
}
