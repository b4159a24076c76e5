package org.storyfold.cluster;

import java.util.Arrays;

/** A set of non-negative ints by open addressing, without boxing. Not thread-safe. */
final class IntSet {

    private static final int FREE = -1;

    private int[] slots = new int[0];
    private int size;

    /** Adds {@code value}; true if it was not there. */
    boolean add(int value) {
        if (slots.length == 0 || (size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != FREE) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    boolean contains(int value) {
        if (size == 0) {
            return false;
        }
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != FREE) {
            if (slots[i] == value) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size;
    }

    /** The values, in no particular order. */
    int[] toArray() {
        int[] out = new int[size];
        int n = 0;
        for (int v : slots) {
            if (v != FREE) {
                out[n++] = v;
            }
        }
        return out;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[Math.max(8, old.length * 2)];
        Arrays.fill(slots, FREE);
        size = 0;
        for (int v : old) {
            if (v != FREE) {
                add(v);
            }
        }
    }

    private static int mix(int v) {
        int h = v * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
