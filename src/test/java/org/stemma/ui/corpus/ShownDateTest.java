package org.stemma.ui.corpus;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates as people read them, from the ISO 8601 values the articles' metadata keeps. */
class ShownDateTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void anInstantReadsInTheLocaleAndTheZone() {
        assertEquals("8 Apr 2022, 02:57", ShownDate.of("2022-04-08T02:57:49.911Z", Locale.UK, UTC));
        assertEquals("8 Apr 2022, 04:57", ShownDate.of("2022-04-08T02:57:49.911Z", Locale.UK, ZoneId.of("Europe/Berlin")));
        String us = ShownDate.of("2022-04-08T02:57:49.911Z", Locale.US, UTC);
        assertTrue(us.startsWith("Apr 8, 2022") && us.contains("2:57"), us);
        assertTrue(ShownDate.of("2022-04-08T02:57:49.911Z", Locale.GERMANY, UTC).startsWith("08.04.2022"));
    }

    @Test
    void offsetsLocalTimesAndPlainDates() {
        assertEquals("8 Apr 2022, 02:57", ShownDate.of("2022-04-08T04:57+02:00", Locale.UK, UTC));
        assertEquals("8 Apr 2022, 04:51", ShownDate.of("2022-04-08T04:51", Locale.UK, UTC));
        assertEquals("9 May 2023", ShownDate.of("2023-05-09", Locale.UK, UTC));
        assertEquals("8 Apr 2022, 06:00", ShownDate.of("2022-04-08 06:00", Locale.UK, UTC), "a space for the T");
        assertEquals("8 Apr 2022, 02:57", ShownDate.of("2022-04-08 04:57:10+02:00", Locale.UK, UTC));
    }

    @Test
    void whatIsNotIsoIsShownAsItStands() {
        assertEquals("Tuesday morning", ShownDate.of(" Tuesday morning ", Locale.UK, UTC));
        assertEquals("2022-04-08 99:99", ShownDate.of("2022-04-08 99:99", Locale.UK, UTC), "as stated, with its space");
        assertEquals("", ShownDate.of(null, Locale.UK, UTC));
        assertEquals("", ShownDate.of("  ", Locale.UK, UTC));
    }
}
