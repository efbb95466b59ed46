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
 * paragraph cannot swallow the next one. Inside a paragraph ICU's plain sentence rules apply (not
 * {@code ss=standard}, whose suppressions keep "Siemens AG. The union…" or "UNICEF. Aid…" together),
 * corrected where they break news prose (decision 0012): after a known abbreviation or an initial, and
 * before a lower-case or numeric continuation ("Nov. 17"). An abbreviation that may end a sentence
 * ("U.S.", "Inc.", "etc.") or an initial ("Plan B.") still ends one before a word that opens sentences
 * ("The", "He", "But").
 */
public final class Segmenter {

    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(new ULocale("en"));
    /** A clone per thread, reused: cloning ICU's iterator for every paragraph cost more than the breaking. */
    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() -> (BreakIterator) SENTENCES.clone());

    /** Abbreviations that stand before a name or a number: they never end a sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov",
            "sen", "rep", "rev", "hon", "rt", "pres", "supt", "insp", "vs", "approx", "ca", "cf", "mt", "ft", "ave",
            "fig", "vol", "bzw", "z.b", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    /** Abbreviations that also end sentences: they hold unless a sentence opener follows. */
    private static final Set<String> MAY_END = Set.of(
            "jr", "sr", "inc", "ltd", "co", "corp", "bros", "etc", "u.s", "u.k", "u.n", "d.c", "e.u", "u.s.a",
            "a.m", "p.m", "ph.d");
    /** Words that open sentences and rarely follow a title or an initial inside one. */
    private static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those",
            "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "after", "before", "when", "while",
            "if", "as", "his", "her", "their", "our", "no", "not", "some", "many", "most", "both", "one", "two",
            "meanwhile", "however", "officials", "critics", "police", "what", "who", "why", "how");

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
        String lastWord = text.substring(wordStart, end).toLowerCase(Locale.ROOT);
        if (TITLES.contains(lastWord)) {
            return true;
        }
        boolean initial = lastWord.length() == 1 && Character.isUpperCase(text.charAt(wordStart));
        return (initial || MAY_END.contains(lastWord)) && !OPENERS.contains(firstWord(text, piece));
    }

    private static String firstWord(String text, Span piece) {
        int i = piece.start();
        while (i < piece.end() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < piece.end() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i).toLowerCase(Locale.ROOT);
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
