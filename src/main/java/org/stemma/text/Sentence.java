package org.stemma.text;

import java.util.List;

/**
 * A sentence of an article.
 *
 * @param paragraph   index of the paragraph (non-blank line) it belongs to
 * @param boilerplate whether it is page furniture rather than the article (excluded from alignment)
 */
public record Sentence(Span span, int paragraph, List<Token> tokens, boolean boilerplate) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
