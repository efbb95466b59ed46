package org.stemma.facts;

import org.stemma.text.Sentence;
import org.stemma.text.Token;

import java.util.List;
import java.util.Set;

/** Where English capitalises a word for its position rather than because it is a name (decision 1120). */
final class Capitals {

    /**
     * English's closed word classes (articles, determiners and quantifiers, pronouns, prepositions,
     * conjunctions, auxiliary and modal verbs, focusing adverbs), the months and days, and a few words of
     * page furniture: capitalised, they begin a sentence or a heading and never name a person or place.
     */
    static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "some", "any", "all", "each", "every", "no", "both",
            "either", "neither", "many", "much", "most", "few", "several", "such", "another", "other",
            "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "his", "her", "its", "our",
            "their", "my", "your", "there", "here", "what", "who", "whom", "whose", "why", "how", "where", "which",
            "in", "on", "at", "by", "for", "with", "from", "of", "to", "into", "onto", "about", "above", "across",
            "after", "against", "along", "among", "around", "before", "behind", "below", "between", "beyond",
            "during", "inside", "near", "over", "through", "throughout", "under", "until", "upon", "within",
            "without", "as", "according", "despite", "given",
            "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "because", "since", "although",
            "though", "however", "unless", "whether", "than", "once",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "could",
            "will", "would", "shall", "should", "might", "must",
            "only", "just", "even", "also", "still", "now", "then", "not", "never", "perhaps", "thus",
            "image", "photo", "read", "more",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "mr", "mrs", "ms", "dr");
    /** Opening marks after which a word is capitalised because a quotation starts. */
    private static final String OPENING = "“„«‘‚\"'";
    /** Headline words shorter than this are let off title case ("of", "to", "in", "on", "a"). */
    private static final int TITLE_WORD = 4;
    /** A headline in title case has at least this many longer words, every one capitalised. */
    private static final int TITLE_WORDS = 3;

    private Capitals() {
    }

    /**
     * Whether token {@code i} is a capitalised word that can be part of a name: not a closed-class word,
     * unless written in capitals in the middle of prose ("US", an initialism, not "us") or a capitalised
     * "The" in the middle of prose before a name ("in The Hague"); not a shouted word ("RUSSIA has begun").
     */
    static boolean capitalisedWord(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        int first = text.codePointAt(t.start());
        if (!Character.isUpperCase(first)) {
            return false;
        }
        boolean capitals = allCapitals(text, t);
        if (NOT_NAMES.contains(t.form())) {
            if (positional(text, tokens, i)) {
                return false;
            }
            if (capitals && t.end() - t.start() >= 2) {
                return (i == 0 || !allCapitals(text, tokens.get(i - 1)))
                        && (i + 1 == tokens.size() || !allCapitals(text, tokens.get(i + 1)));
            }
            return t.form().equals("the") && text.startsWith("The", t.start()) && i + 1 < tokens.size()
                    && tokens.get(i + 1).start() - t.end() <= 1 && !NOT_NAMES.contains(tokens.get(i + 1).form())
                    && Character.isUpperCase(text.codePointAt(tokens.get(i + 1).start()));
        }
        // All capitals longer than an initialism is a shouted word, not a name.
        return t.end() - t.start() <= 4 || !capitals;
    }

    private static boolean allCapitals(String text, Token t) {
        return t.span().of(text).chars().noneMatch(Character::isLowerCase);
    }

    /** The sentence's first word, or the first after an opening quotation mark, a colon or a line break. */
    static boolean positional(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        int start = tokens.get(i).start();
        String gap = text.substring(tokens.get(i - 1).end(), start);
        char before = text.charAt(start - 1);
        return gap.contains(":") || gap.contains("\n")
                || (OPENING.indexOf(before) >= 0 && (gap.length() == 1 || Character.isWhitespace(gap.charAt(gap.length() - 2))));
    }

    /** Every word of four letters or more capitalised, and at least three of them: a headline's title case. */
    static boolean isTitleCase(String text, Sentence s) {
        int words = 0;
        for (Token t : s.tokens()) {
            int first = text.codePointAt(t.start());
            if (!Character.isLetter(first) || t.end() - t.start() < TITLE_WORD) {
                continue;
            }
            if (!Character.isUpperCase(first)) {
                return false;
            }
            words++;
        }
        return words >= TITLE_WORDS;
    }
}
