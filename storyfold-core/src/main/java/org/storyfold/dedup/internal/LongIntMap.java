package org.storyfold.dedup.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A map from 64-bit hashes to non-negative ints, by open addressing: 12 bytes a slot, no boxing.
 * Keys are expected to be well-mixed hashes. Not thread-safe.
 */
public final class LongIntMap {

    private long[] keys = new long[16];
    private int[] values = new int[16];
    private boolean[] full = new boolean[16];
    private int size;

    /** The value of {@code key}, or -1. */
    public int get(long key) {
        int mask = keys.length - 1;
        int slot = (int) TokenHash.mix(key) & mask;
        while (full[slot]) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Puts {@code value} if {@code key} is absent; returns the value already there, or -1. */
    public int putIfAbsent(long key, int value) {
        int mask = keys.length - 1;
        int slot = (int) TokenHash.mix(key) & mask;
        while (full[slot]) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        full[slot] = true;
        keys[slot] = key;
        values[slot] = value;
        if (++size * 3 > keys.length * 2) {
            grow();
        }
        return -1;
    }

    public int size() {
        return size;
    }

    public long heapBytes() {
        return 13L * keys.length;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldFull = full;
        keys = new long[oldKeys.length * 2];
        values = new int[keys.length];
        full = new boolean[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldFull[i]) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < keys.length; i++) {
            if (full[i]) {
                out.writeLong(keys[i]);
                out.writeInt(values[i]);
            }
        }
    }

    public static LongIntMap read(DataInputStream in) throws IOException {
        LongIntMap m = new LongIntMap();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            m.putIfAbsent(in.readLong(), in.readInt());
        }
        return m;
    }
}
