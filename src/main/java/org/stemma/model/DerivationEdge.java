package org.stemma.model;

import java.util.List;

/**
 * An edge of a family's derivation graph: {@code from} is the likely source of {@code to} when
 * {@code directed}; otherwise the two are related and the evidence does not say which came first.
 *
 * @param fromInTo   share of the source's words found in the copy
 * @param toInFrom   share of the copy's words found in the source
 * @param confidence how likely the stated direction is, 0.5 (no idea) to 1; for an undirected edge the
 *                   likelihood of the more likely direction, too low to state it
 * @param evidence   the reasons, in words
 */
public record DerivationEdge(long from, long to, double similarity, double fromInTo, double toInFrom,
                             boolean directed, double confidence, List<String> evidence) {
    public DerivationEdge {
        evidence = List.copyOf(evidence);
    }
}
