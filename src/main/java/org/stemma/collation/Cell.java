package org.stemma.collation;

import org.stemma.align.Change;
import org.stemma.text.Span;

import java.util.List;

/**
 * One witness's wording of one passage.
 *
 * @param span    the wording in the witness's own text, {@code null} when {@link Kind#ABSENT} or {@link Kind#JOINED}
 * @param changes the word-level changes against the base (left side: base text, right side: this witness's)
 * @param at      for a {@link Kind#MOVED} reading, the index of the witness sentence where it stands; else -1
 */
public record Cell(Kind kind, Span span, String text, List<Change> changes, int at) {

    public enum Kind {
        /** The base's wording, word for word after folding. */
        SAME("same"),
        /** The passage with words changed. */
        CHANGED("changed"),
        /** The witness has the passage, but elsewhere: out of the base's order. */
        MOVED("moved"),
        /** A passage the witness carries and the base does not (a witness-only row). */
        ADDED("added"),
        /** The witness has no such passage. */
        ABSENT("absent"),
        /** The witness's one sentence covering this base sentence stands in the row above (sentences merged). */
        JOINED("joined");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static final Cell ABSENT = new Cell(Kind.ABSENT, null, "", List.of(), -1);
    public static final Cell JOINED = new Cell(Kind.JOINED, null, "", List.of(), -1);

    public Cell {
        changes = List.copyOf(changes);
    }

    public boolean hasText() {
        return span != null;
    }

    /** Word edits only (not words that moved inside the sentence). */
    public List<Change> edits() {
        return changes.stream().filter(Change::isEdit).toList();
    }
}
