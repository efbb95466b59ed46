package org.stemma.text;

import java.util.Arrays;

/** Arithmetic on sets of ids kept as sorted arrays of distinct values (word ids, 3-gram ids, shingles). */
public final class SortedIds {

    private SortedIds() {
    }

    /** Dice's coefficient of two sets: twice the shared ids over both sizes. */
    public static double dice(int[] a, int[] b) {
        return a.length + b.length == 0 ? 0 : 2.0 * shared(a, b) / (a.length + b.length);
    }

    /** How many ids the two sets share. */
    public static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** How many values the two sets share. */
    public static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** The set of the first {@code length} values of {@code values}, which are sorted in place. */
    public static int[] of(int[] values, int length) {
        Arrays.sort(values, 0, length);
        int distinct = 0;
        for (int i = 0; i < length; i++) {
            if (distinct == 0 || values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    /** The set of {@code values}, which are sorted in place. */
    public static int[] of(int[] values) {
        return of(values, values.length);
    }

    /** The set of {@code values}, which are sorted in place. */
    public static long[] of(long[] values) {
        Arrays.sort(values);
        int distinct = 0;
        for (int i = 0; i < values.length; i++) {
            if (distinct == 0 || values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }
}
