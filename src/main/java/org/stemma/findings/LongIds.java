package org.stemma.findings;

/**
 * Numbers distinct {@code long} keys 0, 1, 2, … in order of first sight. An open-addressing table, because
 * boxed keys in a {@code HashMap} cost an object per lookup and, for two ints side by side, hash badly.
 */
final class LongIds {
    private long[] keys = new long[1024];
    /** The key's id plus one; 0 marks a free slot. */
    private int[] ids = new int[1024];
    private int size;

    /** The id of {@code key}, a new one if it was never seen. */
    int id(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (ids[i] == 0) {
                keys[i] = key;
                ids[i] = ++size;
                if (2 * size > keys.length) {
                    grow();
                }
                return size - 1;
            }
            if (keys[i] == key) {
                return ids[i] - 1;
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[2 * oldKeys.length];
        ids = new int[2 * oldIds.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldIds[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (ids[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                ids[i] = oldIds[j];
            }
        }
    }
}
