package org.stemma.facts;

import org.stemma.text.Span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in prose: "March 6", "6 March", "December 16, 1991", "Nov. 17, 2022", "2023-05-09", and weekdays
 * ("on Tuesday") resolved against the article's dateline when it states one. Normalised to ISO 8601, with
 * "--MM-DD" when no year is given: a year is never guessed.
 */
final class Dates {

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on|last|this|next)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!,?\\s+(?:\\d|" + MONTH + "))");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** The dates in {@code region}; {@code dateline} (ISO, may be null) resolves weekdays. */
    static List<Fact> find(String text, Span region, LocalDate dateline) {
        List<Fact> out = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(text).region(region.start(), region.end());
        while (m.find()) {
            add(out, text, m.start(), m.end(), m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH.matcher(text).region(region.start(), region.end());
        while (m.find()) {
            add(out, text, m.start(), m.end(), m.group(2), m.group(1), m.group(3));
        }
        m = ISO.matcher(text).region(region.start(), region.end());
        while (m.find()) {
            add(out, text, m.start(), m.end(), m.group(2), m.group(3), m.group(1));
        }
        if (dateline != null) {
            m = WEEKDAY.matcher(text).region(region.start(), region.end());
            while (m.find()) {
                DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                String word = text.substring(m.start(), m.start(1)).strip().toLowerCase(Locale.ROOT);
                LocalDate date = word.equals("next") ? dateline.with(TemporalAdjusters.next(day))
                        : word.equals("last") ? dateline.with(TemporalAdjusters.previous(day))
                        : dateline.with(TemporalAdjusters.previousOrSame(day));
                Span span = new Span(m.start(1), m.end(1));
                if (!Numbers.overlaps(out.stream().map(Fact::span).toList(), span)) {
                    out.add(new Fact(Fact.Type.DATE, span, span.of(text), date.toString(), "relative"));
                }
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static void add(List<Fact> out, String text, int start, int end, String month, String day, String year) {
        Span span = new Span(start, end);
        for (Fact f : out) {
            if (f.span().overlaps(span)) {
                return;
            }
        }
        Integer mm = month.chars().allMatch(Character::isDigit) ? Integer.valueOf(month)
                : MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
        int dd = Integer.parseInt(day);
        if (mm == null || mm < 1 || mm > 12 || dd < 1 || dd > 31) {
            return;
        }
        String value;
        if (year != null) {
            try {
                value = LocalDate.of(Integer.parseInt(year), mm, dd).toString();
            } catch (java.time.DateTimeException e) {
                return;
            }
        } else {
            value = String.format(Locale.ROOT, "--%02d-%02d", mm, dd);
        }
        out.add(new Fact(Fact.Type.DATE, span, span.of(text), value, null));
    }

    /** The article's dateline as a date, or {@code null} when it states none in ISO form. */
    static LocalDate dateline(String metadataDate) {
        if (metadataDate == null || metadataDate.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(metadataDate.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
