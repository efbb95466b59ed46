package org.stemma.align;

import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a passage: “…”, „…“, «…», "…" and ‘…’. A quotation left open runs to the end of
 * the passage (news prose often opens a quote that the next paragraph closes). Nested quotations stay
 * inside their outer one.
 */
final class Quotations {

    private Quotations() {
    }

    /** The insides of the quotations in {@code region} of {@code text}, without the marks. */
    static List<Span> find(String text, Span region) {
        List<Span> quotes = new ArrayList<>();
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
            if (close > i + 1) {
                quotes.add(new Span(i + 1, close));
            }
            i = close + 1;
        }
        return quotes;
    }

    private static String closersFor(String text, char c, int at, Span region) {
        return switch (c) {
            case '“' -> "”\"";
            case '„' -> "“”";
            case '«' -> "»";
            case '"' -> "\"”";
            case '‘' -> at == region.start() || !Character.isLetterOrDigit(text.charAt(at - 1)) ? "’'" : null;
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
