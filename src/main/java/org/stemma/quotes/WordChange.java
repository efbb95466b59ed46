package org.stemma.quotes;

import org.stemma.text.Span;

/**
 * Words of the reference wording ({@code left}) that a member gives as {@code right}; one side is empty for
 * words dropped or added. {@code span} is where the member's words stand in its article (empty where dropped).
 */
public record WordChange(long document, String left, String right, Span span) {
}
