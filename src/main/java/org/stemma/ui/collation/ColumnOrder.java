package org.stemma.ui.collation;

import org.stemma.families.PublicationDate;
import org.stemma.model.DerivationEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order a collation's columns start in: with a stemma, its derivation order (each source followed by
 * its copies, depth first from the base, so a copy of a copy stands beside its own source); else, and for
 * witnesses the stemma does not reach, by date (undated last, then by label). The base is always first.
 */
final class ColumnOrder {

    /**
     * A collation column and what orders it.
     *
     * @param column the witness's column in the collation (0: the base)
     * @param id     the article's id in the family's edges, or -1 when there is no family
     */
    record Member(int column, long id, String date, String label) {
    }

    private ColumnOrder() {
    }

    /** The columns in display order, the base first; {@code edges} may be empty (no stemma). */
    static List<Integer> of(List<Member> members, List<DerivationEdge> edges) {
        Comparator<Member> byDate = Comparator.comparing((Member m) -> PublicationDate.parse(m.date()),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Member::label).thenComparingInt(Member::column);
        Map<Long, Member> byId = new HashMap<>();
        members.forEach(m -> byId.put(m.id(), m));
        Map<Long, List<Member>> copies = new HashMap<>();
        for (DerivationEdge e : edges) {
            if (e.directed() && byId.containsKey(e.from()) && byId.containsKey(e.to())) {
                copies.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(byId.get(e.to()));
            }
        }
        copies.values().forEach(list -> list.sort(byDate));
        List<Integer> order = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        Member base = members.stream().filter(m -> m.column() == 0).findFirst().orElseThrow();
        visit(base, copies, order, placed);
        List<Member> rest = new ArrayList<>(members);
        rest.sort(byDate);
        for (Member m : rest) {
            visit(m, copies, order, placed);
        }
        return order;
    }

    private static void visit(Member m, Map<Long, List<Member>> copies, List<Integer> order, Set<Integer> placed) {
        if (!placed.add(m.column())) {
            return;
        }
        order.add(m.column());
        if (m.id() >= 0) {
            for (Member copy : copies.getOrDefault(m.id(), List.of())) {
                visit(copy, copies, order, placed);
            }
        }
    }
}
