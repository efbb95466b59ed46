package org.stemma.model;

/**
 * What the aligner found between two candidate articles (furniture excluded); made by
 * {@code families.PairScoring}, kept by the store.
 *
 * @param aInB        share of a's article words found in b
 * @param passages    aligned passages (sentence groups) found on both sides
 * @param sharedWords words in common, counted on the side that has fewer
 * @param close       aligned passages that read nearly alike (similarity at least {@link #CLOSE}): a
 *                    sentence copied, not one built on the same pattern
 */
public record PairScore(long a, long b, double similarity, double aInB, double bInA, int passages, int sharedWords,
                        int close) {

    /** Fewest aligned passages for two articles to share text rather than a quotation or two. */
    public static final int MIN_PASSAGES = 3;
    public static final int MIN_SHARED_WORDS = 40;
    public static final double MIN_SIMILARITY = 0.08;
    public static final double MIN_CONTAINMENT = 0.15;
    /**
     * Fewest passages that read nearly alike. Articles of one topic and place written in one house style
     * align sentences of the same pattern ("Some 40 people were affected in X, the minister said"),
     * which share two thirds of their words; copied sentences, even spun, share more (decision 1003).
     */
    public static final int MIN_CLOSE = 2;
    public static final double CLOSE = 0.75;


    public PairKey key() {
        return new PairKey(a, b);
    }

    /**
     * Whether the two share substantial text: several passages, some of them copied nearly word for
     * word, enough words, and a real part of at least one of them. One shared quotation or stock phrase
     * aligns one passage, and so never makes a family; sentences of one pattern are not copied text.
     */
    public boolean related() {
        return passages >= MIN_PASSAGES && close >= MIN_CLOSE && sharedWords >= MIN_SHARED_WORDS
                && (similarity >= MIN_SIMILARITY || Math.max(aInB, bInA) >= MIN_CONTAINMENT);
    }

    /** Share of {@code id}'s words found in the other. */
    public double contained(long id) {
        return id == a ? aInB : bInA;
    }

}
