package org.stemma.quotes;

import org.stemma.text.QuoteMarks;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words and punctuation of a stretch of an article, as the attribution rules read it: a word keeps
 * inner apostrophes, hyphens and the points of initials ("Kassym-Jomart", "Putin’s", "U.S"); every other
 * character that is not a space is a mark of its own; a quotation is one {@link Kind#QUOTE} item.
 */
final class Words {

    enum Kind { WORD, MARK, QUOTE }

    record Item(Kind kind, int start, int end, String text) {
        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean is(String mark) {
            return kind == Kind.MARK && text.equals(mark);
        }

        boolean capitalised() {
            return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        Span span() {
            return new Span(start, end);
        }
    }

    private Words() {
    }

    /** The items of {@code [from, to)}; the given quotations (with their marks) become single items. */
    static List<Item> of(String text, int from, int to, List<QuoteMarks.Quote> quotes) {
        List<Item> items = new ArrayList<>();
        int q = 0;
        int i = from;
        while (i < to) {
            while (q < quotes.size() && quoteEnd(quotes.get(q)) <= i) {
                q++;
            }
            if (q < quotes.size() && quotes.get(q).open() == i) {
                int end = Math.min(to, quoteEnd(quotes.get(q)));
                items.add(new Item(Kind.QUOTE, i, end, text.substring(i, end)));
                i = end;
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
            } else if (i > from && isPossessive(text, i, to) && Character.isLetter(text.charAt(i - 1))) {
                items.add(new Item(Kind.WORD, i, i + 2, text.substring(i, i + 2)));
                i += 2;
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                i += Character.charCount(cp);
                while (i < to) {
                    int c = text.codePointAt(i);
                    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                        i += Character.charCount(c);
                    } else if (isPossessive(text, i, to)) {
                        break;
                    } else if (i + 1 < to && "'’-.".indexOf(c) >= 0 && Character.isLetter(text.codePointAt(i + 1))
                            && !(c == '.' && Character.isLowerCase(text.codePointAt(i + 1)))) {
                        i++;
                    } else {
                        break;
                    }
                }
                i = gluedMark(text, start, i, to);
                items.add(new Item(Kind.WORD, start, i, text.substring(start, i)));
            } else {
                int n = Character.charCount(cp);
                items.add(new Item(Kind.MARK, i, i + n, text.substring(i, i + n)));
                i += n;
            }
        }
        return items;
    }

    /** "’s" after a name is a word of its own, so that "Kazakhstan’s" ends the name "Kazakhstan". */
    private static boolean isPossessive(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    /**
     * A mark that belongs to the word ending at {@code end}: the apostrophe of a plural possessive
     * ("pilots' union"; a closing quotation mark was already taken with its quotation), and the "?" or "!"
     * of a name the sentence goes on after in lower case ("Which? said", "Yahoo! said").
     */
    private static int gluedMark(String text, int start, int end, int to) {
        if (end >= to) {
            return end;
        }
        char c = text.charAt(end);
        boolean after = end + 1 >= to || !Character.isLetterOrDigit(text.charAt(end + 1));
        if ((c == '\'' || c == '’') && after && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            return end + 1;
        }
        if ((c == '?' || c == '!') && Character.isUpperCase(text.codePointAt(start)) && end + 2 < to
                && text.charAt(end + 1) == ' ' && Character.isLowerCase(text.charAt(end + 2))) {
            return end + 1;
        }
        return end;
    }

    private static int quoteEnd(QuoteMarks.Quote quote) {
        return quote.closed() ? quote.close() + 1 : quote.inside().end();
    }
}
