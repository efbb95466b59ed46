package org.stemma.collation;

import java.util.List;

/**
 * Witnesses collated against a base (decision 1300): rows are passages in the base's order, witness-only
 * passages between the base sentences they stand between; columns are witnesses, the base first.
 */
public record Collation(List<Witness> witnesses, List<Passage> passages) {

    public Collation {
        witnesses = List.copyOf(witnesses);
        passages = List.copyOf(passages);
    }

    public Witness base() {
        return witnesses.get(0);
    }

    /** The column of the witness with {@code id}, or -1. */
    public int column(String id) {
        for (int i = 0; i < witnesses.size(); i++) {
            if (witnesses.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The wording of a cell, as the witness has it. */
    public String text(Passage passage, int column) {
        return passage.cell(column).text();
    }
}
