package org.storyfold.dedup.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The postings of sentence keys: for each key, the documents that printed it, at most
 * {@code cap}. Most keys have one document, stored in the table itself (8 bytes a slot); longer
 * lists live apart. A key held by {@code cap} documents is saturated: it is boilerplate or a
 * much-quoted line, not evidence of copying, and takes no more documents.
 *
 * <p>The table is cut into 1,024 segments by the key's top bits, each an open-addressing table
 * that grows on its own (so growing never needs twice the memory of the whole table, and up to
 * 30 million keys no segment's arrays are large enough for the garbage collector to give them
 * regions of their own, which would double their cost). A slot stores the key's low 32 bits,
 * which also place it, so together with the segment 42 bits of the key are compared: two
 * different keys are confused with probability about n / 2^42, which only ever adds a candidate
 * for verification. Not thread-safe.
 */
public final class KeyPostings {

    private static final int SEGMENT_BITS = 10;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final int EMPTY = 0;
    /** A handle is a segment and a slot; a segment never grows past 2^SLOT_BITS slots. */
    private static final int SLOT_BITS = 21;
    private static final int SLOT_MASK = (1 << SLOT_BITS) - 1;

    private final int cap;
    private final int[][] keys = new int[SEGMENTS][];
    private final int[][] values = new int[SEGMENTS][];
    private final int[] used = new int[SEGMENTS];
    private int[][] lists = new int[16][];
    private int listCount;
    private long postings;

    public KeyPostings(int cap) {
        if (cap < 2) {
            throw new IllegalArgumentException("cap must be at least 2, got " + cap);
        }
        this.cap = cap;
        for (int s = 0; s < SEGMENTS; s++) {
            keys[s] = new int[16];
            values[s] = new int[16];
        }
    }

