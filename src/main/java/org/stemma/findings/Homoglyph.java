package org.stemma.findings;

import org.stemma.text.Span;

import java.util.function.Function;

/**
 * A letter of another script standing for a Latin one (or the other way round): Cyrillic 'а' in
 * "Kazаkhstan", or a whole word in another script that reads as a Latin word ("а" for the article).
 *
 * @param codePoint "U+0430"
 * @param imitates  the Latin letter(s) it looks like, in its own case, or {@code null} when it looks like none
 * @param word      the word it stands in
 */
public record Homoglyph(Span span, String text, String codePoint, String imitates, String word) implements Finding {
    @Override
    public <R> R match(Function<Homoglyph, R> homoglyph, Function<Invisible, R> invisible, Function<Furniture, R> furniture) {
        return homoglyph.apply(this);
    }
}
