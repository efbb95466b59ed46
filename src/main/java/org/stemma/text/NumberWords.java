package org.stemma.text;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written as words ("five thousand", parsed by ICU's rule-based spell-out rules) or in digits
 * ("5,000", "1.3 million"), as values. One reader of numbers for the facts ledger and for the
 * comparison's "numbers as words = digits" option ({@link Folds#NUMBER_AS_DIGITS}).
 */
public final class NumberWords {

    private static final Set<String> WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion");
    private static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion");
    /** Digits with thousands separators or none, a decimal part, and a scale word ("1.3 million"). */
    private static final Pattern DIGITS = Pattern.compile(
            "(\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+|\\d+)(?:\\.(\\d+))?(?:[ -](thousand|million|billion))?");
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(() -> {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        f.setLenientParseMode(true);
        return f;
    });

    private NumberWords() {
    }

    /** Whether a word (in its comparison form) is part of a spelled-out number. */
    public static boolean isNumberWord(String form) {
        return WORDS.contains(form);
    }

    public static boolean isScale(String form) {
        return SCALES.contains(form);
    }

    /** The value of the spelled-out number that {@code words} starts with, or null when it starts with none. */
    public static BigDecimal spelled(String words) {
        ParsePosition p = new ParsePosition(0);
        Number n = SPELLOUT.get().parse(words.toLowerCase(Locale.ROOT), p);
        return n == null || p.getIndex() == 0 ? null : new BigDecimal(n.toString());
    }

    /**
     * The value of a phrase that is a number and nothing else, in digits or in words ("5,000", "5 000",
     * "five thousand", "5 thousand"), or null.
     */
    public static BigDecimal value(String phrase) {
        Matcher m = DIGITS.matcher(phrase);
        if (m.matches()) {
            BigDecimal v = new BigDecimal(m.group(1).replaceAll("[,\\u00A0\\u202F ]", "")
                    + (m.group(2) == null ? "" : "." + m.group(2)));
            return m.group(3) == null ? v : v.multiply(scale(m.group(3)));
        }
        String words = phrase.toLowerCase(Locale.ROOT).replace('-', ' ');
        for (String w : words.split(" ")) {
            if (!WORDS.contains(w) && !w.equals("and")) {
                return null;
            }
        }
        ParsePosition p = new ParsePosition(0);
        Number n = SPELLOUT.get().parse(phrase.toLowerCase(Locale.ROOT), p);
        return n == null || p.getIndex() < phrase.length() ? null : new BigDecimal(n.toString());
    }

    /** A value without trailing zeros or exponent ("5000", "1.3"). */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public static BigDecimal scale(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "hundred" -> BigDecimal.valueOf(100);
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million" -> BigDecimal.valueOf(1_000_000);
            case "billion" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.valueOf(1_000_000_000_000L);
        };
    }
}
