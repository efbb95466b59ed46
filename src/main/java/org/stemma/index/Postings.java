package org.stemma.index;

import java.util.Arrays;

/** The slots of the articles holding one key, in no particular order. */
final class Postings {

    private int[] slots = new int[2];
    private int size;

    void add(int slot) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
        }
        slots[size++] = slot;
    }

    /** Removes one occurrence of {@code slot}; the last one takes its place. */
    void remove(int slot) {
        for (int i = 0; i < size; i++) {
            if (slots[i] == slot) {
                slots[i] = slots[--size];
                return;
            }
        }
    }

    int size() {
        return size;
    }

    int get(int i) {
        return slots[i];
    }
}
