package org.stemma.families;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as the article states it, to the day and, where given, to the minute. Dates the
 * text does not state, or states in a form not recognised here, are absent: never guessed.
 */
public record PublicationDate(LocalDate day, LocalDateTime time) implements Comparable<PublicationDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?");
    private static final Pattern WORDS = Pattern.compile(
            "(\\d{1,2} [A-Z][a-z]+ \\d{4})|([A-Z][a-z]+ \\d{1,2},? \\d{4})");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);

    /** The date in {@code stated}, or {@code null}. */
    public static PublicationDate parse(String stated) {
        if (stated == null) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(stated);
            if (m.find()) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                LocalDateTime time = m.group(4) == null ? null
                        : day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                return new PublicationDate(day, time);
            }
            m = WORDS.matcher(stated);
            if (m.find()) {
                LocalDate day = m.group(1) != null ? LocalDate.parse(m.group(1), DAY_MONTH)
                        : LocalDate.parse(m.group(2).replace(",", ""), MONTH_DAY);
                return new PublicationDate(day, null);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** Whole days from this to {@code other}; positive when other is later. */
    long daysTo(PublicationDate other) {
        return other.day.toEpochDay() - day.toEpochDay();
    }

    /** Minutes from this to {@code other} when both state a time, otherwise 0. */
    long minutesTo(PublicationDate other) {
        return time == null || other.time == null ? 0
                : java.time.Duration.between(time, other.time).toMinutes();
    }

    @Override
    public int compareTo(PublicationDate o) {
        long d = o.daysTo(this);
        return d != 0 ? Long.signum(d) : Long.signum(o.minutesTo(this));
    }

    @Override
    public String toString() {
        return time != null ? time.toString().replace('T', ' ') : day.toString();
    }
}
