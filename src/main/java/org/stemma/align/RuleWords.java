package org.stemma.align;

import org.stemma.text.Fold;
import org.stemma.text.Folds;
import org.stemma.text.NumberWords;
import org.stemma.text.Sentence;
import org.stemma.text.Token;
import org.stemma.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of a sentence as a set of {@link CompareOptions} compares them. Each unit is a word, or a run
 * of words that one rule reads as one ("five thousand", "Nur-Sultan"), as a {@link Token} over the
 * original text whose form is the unit's key; the strict form beside it is the unit compared without the
 * numbers and spellings rules, so that a unit equal by key but not by strict form is an equivalent.
 * All folding is by steps of {@link Folds} (decision 0010).
 */
final class RuleWords {

    /** Marks a key made by the user's equivalences, so that it never equals a word as written. */
    private static final String EQUIVALENCE = "\u2261";
    private static final int LONGEST_NUMBER = 12;

    /** A sentence's units and their strict forms ({@code strict == null}: the same as the keys). */
    record Units(List<Token> tokens, String[] strict) {
    }

    private final CompareOptions options;
    private final Fold equivalence;
    private final Map<String, String> canonical = new HashMap<>();
    private int longestSpelling;

    RuleWords(CompareOptions options) {
        this.options = options;
        for (List<String> group : options.equivalents().groups()) {
            String key = EQUIVALENCE + phrase(group.get(0));
            for (String spelling : group) {
                String p = phrase(spelling);
                if (!p.isEmpty()) {
                    canonical.putIfAbsent(p, key);
                    longestSpelling = Math.max(longestSpelling, p.split(" ").length);
                }
            }
        }
        equivalence = Folds.equivalents(canonical);
    }

    /** A spelling as its words' comparison forms, one space between them. */
    private static String phrase(String spelling) {
        return Tokenizer.tokens(spelling, 0, spelling.length()).stream().map(Token::form).collect(Collectors.joining(" "));
    }

    Units of(String text, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (options.isDefault()) {
            return new Units(tokens, null);
        }
        int n = tokens.size();
        String[] base = new String[n];
        for (int t = 0; t < n; t++) {
            Token token = tokens.get(t);
            String word = options.ignoreCase() ? token.form()
                    : Folds.WORD_KEEPING_CASE.apply(text.substring(token.start(), token.end()));
            base[t] = options.ignorePunctuation() ? word : before(text, sentence, tokens, t) + word + after(text, sentence, tokens, t);
        }
        List<Token> units = new ArrayList<>(n);
        List<String> strict = new ArrayList<>(n);
        int i = 0;
        while (i < n) {
            int len = spelling(tokens, i);
            String key = null;
            if (len > 0) {
                key = equivalence.apply(forms(tokens, i, len));
            } else if (options.numbersAsWords()) {
                len = number(text, tokens, i);
                if (len > 0) {
                    key = Folds.NUMBER_AS_DIGITS.apply(text.substring(tokens.get(i).start(), tokens.get(i + len - 1).end()));
                }
            }
            if (len == 0) {
                units.add(new Token(tokens.get(i).start(), tokens.get(i).end(), base[i]));
                strict.add(base[i]);
                i++;
                continue;
            }
            int last = i + len - 1;
            if (!options.ignorePunctuation()) {
                key = before(text, sentence, tokens, i) + key + after(text, sentence, tokens, last);
            }
            units.add(new Token(tokens.get(i).start(), tokens.get(last).end(), key));
            StringBuilder s = new StringBuilder(base[i]);
            for (int k = i + 1; k <= last; k++) {
                s.append(' ').append(base[k]);
            }
            strict.add(s.toString());
            i += len;
        }
        return new Units(units, strict.toArray(String[]::new));
    }

    /** How many words from {@code i} are the longest of the user's spellings, or 0. */
    private int spelling(List<Token> tokens, int i) {
        for (int len = Math.min(longestSpelling, tokens.size() - i); len > 0; len--) {
            if (canonical.containsKey(forms(tokens, i, len))) {
                return len;
            }
        }
        return 0;
    }

    private static String forms(List<Token> tokens, int from, int len) {
        StringBuilder b = new StringBuilder(tokens.get(from).form());
        for (int k = from + 1; k < from + len; k++) {
            b.append(' ').append(tokens.get(k).form());
        }
        return b.toString();
    }

    /** How many words from {@code i} make the longest number ("5,000", "forty-six thousand", "1.3 million"), or 0. */
    private static int number(String text, List<Token> tokens, int i) {
        if (!isNumberPart(tokens.get(i).form()) || tokens.get(i).form().equals("and")) {
            return 0;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < LONGEST_NUMBER && isNumberPart(tokens.get(end).form())) {
            String gap = text.substring(tokens.get(end - 1).end(), tokens.get(end).start());
            if (!gap.equals(" ") && !gap.equals("-") && !gap.equals("\u00A0")) {
                break;
            }
            end++;
        }
        for (int last = end - 1; last >= i; last--) {
            if (NumberWords.value(text.substring(tokens.get(i).start(), tokens.get(last).end())) != null) {
                return last - i + 1;
            }
        }
        return 0;
    }

    private static boolean isNumberPart(String form) {
        return Character.isDigit(form.charAt(0)) || NumberWords.isNumberWord(form) || form.equals("and");
    }

    /** The marks before the sentence's first word (an opening quotation mark); none before the others. */
    private static String before(String text, Sentence sentence, List<Token> tokens, int t) {
        return t > 0 ? "" : Folds.PUNCTUATION_MARKS.apply(text.substring(sentence.start(), tokens.get(0).start()));
    }

    /** The marks after a word, up to the next word or the sentence's end. */
    private static String after(String text, Sentence sentence, List<Token> tokens, int t) {
        int to = t + 1 < tokens.size() ? tokens.get(t + 1).start() : sentence.end();
        return Folds.PUNCTUATION_MARKS.apply(text.substring(tokens.get(t).end(), Math.max(to, tokens.get(t).end())));
    }
}
