package org.stemma.model;

import java.util.List;
import java.util.Map;

/**
 * Articles that share substantial text, with the graph of who copied whom.
 *
 * @param name    the headline of its earliest member, or of its most central one when dates are missing
 * @param members article ids, in ascending order
 * @param shares  for each member, the share of its article words found in at least one other member
 * @param root    the member every other descends from, or {@code null} when the evidence names none
 */
public record Family(int id, String name, List<Long> members, Map<Long, Double> shares, Long root,
                     List<DerivationEdge> edges) {
    public Family {
        members = List.copyOf(members);
        shares = Map.copyOf(shares);
        edges = List.copyOf(edges);
    }

    public Family withId(int newId) {
        return new Family(newId, name, members, shares, root, edges);
    }
}
