package org.stemma.ui.collation;

import org.junit.jupiter.api.Test;
import org.stemma.model.DerivationEdge;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The columns' first order: down the stemma from the base, each copy beside its source; else by date. */
class ColumnOrderTest {

    private static DerivationEdge edge(long from, long to, boolean directed) {
        return new DerivationEdge(from, to, 0.9, 0.9, 0.9, directed, directed ? 0.9 : 0.5, List.of());
    }

    private static final List<ColumnOrder.Member> MEMBERS = List.of(
            new ColumnOrder.Member(0, 10, "2024-03-01", "Source"),
            new ColumnOrder.Member(1, 11, "2024-03-05", "Late copy"),
            new ColumnOrder.Member(2, 12, "2024-03-02", "Early copy"),
            new ColumnOrder.Member(3, 13, "2024-03-03", "Copy of the early copy"),
            new ColumnOrder.Member(4, 14, null, "Undated"));

    @Test
    void derivationOrderPutsEachCopyAfterItsSource() {
        List<DerivationEdge> edges = List.of(edge(10, 11, true), edge(10, 12, true), edge(11, 13, true),
                edge(11, 14, false));
        assertEquals(List.of(0, 2, 1, 3, 4), ColumnOrder.of(MEMBERS, edges),
                "13 was copied from the late copy, so it follows it although it is dated earlier");
    }

    @Test
    void withoutAStemmaByDateUndatedLast() {
        assertEquals(List.of(0, 2, 3, 1, 4), ColumnOrder.of(MEMBERS.stream()
                .map(m -> new ColumnOrder.Member(m.column(), -1, m.date(), m.label())).toList(), List.of()));
        List<ColumnOrder.Member> reversed = List.of(MEMBERS.get(0), MEMBERS.get(4), MEMBERS.get(3), MEMBERS.get(1), MEMBERS.get(2));
        assertEquals(List.of(0, 2, 3, 1, 4), ColumnOrder.of(reversed, List.of()));
    }
}
