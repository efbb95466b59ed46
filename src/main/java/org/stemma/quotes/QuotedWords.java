package org.stemma.quotes;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation (or an unquoted passage) as the ledger compares it: its words with their folded forms as
 * interned ids, and the words of the sentence around it.
 */
final class QuotedWords {

    final int index;
    final long document;
    final AnalyzedDocument article;
    final Quotation quotation;
    final List<Token> tokens;
    final int[] ids;
    final int[] context;
    /** No other quotation shares its sentence, so the sentence alone can identify it. */
    final boolean alone;
    final String speaker;

    QuotedWords(int index, long document, AnalyzedDocument article, Quotation quotation, List<Token> tokens,
                int[] ids, int[] context, boolean alone) {
        this.index = index;
        this.document = document;
        this.article = article;
        this.quotation = quotation;
        this.tokens = tokens;
        this.ids = ids;
        this.context = context;
        this.alone = alone;
        this.speaker = quotation == null || quotation.speaker() == null ? null : quotation.speaker().name();
    }

    String date() {
        return article.document().metadata().date();
    }

    /** The words joined by single spaces: what a change list shows. */
    String words(int from, int to) {
        StringBuilder b = new StringBuilder();
        String text = article.text();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(text, tokens.get(i).start(), tokens.get(i).end());
        }
        return b.toString();
    }

    /** Where words {@code [from, to)} stand, or the empty point where they would. */
    Span span(int from, int to) {
        if (tokens.isEmpty()) {
            return new Span(0, 0);
        }
        if (from < to) {
            return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        }
        int at = from < tokens.size() ? tokens.get(from).start() : tokens.get(tokens.size() - 1).end();
        return new Span(at, at);
    }

    /** The article's words inside the spans, in order. */
    static List<Token> tokensIn(AnalyzedDocument article, List<Span> spans) {
        List<Token> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (Span span : spans) {
                if (!s.span().overlaps(span)) {
                    continue;
                }
                for (Token t : s.tokens()) {
                    if (t.start() >= span.start() && t.end() <= span.end()) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }
}
