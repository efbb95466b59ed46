package org.stemma.importing;

import org.stemma.text.Folds;

import java.util.List;

/**
 * Extracted text is laid out like the sample articles: one paragraph per line, paragraphs separated by a
 * blank line, because the engine segments on line breaks.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    static String join(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            if (p.isBlank()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(p.strip());
        }
        return out.toString();
    }

    /** Collapses every run of white space (including no-break spaces) into one space. */
    static String collapse(CharSequence s) {
        return Folds.ONE_SPACE.apply(s.toString());
    }

    static boolean isSpace(char c) {
        return Folds.isSpace(c);
    }

    /** Whether the text ends like a sentence: a full stop, question or exclamation mark, or a closing quote or bracket. */
    static boolean endsSentence(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && isSpace(s.charAt(i))) {
            i--;
        }
        return i >= 0 && ".!?…\"”’»)".indexOf(s.charAt(i)) >= 0;
    }

    /** Number of words, counted as runs of letters or digits. */
    static int words(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /**
     * What the work on a text grows with, in one pass: its longest line (any of \n, \r and \r\n ends
     * one), its lines that hold a letter or digit (the engine's paragraphs, near enough), and its words.
     */
    record Shape(int longestLine, int lines, int words) {
    }

    static Shape shape(String text) {
        int longest = 0;
        int start = 0;
        int lines = 0;
        int words = 0;
        boolean inWord = false;
        boolean lineHasWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                longest = Math.max(longest, i - start);
                start = i + 1;
                lines += lineHasWord ? 1 : 0;
                lineHasWord = false;
                inWord = false;
                continue;
            }
            boolean w = Character.isLetterOrDigit(c);
            if (w && !inWord) {
                words++;
                lineHasWord = true;
            }
            inWord = w;
        }
        return new Shape(Math.max(longest, text.length() - start), lines + (lineHasWord ? 1 : 0), words);
    }
}
