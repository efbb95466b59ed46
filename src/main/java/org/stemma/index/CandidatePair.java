package org.stemma.index;

/** Two articles worth aligning, {@code a < b}, with their estimated share of text in common, 0..1. */
public record CandidatePair(long a, long b, double score) {
    public CandidatePair {
        if (a >= b) {
            throw new IllegalArgumentException("a pair is given as a < b, not " + a + ", " + b);
        }
    }
}
