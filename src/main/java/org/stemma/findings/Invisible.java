package org.stemma.findings;

import org.stemma.text.Span;

import java.util.function.Function;

/**
 * An invisible character: zero-width space or joiner, word joiner, soft hyphen, byte-order mark, bidi control.
 *
 * @param codePoint "U+200B"
 * @param name      its Unicode name, "ZERO WIDTH SPACE"
 */
public record Invisible(Span span, String text, String codePoint, String name) implements Finding {
    @Override
    public <R> R match(Function<Homoglyph, R> homoglyph, Function<Invisible, R> invisible, Function<Furniture, R> furniture) {
        return invisible.apply(this);
    }
}
