package org.stemma.text;

/** Arithmetic on sets of ids kept as sorted int arrays (word ids, 3-gram ids). */
public final class SortedIds {

    private SortedIds() {
    }

    /** Dice's coefficient of two sorted sets of distinct ids: twice the shared ids over both sizes. */
    public static double dice(int[] a, int[] b) {
        if (a.length + b.length == 0) {
            return 0;
        }
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
        return 2.0 * n / (a.length + b.length);
    }
}
