package org.stemma.collation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The collation reports each witness aligned, stops when asked, and reads again with fewer columns. */
class CollatorProgressTest {

    private static List<Witness> copies() {
        return DerivedFamily.copies().stream().map(c -> DerivedFamily.witness(c.name(), c.sentences())).toList();
    }

    @Test
    void reportsEveryWitnessAndStopsWhenCancelled() {
        Set<Integer> reported = ConcurrentHashMap.newKeySet();
        Collator.collate(DerivedFamily.source(), copies(), new Collator.Progress() {
            @Override
            public void aligned(int done, int total) {
                assertEquals(8, total);
                reported.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), reported);
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> Collator.collate(DerivedFamily.source(), copies(), new Collator.Progress() {
            @Override
            public void aligned(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 0;
            }
        }));
    }

    @Test
    void fewerColumnsKeepTheBaseFirstAndRecountTheHeat() {
        Collation all = Collator.collate(DerivedFamily.source(), copies());
        int c5 = all.column("c5-number");
        Collation one = all.columns(List.of(0, c5));
        assertEquals(List.of("source", "c5-number"), one.witnesses().stream().map(Witness::id).toList());
        Passage forecast = one.passages().stream().filter(p -> p.inBase() && p.cell(0).text().startsWith("Forecasters"))
                .findFirst().orElseThrow();
        assertTrue(forecast.changedBy().stream().anyMatch(n -> n == 1), "the number c5 changed");
        assertTrue(forecast.changedBy().stream().allMatch(n -> n <= 1));
        assertTrue(one.passages().stream().noneMatch(p -> !p.inBase()), "no witness-only row c5 does not carry");
        assertThrows(IllegalArgumentException.class, () -> all.columns(List.of(c5, 0)));
    }
}
