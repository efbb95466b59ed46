package org.stemma.ui.reader;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * An article's stated date as a reader of {@code locale} writes it ("8 April 2022, 02:57"), when the
 * article states it in ISO 8601 as pages' metadata do; any other wording is shown as the article has it.
 */
final class ShownDate {

    private ShownDate() {
    }

    static String of(String stated, Locale locale) {
        return stated == null ? null : localised(stated.strip(), locale).orElse(stated.strip());
    }

    private static Optional<String> localised(String iso, Locale locale) {
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        // The time as the page states it (its own offset), not moved to this computer's zone.
        Optional<TemporalAccessor> withTime = parse(() -> OffsetDateTime.parse(iso).toLocalDateTime())
                .or(() -> parse(() -> ZonedDateTime.parse(iso).toLocalDateTime()))
                .or(() -> parse(() -> LocalDateTime.parse(iso)));
        if (withTime.isPresent()) {
            return Optional.of(dateTime.format(withTime.get()));
        }
        return parse(() -> LocalDate.parse(iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) : iso))
                .map(date::format);
    }

    private static Optional<TemporalAccessor> parse(java.util.function.Supplier<TemporalAccessor> parser) {
        try {
            return Optional.of(parser.get());
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
