package org.stemma.index;

import java.util.Arrays;

/**
 * The slots holding each value of a snapshot of sets (one sorted set of ints per slot), in flat arrays
 * laid out group by group, so that {@link PairTally} reads each posting list as one run of
 * memory instead of following a chain or merging two articles' sets pair by pair.
 */
final class Inverted {

    /** The slots of group {@code g} are {@code slots[start[g]..start[g + 1])}, highest slot first. */
    final int[] start;
    final int[] slots;
    /** Each group's value. */
    final int[] values;
    /** Each slot's groups, in the order of their values. */
    final int[][] groupsOf;

    private Inverted(int[] start, int[] slots, int[] values, int[][] groupsOf) {
        this.start = start;
        this.slots = slots;
        this.values = values;
        this.groupsOf = groupsOf;
    }

    /** The values held by {@code min..max} slots of {@code sets} (null for an empty slot). */
    static Inverted of(int[][] sets, int min, int max) {
        int total = 0;
        for (int[] set : sets) {
            total += set == null ? 0 : set.length;
        }
        long[] entries = new long[total];
        int n = 0;
        for (int s = 0; s < sets.length; s++) {
            if (sets[s] != null) {
                for (int v : sets[s]) {
                    // Slot inverted, so that a value's slots sort highest first (as IntMultimap lists them).
                    entries[n++] = (long) v << 32 | (Integer.MAX_VALUE - s);
                }
            }
        }
        Arrays.parallelSort(entries);
        int groups = 0;
        int kept = 0;
        int[] perSlot = new int[sets.length];
        for (int i = 0, j; i < total; i = j) {
            j = end(entries, i);
            if (j - i >= min && j - i <= max) {
                groups++;
                kept += j - i;
                for (int e = i; e < j; e++) {
                    perSlot[slot(entries[e])]++;
                }
            }
        }
        int[] start = new int[groups + 1];
        int[] slots = new int[kept];
        int[] values = new int[groups];
        int[][] groupsOf = new int[sets.length][];
        for (int s = 0; s < sets.length; s++) {
            groupsOf[s] = new int[perSlot[s]];
        }
        Arrays.fill(perSlot, 0);
        int g = 0;
        int k = 0;
        for (int i = 0, j; i < total; i = j) {
            j = end(entries, i);
            if (j - i >= min && j - i <= max) {
                values[g] = (int) (entries[i] >> 32);
                start[g] = k;
                for (int e = i; e < j; e++) {
                    int s = slot(entries[e]);
                    slots[k++] = s;
                    groupsOf[s][perSlot[s]++] = g;
                }
                g++;
            }
        }
        start[groups] = k;
        return new Inverted(start, slots, values, groupsOf);
    }

    private static int end(long[] entries, int i) {
        int j = i + 1;
        while (j < entries.length && entries[j] >> 32 == entries[i] >> 32) {
            j++;
        }
        return j;
    }

    private static int slot(long entry) {
        return Integer.MAX_VALUE - (int) entry;
    }
}
