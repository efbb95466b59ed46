package org.stemma.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits text into words with their offsets. A word is a run of letters, digits, combining marks and
 * format characters (so a zero-width space hidden inside a word does not split it); an apostrophe
 * between letters and a comma or point between digits stay inside. Hyphens split: "post-Soviet" is two
 * words, which gives finer word diffs.
 */
public final class Tokenizer {

    /**
     * Comparison forms by word as written. A document repeats most of its words, so folding each once
     * saves time, and sharing one form string per word saves memory and makes later lookups cheap.
     */
    private final Map<String, String> forms = new HashMap<>();

    /** The words of {@code text} in {@code [start, end)}, by a tokenizer used once. */
    public static List<Token> tokens(String text, int start, int end) {
        return new Tokenizer().words(text, start, end);
    }

    /** The words of {@code text} in {@code [start, end)}; use one tokenizer for all parts of a document. */
    public List<Token> words(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            if (!isWordPart(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int wordStart = i;
            i += Character.charCount(cp);
            while (i < end) {
                int c = text.codePointAt(i);
                if (isWordPart(c)) {
                    i += Character.charCount(c);
                } else if (i + 1 < end && joinsInside(text, c, i, wordStart)) {
                    i += Character.charCount(c);
                } else {
                    break;
                }
            }
            String form = forms.computeIfAbsent(text.substring(wordStart, i), ComparisonForm::of);
            if (!form.isEmpty()) {
                tokens.add(new Token(wordStart, i, form));
            }
        }
        return tokens;
    }

    static boolean isWordPart(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    /** An apostrophe between letters ("Putin’s") or a separator between digits ("46,000", "1.3"). */
    private static boolean joinsInside(String text, int cp, int at, int wordStart) {
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at + Character.charCount(cp));
        if (cp == '\'' || cp == '\u2019' || cp == '\u02BC') {
            return Character.isLetter(before) && Character.isLetter(after);
        }
        if (cp == ',' || cp == '.') {
            return Character.isDigit(before) && Character.isDigit(after) && at > wordStart;
        }
        return false;
    }
}
