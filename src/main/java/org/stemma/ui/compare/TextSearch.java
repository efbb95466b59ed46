package org.stemma.ui.compare;

import org.stemma.text.ComparisonForm;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find in a pane: case-insensitive, and blind to disguised letters, so that "Kazakhstan" also finds
 * "Kazаkhstan" with its Cyrillic 'а' (the analyst searches for what a reader sees).
 */
final class TextSearch {

    private String folded;
    private String of;

    /** The matches of {@code query} in {@code text}, in order. */
    List<Span> find(String text, String query) {
        if (query == null || query.isEmpty()) {
            return List.of();
        }
        if (!text.equals(of)) {
            of = text;
            folded = fold(text);
        }
        Matcher m = Pattern.compile(Pattern.quote(fold(query)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(folded);
        List<Span> found = new ArrayList<>();
        while (m.find()) {
            if (m.end() > m.start()) {
                found.add(new Span(m.start(), m.end()));
            }
        }
        return found;
    }

    /** Each letter that imitates one Latin letter becomes it; the length, and so every offset, is kept. */
    static String fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= 0x80 && Character.isLetter(c)) {
                String latin = ComparisonForm.latinLookalike(c);
                if (latin.length() == 1) {
                    out[i] = latin.charAt(0);
                }
            }
        }
        return new String(out);
    }
}
