package org.stemma.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Paragraphs and sentences. A paragraph is a non-blank line: articles saved as text put one paragraph
 * on a line, and a line break is never inside a sentence, so a quotation left open at the end of a
 * paragraph cannot swallow the next one. Inside a paragraph ICU's sentence rules apply, corrected where
 * they break news prose: after abbreviations and initials, and before a lower-case or numeric
 * continuation ("Nov. 17").
 */
public final class Segmenter {

    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    /** A clone per thread, reused: cloning ICU's iterator for every paragraph cost more than the breaking. */
    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() -> (BreakIterator) SENTENCES.clone());

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov",
            "sen", "rep", "rev", "hon", "pres", "no", "nos", "nr", "vs", "etc", "approx", "ca", "cf",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "ltd", "co", "corp", "mt", "ft", "ave", "fig", "vol", "bzw", "z.b", "e.g", "i.e",
            "u.s", "u.k", "u.n", "d.c");

    private Segmenter() {
    }

    /** Non-blank lines, trimmed. */
    public static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                Span trimmed = trim(text, lineStart, i);
                if (trimmed != null) {
                    paragraphs.add(trimmed);
                }
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        return paragraphs;
    }

    /** The sentences of one paragraph, trimmed; empty pieces are dropped. */
    public static List<Span> sentences(String text, Span paragraph) {
        BreakIterator it = ITERATOR.get();
        it.setText(text.substring(paragraph.start(), paragraph.end()));
        List<Span> pieces = new ArrayList<>();
        int from = it.first();
        for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
            Span piece = trim(text, paragraph.start() + from, paragraph.start() + to);
            if (piece == null) {
                continue;
            }
            if (!pieces.isEmpty() && continuesPrevious(text, pieces.get(pieces.size() - 1), piece)) {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1).union(piece));
            } else {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    private static boolean continuesPrevious(String text, Span previous, Span piece) {
        int first = text.codePointAt(piece.start());
        if (Character.isLowerCase(first) || Character.isDigit(first)) {
            return true;
        }
        int end = previous.end() - 1;
        if (text.charAt(end) != '.') {
            return false;
        }
        int wordStart = end;
        while (wordStart > previous.start() && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String lastWord = text.substring(wordStart, end);
        boolean initial = lastWord.length() == 1 && Character.isUpperCase(lastWord.charAt(0));
        return initial || ABBREVIATIONS.contains(lastWord.toLowerCase(Locale.ROOT));
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
