package org.stemma.align;

import org.stemma.text.Span;

import java.util.List;

/**
 * A difference inside a changed pair. An {@link Kind#EDIT}: {@code leftText} became {@code rightText}, one
 * side empty for a pure insertion or deletion (its span is then the empty point where the words would
 * stand). A {@link Kind#MOVED} change: the same words (after folding) stand elsewhere in the pair;
 * {@code left} and {@code right} are their two positions. An {@link Kind#EQUIVALENT}: words that differ as
 * written but are the same by a rule of the comparison's {@link CompareOptions} (Kiev and Kyiv declared
 * equal, "five thousand" and "5,000"); shown, but not a change of wording.
 *
 * @param left       from the first to the last changed word on the left
 * @param leftWords  the changed words themselves, for highlighting
 */
public record Change(Kind kind, Span left, Span right, String leftText, String rightText,
                     List<Span> leftWords, List<Span> rightWords) {

    public enum Kind {
        EDIT("edit"), MOVED("moved"), EQUIVALENT("equivalent");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name the JSON uses. */
        public String id() {
            return id;
        }
    }

    public Change {
        leftWords = List.copyOf(leftWords);
        rightWords = List.copyOf(rightWords);
    }

    public boolean isMove() {
        return kind == Kind.MOVED;
    }

    /** Whether the wording changed here: neither a move nor an equivalent. */
    public boolean isEdit() {
        return kind == Kind.EDIT;
    }

    public boolean isEquivalent() {
        return kind == Kind.EQUIVALENT;
    }

    /** The same change seen from the other side. */
    public Change swapped() {
        return new Change(kind, right, left, rightText, leftText, rightWords, leftWords);
    }
}
