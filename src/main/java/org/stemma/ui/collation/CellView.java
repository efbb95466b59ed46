package org.stemma.ui.collation;

import org.stemma.align.Change;
import org.stemma.collation.Cell;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * What one cell of the collation view shows: the witness's wording with its marked words, and a note for
 * the cells that say where the wording went (moved, joined).
 *
 * @param marks      stretches of {@code text} to highlight, in order; one with {@code start == end} marks
 *                   where the witness left words of the base out
 * @param divergence how far the cell departs from the base, 0 (same) to 1, for the narrow strip
 */
public record CellView(Cell.Kind kind, String text, List<Mark> marks, String note, double divergence) {

    /**
     * @param shade for a base word, the share of witnesses that changed or lack it; 1 for a witness's changed word
     */
    public record Mark(int start, int end, double shade) {
        public boolean omission() {
            return start == end;
        }
    }

    public CellView {
        marks = List.copyOf(marks);
    }

    public boolean blank() {
        return kind == Cell.Kind.ABSENT;
    }

    /**
     * The base's cell: each word some witness changed, shaded by how many of {@code others} did. Witnesses
     * lacking the whole passage ({@code absent}; the engine counts them on every word) are left out of the
     * shade: the row's heat and their blank cells say it, and a shade on every word would hide the changes.
     */
    static CellView base(Cell cell, List<Span> words, List<Integer> changedBy, int absent, int others) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int changed = changedBy.get(i) - absent;
            if (changed > 0 && others > 0) {
                marks.add(new Mark(words.get(i).start() - cell.span().start(), words.get(i).end() - cell.span().start(),
                        Math.min(1, (double) changed / others)));
            }
        }
        return new CellView(cell.kind(), cell.text(), marks, "", 0);
    }

    /** A witness's cell: the words its edits changed are marked, an omission where it left words out. */
    static CellView witness(Cell cell) {
        return switch (cell.kind()) {
            case ABSENT -> new CellView(cell.kind(), "", List.of(), "Not in this witness", 1);
            case JOINED -> new CellView(cell.kind(), "", List.of(), "Merged into its sentence in the row above", 0.1);
            case ADDED -> new CellView(cell.kind(), cell.text(), List.of(), "Only in the witnesses, not in the base", 1);
            default -> changed(cell);
        };
    }

    private static CellView changed(Cell cell) {
        int offset = cell.span().start();
        int length = cell.text().length();
        List<Mark> marks = new ArrayList<>();
        int markedChars = 0;
        for (Change e : cell.edits()) {
            if (e.rightWords().isEmpty()) {
                int at = clamp(e.right().start() - offset, length);
                marks.add(new Mark(at, at, 1));
                markedChars += Math.max(1, e.leftText().length());
            }
            for (Span w : e.rightWords()) {
                marks.add(new Mark(clamp(w.start() - offset, length), clamp(w.end() - offset, length), 1));
                markedChars += w.length();
            }
        }
        marks.sort(java.util.Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        String note = cell.kind() == Cell.Kind.MOVED
                ? "Moved: this witness has the passage elsewhere (its sentence " + (cell.at() + 1) + ")" : "";
        double divergence = cell.kind() == Cell.Kind.SAME ? 0
                : cell.kind() == Cell.Kind.MOVED ? 0.8
                : Math.min(1, 0.25 + 0.75 * markedChars / Math.max(1.0, length));
        return new CellView(cell.kind(), cell.text(), marks, note, divergence);
    }

    private static int clamp(int at, int length) {
        return Math.max(0, Math.min(length, at));
    }
}
