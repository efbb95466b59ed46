package org.stemma.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The set arithmetic the index, the importer and the ledgers share, against java.util sets (seeded, decision 0902). */
class SortedIdsTest {

    @Test
    void setsAreSortedWithEachValueOnceAndCountWhatTheyShareAsHashSetsDo() {
        Random random = new Random(20261202);
        for (int round = 0; round < 500; round++) {
            int[] a = random.ints(random.nextInt(40), -20, 60).toArray();
            int[] b = random.ints(random.nextInt(40), -20, 60).toArray();
            Set<Integer> inA = Arrays.stream(a).boxed().collect(Collectors.toSet());
            Set<Integer> inB = Arrays.stream(b).boxed().collect(Collectors.toSet());
            int[] setA = SortedIds.of(a.clone());
            int[] setB = SortedIds.of(b.clone());
            assertArrayEquals(inA.stream().mapToInt(Integer::intValue).sorted().toArray(), setA);
            Set<Integer> both = new HashSet<>(inA);
            both.retainAll(inB);
            assertEquals(both.size(), SortedIds.shared(setA, setB));
            assertEquals(both.size(), SortedIds.shared(Arrays.stream(setA).asLongStream().toArray(),
                    SortedIds.of(Arrays.stream(b).asLongStream().toArray())));
            double dice = inA.size() + inB.size() == 0 ? 0 : 2.0 * both.size() / (inA.size() + inB.size());
            assertEquals(dice, SortedIds.dice(setA, setB), 1e-12);
        }
    }

    @Test
    void aPrefixIsTakenAsTheSetOfItsValuesOnly() {
        int[] pool = {9, 3, 3, 7, 1, 1, 42, 0};
        assertArrayEquals(new int[]{1, 3, 7, 9}, SortedIds.of(pool, 6), "the last two are not in the set");
    }
}
