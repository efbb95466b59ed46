package org.stemma.ui.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An article's date as the analyst reads it: in her locale ("8 Apr 2022, 04:57" or "Apr 8, 2022, 4:57 AM"),
 * from the ISO 8601 value the metadata keeps ("2022-04-08T02:57:49.911Z"), which the tooltip shows and
 * the table sorts by; a space may stand for the T. A value that is not ISO is shown as it stands.
 */
public final class ShownDate {

    private static final Pattern SPACED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");

    private ShownDate() {
    }

    /** The date in {@code locale}, times in {@code zone}; the value unchanged if it is not ISO 8601. */
    public static String of(String iso, Locale locale, ZoneId zone) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        String stated = iso.strip();
        // "2022-04-08 06:00", as texts and feeds write it (RFC 3339 allows the space): the ISO form with a T.
        String v = SPACED.matcher(stated).matches() ? stated.substring(0, 10) + 'T' + stated.substring(11) : stated;
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Function<String, String>> forms = List.of(
                s -> OffsetDateTime.parse(s).atZoneSameInstant(zone).format(dateTime),
                s -> Instant.parse(s).atZone(zone).format(dateTime),
                s -> LocalDateTime.parse(s).format(dateTime),
                s -> LocalDate.parse(s).format(day));
        for (Function<String, String> form : forms) {
            try {
                return form.apply(v);
            } catch (DateTimeParseException notThisForm) {
                // the next form, then the value as stated
            }
        }
        return stated;
    }

    /** The date in the user's locale and time zone. */
    public static String of(String iso) {
        return of(iso, Locale.getDefault(Locale.Category.FORMAT), ZoneId.systemDefault());
    }
}
