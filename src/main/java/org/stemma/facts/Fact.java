package org.stemma.facts;

import org.stemma.text.Span;

/**
 * A number, date or name as an article states it, with the value it is compared by.
 *
 * @param value  the normalised value: a number in plain digits ("5000", "1300000"), a date as ISO 8601
 *               ("1991-12-16", or "--03-06" when the article gives no year), a name in its folded form
 * @param unit   for a number, what it counts or measures ("people", "%", "$"); for a date, "relative" when
 *               resolved from a weekday against the dateline; otherwise {@code null}
 */
public record Fact(Type type, Span span, String text, String value, String unit) {

    public enum Type {
        NUMBER, DATE, NAME;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
