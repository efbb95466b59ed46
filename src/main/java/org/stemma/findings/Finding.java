package org.stemma.findings;

import org.stemma.text.Span;

import java.util.function.Function;

/**
 * Something the analyst should know about a place in an article: a {@link Homoglyph}, an {@link Invisible}
 * character or a line of page {@link Furniture}. Code that treats the kinds differently goes through
 * {@link #match}, so a new kind is a compile error wherever it must be handled.
 */
public sealed interface Finding permits Homoglyph, Invisible, Furniture {

    /** The kinds, by the name the JSON and the views use. */
    enum Type {
        HOMOGLYPH, INVISIBLE, BOILERPLATE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    Span span();

    /** The original text at {@link #span()}. */
    String text();

    /** The one place that tells the kinds apart: each case gets the finding as its own type. */
    <R> R match(Function<Homoglyph, R> homoglyph, Function<Invisible, R> invisible, Function<Furniture, R> furniture);

    default Type type() {
        return match(h -> Type.HOMOGLYPH, i -> Type.INVISIBLE, f -> Type.BOILERPLATE);
    }

    default int start() {
        return span().start();
    }

    default int end() {
        return span().end();
    }

    /** What a spinner does to hide a copy: a homoglyph or an invisible character, not furniture. */
    default boolean isDisguise() {
        return match(h -> true, i -> true, f -> false);
    }

    static String codePointLabel(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
