package org.stemma.store;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimesTest {

    @Test
    void readsWhatStemmaWritesAsInstantParseDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochMilli(random.nextLong(-62_000_000_000_000L, 253_000_000_000_000L));
            for (Instant shown : List.of(t, t.truncatedTo(ChronoUnit.SECONDS))) {
                assertEquals(Instant.parse(shown.toString()), Times.parse(shown.toString()), shown.toString());
            }
        }
        assertEquals(Instant.now().truncatedTo(ChronoUnit.MILLIS),
                Times.parse(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString()), "now, give or take a tick");
    }

    @Test
    void leavesOtherFormsToTheGeneralParser() {
        for (String text : List.of("2024-05-09T14:03:07.123456Z", "2024-05-09T14:03:07.123456789Z",
                "2024-05-09T14:03:07.1Z", "2016-12-31T23:59:60Z", "2016-12-31T23:59:60.500Z", "+10000-01-01T00:00:00Z",
                "2024-05-09t14:03:07Z", "2024-05-09T14:03:07z",
                "2024-05-09T24:00:00Z")) {
            assertEquals(Instant.parse(text), Times.parse(text), text);
        }
    }

    @Test
    void refusesWhatInstantParseRefuses() {
        for (String text : List.of("2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-05-09T24:01:00Z",
                "2024-05-09T14:03:07.12xZ", "2024-05-09 14:03:07Z", "2024-05-09T14:03:07", "", "x")) {
            assertThrows(DateTimeException.class, () -> Instant.parse(text), text);
            assertThrows(DateTimeException.class, () -> Times.parse(text), text);
        }
    }
}
