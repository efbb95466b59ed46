package org.stemma.index;

/**
 * An article likely to share text with the one asked about.
 *
 * @param score the estimated share of text in common, 0..1 (see {@link CandidateIndex})
 */
public record Candidate(long id, double score) {
}