    /** Where {@code key} is held, as a handle for {@link #size} and {@link #documents}, or -1. */
    public int find(long key) {
        int s = segment(key);
        int k = lowBits(key);
        int[] ks = keys[s];
        int mask = ks.length - 1;
        int slot = k & mask;
        while (ks[slot] != EMPTY) {
            if (ks[slot] == k) {
                return (s << SLOT_BITS) | slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** How many documents hold the key at {@code handle}; {@code cap} means saturated. */
    public int size(int handle) {
        int value = values[handle >>> SLOT_BITS][handle & SLOT_MASK];
        return value >= 0 ? 1 : lists[-value - 1][0];
    }

    /** Copies the documents at {@code handle} into {@code into} (which must hold {@code cap}) and returns how many. */
    public int documents(int handle, int[] into) {
        int value = values[handle >>> SLOT_BITS][handle & SLOT_MASK];
        if (value >= 0) {
            into[0] = value;
            return 1;
        }
        int[] list = lists[-value - 1];
        System.arraycopy(list, 1, into, 0, list[0]);
        return list[0];
    }

    /** How many documents hold {@code key} (0 if none); {@code cap} means saturated. */
    public int count(long key) {
        int h = find(key);
        return h < 0 ? 0 : size(h);
    }

    /** Whether {@code key} is saturated. */
    public boolean saturated(long key) {
        return count(key) >= cap;
    }

    /** Copies the documents holding {@code key} into {@code into} and returns how many there are. */
    public int documents(long key, int[] into) {
        int h = find(key);
        return h < 0 ? 0 : documents(h, into);
    }

    /** Posts {@code doc} under {@code key}, unless the key is saturated. */
    public void add(long key, int doc) {
        int s = segment(key);
        int k = lowBits(key);
        int[] ks = keys[s];
        int mask = ks.length - 1;
        int slot = k & mask;
        while (ks[slot] != EMPTY) {
            if (ks[slot] == k) {
                append(s, slot, doc);
                return;
            }
            slot = (slot + 1) & mask;
        }
        ks[slot] = k;
        values[s][slot] = doc;
        postings++;
        if (++used[s] * 4 > ks.length * 3) {
            grow(s);
        }
    }

    /** The number of keys and postings held, for memory reports. */
    public long keys() {
        long n = 0;
        for (int u : used) {
            n += u;
        }
        return n;
    }

    public long postings() {
        return postings;
    }

    /** Bytes of heap held. */
    public long heapBytes() {
        long bytes = 0;
        for (int s = 0; s < SEGMENTS; s++) {
            bytes += 8L * keys[s].length;
        }
        for (int i = 0; i < listCount; i++) {
            bytes += 16 + 4L * lists[i].length;
        }
        return bytes + 8L * lists.length;
    }

    private void append(int s, int slot, int doc) {
        int value = values[s][slot];
        if (value >= 0) {
            if (listCount == lists.length) {
                lists = Arrays.copyOf(lists, lists.length * 2);
            }
            lists[listCount] = new int[] {2, value, doc, 0};
            values[s][slot] = -(++listCount);
            postings++;
            return;
        }
        int[] list = lists[-value - 1];
        int n = list[0];
        if (n >= cap) {
            return;
        }
        if (n + 1 == list.length) {
            list = Arrays.copyOf(list, Math.min(cap + 1, list.length * 2));
            lists[-value - 1] = list;
        }
        list[n + 1] = doc;
        list[0] = n + 1;
        postings++;
    }

    private void grow(int s) {
        if (keys[s].length >= 1 << SLOT_BITS) {
            throw new IllegalStateException("a key table segment is full: about 1.5 billion keys");
        }
        int[] oldKeys = keys[s];
        int[] oldValues = values[s];
        int[] ks = new int[oldKeys.length * 2];
        int[] vs = new int[ks.length];
        int mask = ks.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            int k = oldKeys[i];
            if (k != EMPTY) {
                int slot = k & mask;
                while (ks[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                ks[slot] = k;
                vs[slot] = oldValues[i];
            }
        }
        keys[s] = ks;
        values[s] = vs;
    }

    private static int segment(long key) {
        return (int) (key >>> (64 - SEGMENT_BITS));
    }

    /** The key's low 32 bits, mixed so that they also spread over the slots; never EMPTY. */
    private static int lowBits(long key) {
        int k = (int) key * 0x9E3779B1;
        k ^= k >>> 16;
        return k == EMPTY ? 1 : k;
    }

    /** Writes the table. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(cap);
        out.writeInt(SEGMENTS);
        out.writeLong(postings);
        for (int s = 0; s < SEGMENTS; s++) {
            out.writeInt(keys[s].length);
            out.writeInt(used[s]);
            writeInts(out, keys[s], keys[s].length);
            writeInts(out, values[s], values[s].length);
        }
        out.writeInt(listCount);
        for (int i = 0; i < listCount; i++) {
            int[] list = lists[i];
            out.writeInt(list[0]);
            writeInts(out, list, list[0] + 1);
        }
    }

    /** Reads a table written by {@link #write}. */
    public static KeyPostings read(DataInputStream in) throws IOException {
        KeyPostings p = new KeyPostings(in.readInt());
        int segments = in.readInt();
        if (segments != SEGMENTS) {
            throw new IOException("the key table was written with " + segments + " segments; this version reads " + SEGMENTS);
        }
        p.postings = in.readLong();
        for (int s = 0; s < SEGMENTS; s++) {
            int length = in.readInt();
            p.used[s] = in.readInt();
            p.keys[s] = readInts(in, length, length);
            p.values[s] = readInts(in, length, length);
        }
        p.listCount = in.readInt();
        p.lists = new int[Math.max(16, p.listCount)][];
        for (int i = 0; i < p.listCount; i++) {
            int n = in.readInt();
            p.lists[i] = readInts(in, n + 1, Math.min(p.cap + 1, Math.max(4, n + 2)));
        }
        return p;
    }

    static void writeInts(DataOutputStream out, int[] values, int n) throws IOException {
        byte[] buffer = new byte[8192];
        int at = 0;
        for (int i = 0; i < n; i++) {
            int v = values[i];
            buffer[at++] = (byte) (v >>> 24);
            buffer[at++] = (byte) (v >>> 16);
            buffer[at++] = (byte) (v >>> 8);
            buffer[at++] = (byte) v;
            if (at == buffer.length) {
                out.write(buffer, 0, at);
                at = 0;
            }
        }
        out.write(buffer, 0, at);
    }

    static int[] readInts(DataInputStream in, int n, int capacity) throws IOException {
        int[] values = new int[Math.max(n, capacity)];
        byte[] buffer = new byte[8192];
        int i = 0;
        while (i < n) {
            int chunk = Math.min(buffer.length / 4, n - i);
            in.readFully(buffer, 0, chunk * 4);
            for (int b = 0; b < chunk * 4; b += 4) {
                values[i++] = (buffer[b] & 0xff) << 24 | (buffer[b + 1] & 0xff) << 16
                        | (buffer[b + 2] & 0xff) << 8 | (buffer[b + 3] & 0xff);
            }
        }
        return values;
    }
}
