package org.stemma.align;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DiffTest {

    @Test
    void hunksTurnTheLeftIntoTheRightWithTheFewestEdits() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            int[] a = random.ints(random.nextInt(30), 0, 6).toArray();
            int[] b = random.ints(random.nextInt(30), 0, 6).toArray();
            List<Diff.Hunk> hunks = Diff.diff(a, b);
            assertArrayEquals(b, apply(a, b, hunks));
            int edits = hunks.stream().mapToInt(h -> h.leftTo() - h.leftFrom() + h.rightTo() - h.rightFrom()).sum();
            assertEquals(a.length + b.length - 2 * lcs(a, b), edits, "minimal edit script");
        }
    }

    @Test
    void oneReplacedWord() {
        int[] a = {1, 2, 3, 4, 5};
        int[] b = {1, 2, 9, 4, 5};
        assertEquals(List.of(new Diff.Hunk(2, 3, 2, 3)), Diff.diff(a, b));
        assertEquals(List.of(), Diff.diff(a, a.clone()));
    }

    private static int[] apply(int[] a, int[] b, List<Diff.Hunk> hunks) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        for (Diff.Hunk h : hunks) {
            while (i < h.leftFrom()) {
                out.add(a[i++]);
            }
            for (int j = h.rightFrom(); j < h.rightTo(); j++) {
                out.add(b[j]);
            }
            i = h.leftTo();
        }
        while (i < a.length) {
            out.add(a[i++]);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lcs(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length][b.length];
    }
}
