package org.stemma.findings;

import org.stemma.text.Span;

/**
 * Something the analyst should know about a place in an article.
 *
 * @param text      the original text at {@code span}
 * @param codePoint "U+0430" for homoglyph and invisible findings, otherwise {@code null}
 * @param imitates  the Latin letter(s) a homoglyph imitates, otherwise {@code null}
 * @param detail    homoglyph: the word it hides in; invisible: the character's Unicode name;
 *                  boilerplate: why the line was judged page furniture
 */
public record Finding(Type type, Span span, String text, String codePoint, String imitates, String detail) {

    public enum Type {
        HOMOGLYPH, INVISIBLE, BOILERPLATE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Homoglyphs and invisible characters: what a spinner does to hide a copy. */
    public boolean isDisguise() {
        return type != Type.BOILERPLATE;
    }

    public static String codePointLabel(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
