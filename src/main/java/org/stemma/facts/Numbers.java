package org.stemma.facts;

import org.stemma.text.NumberWords;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in prose, in digits ("46,000", "5 000", "1.3 million", "5%") or spelled out ("five thousand",
 * parsed by ICU's rule-based spell-out rules), with the words they count.
 */
final class Numbers {

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\d.,])([$€£]\\s?)?(\\d{1,3}(?:(?:,|\\u00A0|\\u202F| )\\d{3})+|\\d+)(?:\\.(\\d+))?"
                    + "(?:\\s+(thousand|million|billion|trillion))?(\\s?(?:%|per ?cent|percent))?(?![\\d\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_WORDS = Pattern.compile("^\\s+((?:[\\p{L}’'-]+)(?:\\s+[\\p{L}’'-]+)?)");
    private static final Set<String> NOT_COUNTED = Set.of("of", "and", "or", "in", "on", "at", "to", "the", "a",
            "an", "by", "for", "from", "with", "were", "was", "are", "is", "have", "has", "had", "who", "which",
            "that", "more", "than", "so", "far", "years", "year");
    /** Words that name the same kind of thing counted ("5,000 people" = "five thousand individuals"). */
    private static final List<List<String>> SYNONYMS = List.of(
            List.of("people", "individuals", "persons", "citizens", "residents", "protesters", "demonstrators"),
            List.of("fatalities", "deaths", "dead", "killed", "perished", "casualties"),
            List.of("soldiers", "troops", "servicemen"));

    private Numbers() {
    }

    static List<Fact> find(String text, Span region, List<Token> tokens, List<Span> taken) {
        List<Fact> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(text).region(region.start(), region.end());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (overlaps(taken, span) || isYear(m)) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(2).replaceAll("[,\\u00A0\\u202F ]", "")
                    + (m.group(3) == null ? "" : "." + m.group(3)));
            if (m.group(4) != null) {
                value = value.multiply(NumberWords.scale(m.group(4)));
            }
            String unit = m.group(5) != null ? "%" : m.group(1) != null ? m.group(1).strip() : counted(text, m.end(), region);
            out.add(new Fact(Fact.Type.NUMBER, span, span.of(text), plain(value), unit));
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!NumberWords.isNumberWord(tokens.get(i).form())) {
                continue;
            }
            int first = i;
            boolean scaled = NumberWords.isScale(tokens.get(i).form());
            while (i + 1 < tokens.size() && joined(text, tokens.get(i), tokens.get(i + 1))) {
                i++;
                scaled |= NumberWords.isScale(tokens.get(i).form());
            }
            if (tokens.get(i).form().equals("and")) {
                i--;
            }
            emit(text, tokens.get(first).start(), tokens.get(i).end(), i - first + 1, scaled, region, taken, out);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Whether {@code next} goes on the spelled-out number that {@code t} is part of ("forty-six thousand"). */
    private static boolean joined(String text, Token t, Token next) {
        String between = text.substring(t.end(), next.start());
        boolean gap = between.equals(" ") || between.equals("-");
        return gap && (NumberWords.isNumberWord(next.form()) || next.form().equals("and") && !t.form().equals("and"));
    }

    private static void emit(String text, int start, int end, int count, boolean scaled, Span region,
                             List<Span> taken, List<Fact> out) {
        if (start < 0) {
            return;
        }
        String words = text.substring(start, end);
        // "one" alone is a pronoun as often as a number: only counted when it counts something.
        if (count == 1 && !scaled && words.equalsIgnoreCase("one")) {
            return;
        }
        BigDecimal n = NumberWords.spelled(words);
        Span span = new Span(start, end);
        if (n == null || overlaps(taken, span)) {
            return;
        }
        out.add(new Fact(Fact.Type.NUMBER, span, words, plain(n), counted(text, end, region)));
    }

    /** The noun after a number: what it counts ("5,000 people" -> "people"). */
    private static String counted(String text, int at, Span region) {
        Matcher m = NEXT_WORDS.matcher(text.substring(at, Math.min(region.end(), at + 60)));
        if (!m.find()) {
            return null;
        }
        String[] words = m.group(1).toLowerCase(Locale.ROOT).split("\\s+");
        if (NOT_COUNTED.contains(words[0])) {
            return null;
        }
        // "ethnic Kazakhs": an adjective before the plural noun; "people gathering": the noun alone.
        boolean adjectiveFirst = words.length > 1 && !NOT_COUNTED.contains(words[1]) && !words[0].endsWith("s")
                && words[1].endsWith("s") && !isSynonym(words[0]);
        return adjectiveFirst ? words[0] + " " + words[1] : words[0];
    }

    /** The class of the thing counted, so that synonyms compare equal. */
    static String countsKey(String unit) {
        if (unit == null) {
            return "";
        }
        String last = unit.substring(unit.lastIndexOf(' ') + 1);
        for (List<String> s : SYNONYMS) {
            if (s.contains(last)) {
                return s.get(0);
            }
        }
        return last;
    }

    private static boolean isSynonym(String word) {
        return SYNONYMS.stream().anyMatch(s -> s.contains(word));
    }

    private static boolean isYear(Matcher m) {
        if (m.group(1) != null || m.group(3) != null || m.group(4) != null || m.group(5) != null) {
            return false;
        }
        String digits = m.group(2);
        if (digits.length() != 4) {
            return false;
        }
        int year = Integer.parseInt(digits);
        return year >= 1800 && year <= 2100;
    }

    static String plain(BigDecimal value) {
        return NumberWords.plain(value);
    }

    static boolean overlaps(List<Span> taken, Span span) {
        for (Span t : taken) {
            if (t.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
