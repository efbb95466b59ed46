package org.stemma.text;

/**
 * A word of the original text and its comparison form.
 *
 * @param form what the word is matched by (see {@link ComparisonForm}); never shown to the analyst
 */
public record Token(int start, int end, String form) {
    public Span span() {
        return new Span(start, end);
    }
}
