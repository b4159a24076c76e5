package org.storyfold.bench.dedup;

/** A set of 64-bit keys, each given the number of its insertion: open addressing, no boxing. Not thread-safe for writing. */
final class LongIndex {

    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** The number of {@code key}, adding it if new. */
    int intern(long key) {
        int at = find(key);
        if (used[at]) {
            return values[at];
        }
        used[at] = true;
        keys[at] = key;
        values[at] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The number of {@code key}, or -1. */
    int get(long key) {
        int at = find(key);
        return used[at] ? values[at] : -1;
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int at = (int) (h ^ (h >>> 32)) & mask;
        while (used[at] && keys[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[keys.length];
        used = new boolean[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int at = find(oldKeys[i]);
                used[at] = true;
                keys[at] = oldKeys[i];
                values[at] = oldValues[i];
            }
        }
    }
}
