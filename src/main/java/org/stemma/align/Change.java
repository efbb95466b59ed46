package org.stemma.align;

import org.stemma.text.Span;

import java.util.List;

/**
 * Words that differ inside a changed pair: {@code leftText} became {@code rightText}. One side is empty
 * for a pure insertion or deletion (its span is then the empty point where the words would stand).
 *
 * @param left       from the first to the last changed word on the left
 * @param leftWords  the changed words themselves, for highlighting
 */
public record Change(Span left, Span right, String leftText, String rightText,
                     List<Span> leftWords, List<Span> rightWords) {
    public Change {
        leftWords = List.copyOf(leftWords);
        rightWords = List.copyOf(rightWords);
    }
}
