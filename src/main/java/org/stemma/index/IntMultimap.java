package org.stemma.index;

import java.util.Arrays;

/**
 * Int keys to lists of int slots, in flat arrays: the postings of sampled word 3-grams, about a million
 * at 10,000 articles, would cost some 100 bytes each as boxed map entries and cost 12 here.
 */
final class IntMultimap {

    private int[] keys = new int[1024];
    private int[] heads = filled(1024);
    private int[] counts = new int[1024];
    private boolean[] used = new boolean[1024];
    private int usedKeys;
    private int[] slot = new int[1024];
    private int[] next = new int[1024];
    private int entries;
    private int free = -1;

    void put(int key, int value) {
        if (2 * (usedKeys + 1) > keys.length) {
            grow();
        }
        int k = find(key);
        if (!used[k]) {
            used[k] = true;
            keys[k] = key;
            usedKeys++;
        }
        int e = free >= 0 ? free : entries++;
        if (e == free) {
            free = next[e];
        } else if (e == slot.length) {
            slot = Arrays.copyOf(slot, e * 2);
            next = Arrays.copyOf(next, e * 2);
        }
        slot[e] = value;
        next[e] = heads[k];
        heads[k] = e;
        counts[k]++;
    }

    void remove(int key, int value) {
        int k = find(key);
        if (!used[k]) {
            return;
        }
        for (int e = heads[k], before = -1; e >= 0; before = e, e = next[e]) {
            if (slot[e] == value) {
                if (before < 0) {
                    heads[k] = next[e];
                } else {
                    next[before] = next[e];
                }
                next[e] = free;
                free = e;
                counts[k]--;
                return;
            }
        }
    }

    /** How many values {@code key} has. */
    int count(int key) {
        int k = find(key);
        return used[k] ? counts[k] : 0;
    }

    /** The values of {@code key}, most recent first. */
    int[] values(int key) {
        int k = find(key);
        if (!used[k]) {
            return new int[0];
        }
        int[] out = new int[counts[k]];
        int n = 0;
        for (int e = heads[k]; e >= 0; e = next[e]) {
            out[n++] = slot[e];
        }
        return out;
    }

    private int find(int key) {
        int mask = keys.length - 1;
        int k = (int) (Fingerprint.mix(key) & mask);
        while (used[k] && keys[k] != key) {
            k = (k + 1) & mask;
        }
        return k;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldHeads = heads;
        int[] oldCounts = counts;
        boolean[] oldUsed = used;
        int size = oldKeys.length * 2;
        keys = new int[size];
        heads = filled(size);
        counts = new int[size];
        used = new boolean[size];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int k = find(oldKeys[i]);
                used[k] = true;
                keys[k] = oldKeys[i];
                heads[k] = oldHeads[i];
                counts[k] = oldCounts[i];
            }
        }
    }

    private static int[] filled(int size) {
        int[] a = new int[size];
        Arrays.fill(a, -1);
        return a;
    }
}
