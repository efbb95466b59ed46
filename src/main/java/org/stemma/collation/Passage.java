package org.stemma.collation;

import org.stemma.text.Span;

import java.util.List;

/**
 * A row of the collation: a base sentence, or a passage that only witnesses carry.
 *
 * @param baseSentence the base sentence's index in the base's sentence list, or -1 for a witness-only passage
 * @param after        for a witness-only passage, the base sentence it follows (-1: before the first)
 * @param cells        one per witness, in the collation's column order (the base first)
 * @param baseWords    the base sentence's words (empty for a witness-only passage)
 * @param changedBy    for each of {@code baseWords}, how many witnesses changed it or lack it
 */
public record Passage(int baseSentence, int after, List<Cell> cells, List<Span> baseWords, List<Integer> changedBy) {

    public Passage {
        cells = List.copyOf(cells);
        baseWords = List.copyOf(baseWords);
        changedBy = List.copyOf(changedBy);
    }

    public boolean inBase() {
        return baseSentence >= 0;
    }

    public Cell cell(int column) {
        return cells.get(column);
    }

    /**
     * How many witnesses (the base not counted) read this passage otherwise than the base: for a base
     * sentence, every cell not the same; for a witness-only passage, every witness that carries it.
     */
    public int divergent() {
        int n = 0;
        for (int i = 1; i < cells.size(); i++) {
            Cell.Kind k = cells.get(i).kind();
            n += inBase() ? (k == Cell.Kind.SAME ? 0 : 1) : (cells.get(i).hasText() ? 1 : 0);
        }
        return n;
    }
}
