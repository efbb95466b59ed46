package org.stemma.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotation marks of a passage: “…”, „…“, «…», "…", ‘…’ and '…'. A double quotation left open
 * runs to the end of the passage (news prose opens a quote that a later paragraph closes); a single one
 * counts only when it closes, because the same mark is the apostrophe. Nested quotations stay inside
 * their outer one. This is the one place that knows quotation marks: the pair view compares quotations
 * by it and {@code org.stemma.quotes} finds speakers around it.
 */
public final class QuoteMarks {

    /**
     * One quotation between marks.
     *
     * @param inside the text between the marks
     * @param open   offset of the opening mark
     * @param close  offset of the closing mark, or -1 when the passage ends with the quotation still open
     */
    public record Quote(Span inside, int open, int close) {
        public boolean closed() {
            return close >= 0;
        }
    }

    private QuoteMarks() {
    }

    /** The insides of the quotations in {@code region} of {@code text}, without the marks. */
    public static List<Span> find(String text, Span region) {
        return quotes(text, region).stream().map(Quote::inside).toList();
    }

    /** The quotations in {@code region} of {@code text}, with their marks. */
    public static List<Quote> quotes(String text, Span region) {
        List<Quote> quotes = new ArrayList<>();
        int i = region.start();
        while (i < region.end()) {
            char c = text.charAt(i);
            String closers = closersFor(text, c, i, region);
            if (closers == null) {
                i++;
                continue;
            }
            int close = i + 1;
            while (close < region.end() && !isCloser(text, closers, close)) {
                close++;
            }
            boolean closed = close < region.end();
            if (!closed && isSingle(c)) {
                i++;
                continue;
            }
            if (close > i + 1) {
                quotes.add(new Quote(new Span(i + 1, close), i, closed ? close : -1));
            }
            i = close + 1;
        }
        return quotes;
    }

    /** Whether {@code c} opens or closes a quotation. */
    public static boolean isMark(char c) {
        return "“”„«»\"‘’'‹›".indexOf(c) >= 0;
    }

    private static boolean isSingle(char c) {
        return c == '‘' || c == '\'';
    }

    private static String closersFor(String text, char c, int at, Span region) {
        boolean wordStart = at == region.start() || !Character.isLetterOrDigit(text.charAt(at - 1));
        return switch (c) {
            case '“' -> "”\"";
            case '„' -> "“”";
            case '«' -> "»";
            case '"' -> "\"”";
            case '‘' -> wordStart ? "’'" : null;
            // A straight apostrophe opens only before a letter at a word's start ('in own backyard').
            case '\'' -> wordStart && at + 1 < region.end() && Character.isLetter(text.charAt(at + 1)) ? "'’" : null;
            default -> null;
        };
    }

    /** A single closing mark counts only where it is not an apostrophe inside a word ("Putin’s"). */
    private static boolean isCloser(String text, String closers, int at) {
        char c = text.charAt(at);
        if (closers.indexOf(c) < 0) {
            return false;
        }
        if (c == '’' || c == '\'') {
            return at + 1 >= text.length() || !Character.isLetter(text.charAt(at + 1));
        }
        return true;
    }
}
