package org.stemma.collation;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The same collation read by the witnesses at {@code columns} only, in that order (the base, column 0,
     * must come first): as the analyst arranged the window's view for an export. Witness-only rows no chosen
     * witness carries are left out, and the heat counts the chosen witnesses alone.
     */
    public Collation columns(List<Integer> columns) {
        if (columns.isEmpty() || columns.get(0) != 0) {
            throw new IllegalArgumentException("the base must be the first column: " + columns);
        }
        List<Witness> chosen = columns.stream().map(witnesses::get).toList();
        List<Passage> rows = new ArrayList<>();
        Cell[] reading = new Cell[witnesses.size()];
        for (Passage p : passages) {
            List<Cell> cells = columns.stream().map(p::cell).toList();
            if (!p.inBase()) {
                if (cells.stream().anyMatch(Cell::hasText)) {
                    rows.add(new Passage(p.baseSentence(), p.after(), cells, List.of(), List.of()));
                }
                continue;
            }
            int[] heat = new int[p.baseWords().size()];
            for (int c : columns.subList(1, columns.size())) {
                Cell cell = p.cell(c);
                if (cell.kind() != Cell.Kind.JOINED) {
                    reading[c] = cell;
                }
                if (cell.kind() == Cell.Kind.ABSENT) {
                    Arrays.setAll(heat, i -> heat[i] + 1);
                } else if (reading[c] != null) {
                    Collator.count(p.baseWords(), reading[c].changes(), heat);
                }
            }
            rows.add(new Passage(p.baseSentence(), p.after(), cells, p.baseWords(), Arrays.stream(heat).boxed().toList()));
        }
        return new Collation(chosen, rows);
    }
}
