package org.stemma.align;

import org.stemma.analysis.AnalyzedDocument;

import java.util.List;

/**
 * Two articles aligned. Scores count words of the article proper (furniture excluded).
 *
 * @param similarity  words in common over all words of both sides, 0..1
 * @param leftInRight how much of the left article is found in the right one, 0..1
 * @param rightInLeft how much of the right article is found in the left one, 0..1
 */
public record Comparison(AnalyzedDocument left, AnalyzedDocument right, List<AlignedPair> pairs,
                         double similarity, double leftInRight, double rightInLeft) {
    public Comparison {
        pairs = List.copyOf(pairs);
    }

    public long count(AlignedPair.Kind kind) {
        return pairs.stream().filter(p -> p.kind() == kind).count();
    }

    /** The same comparison with the sides exchanged. */
    public Comparison swapped() {
        return new Comparison(right, left, pairs.stream().map(AlignedPair::swapped).toList(),
                similarity, rightInLeft, leftInRight);
    }
}
