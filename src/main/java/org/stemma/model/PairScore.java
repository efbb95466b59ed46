package org.stemma.model;

/**
 * What the aligner found between two candidate articles (furniture excluded); made by
 * {@code families.PairScoring}, kept by the store.
 *
 * @param aInB        share of a's article words found in b
 * @param passages    aligned passages (sentence groups) found on both sides
 * @param sharedWords words in common, counted on the side that has fewer
 */
public record PairScore(long a, long b, double similarity, double aInB, double bInA, int passages, int sharedWords) {

    /** Fewest aligned passages for two articles to share text rather than a quotation or two. */
    public static final int MIN_PASSAGES = 3;
    public static final int MIN_SHARED_WORDS = 40;
    public static final double MIN_SIMILARITY = 0.08;
    public static final double MIN_CONTAINMENT = 0.15;


    public PairKey key() {
        return new PairKey(a, b);
    }

    /**
     * Whether the two share substantial text: several passages, enough words, and a real part of at least
     * one of them. One shared quotation or stock phrase aligns one passage, and so never makes a family.
     */
    public boolean related() {
        return passages >= MIN_PASSAGES && sharedWords >= MIN_SHARED_WORDS
                && (similarity >= MIN_SIMILARITY || Math.max(aInB, bInA) >= MIN_CONTAINMENT);
    }

    /** Share of {@code id}'s words found in the other. */
    public double contained(long id) {
        return id == a ? aInB : bInA;
    }

}
