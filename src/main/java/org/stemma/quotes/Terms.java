package org.stemma.quotes;

import org.stemma.text.Tokenizer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Quotation marks that set off words rather than quote someone: the name of a work in title case, words
 * named by "titled" or "headlined", and a short term inside a noun phrase ("part of a wider “culture of
 * impunity”"), which stays a term even in a sentence that attributes something to someone.
 */
final class Terms {

    private static final int MAX_TITLE_WORDS = 8;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^\\P{L}+|\\P{L}+$");
    private static final int MAX_TERM_WORDS = 3;
    private static final int MAX_MODIFIERS = 2;

    private Terms() {
    }

    /** Whether {@code inside} is in title case: every word capitalised but the small ones, no closing stop or comma. */
    static boolean isTitle(String inside) {
        String[] words = SPACES.split(inside.strip());
        if (words.length > MAX_TITLE_WORDS) {
            return false;
        }
        int content = 0;
        for (int i = 0; i < words.length; i++) {
            String bare = EDGES.matcher(words[i]).replaceAll("");
            if (bare.isEmpty()) {
                continue;
            }
            if (Lexicon.CONNECTORS.contains(bare) || Lexicon.DETERMINERS.contains(bare)
                    || i > 0 && Lexicon.TITLE_SMALL_WORDS.contains(bare)) {
                continue;
            }
            if (!Character.isUpperCase(bare.codePointAt(0))) {
                return false;
            }
            content++;
        }
        return content > 0 && !endsClause(inside);
    }

    private static boolean endsClause(String inside) {
        String s = inside.strip();
        return !s.isEmpty() && ".!?,".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A word of {@link Lexicon#TITLE_CUES} among the two before the quotation at item {@code q}: "the report". */
    static boolean titleCue(List<Words.Item> items, int q) {
        for (int k = Math.max(0, q - 2); k < q; k++) {
            if (items.get(k).isWord() && Lexicon.TITLE_CUES.contains(items.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The word just before the quotation names it: "a report titled “…”". */
    static boolean named(List<Words.Item> items, int q) {
        return q > 0 && items.get(q - 1).isWord() && Lexicon.NAMING_WORDS.contains(items.get(q - 1).lower());
    }

    /**
     * A quotation of at most three words, not a sentence or clause of its own, that ends a noun phrase begun
     * outside the marks and not the object of a verb of saying: a determiner and at most two lower-case
     * modifiers before it ("said the affair was part of a wider “culture of impunity”").
     */
    static boolean inNounPhrase(List<Words.Item> items, int q, String inside) {
        if (endsClause(inside)) {
            return false; // a sentence or a clause is speech
        }
        for (int k = q - 1; k >= 0 && q - k <= MAX_MODIFIERS + 1; k--) {
            Words.Item w = items.get(k);
            if (!w.isWord() || w.capitalised()) {
                return false;
            }
            String lower = w.lower();
            if (Lexicon.DETERMINERS.contains(lower)) {
                // "said that “…”" introduces speech; "promised a “new Kazakhstan”" is the verb's own object.
                return !lower.equals("that") && !(k > 0 && Lexicon.VERBS.contains(items.get(k - 1).lower()))
                        && Tokenizer.tokens(inside, 0, inside.length()).size() <= MAX_TERM_WORDS;
            }
            if (Lexicon.VERBS.contains(lower) || Lexicon.AUXILIARIES.contains(lower) || Lexicon.isPronoun(lower)
                    || Lexicon.BOUNDARIES.contains(lower)) {
                return false;
            }
        }
        return false;
    }
}
