package org.storyfold.dedup.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;

/**
 * The families of exact and near copies, as a union-find over document numbers that also links
 * each family's members in a ring, so that a family can be listed without scanning every
 * document, and keeps each family's anchors, against which a new candidate is always verified:
 * its likely original (by the order given) and its fullest printing (most words). Families only
 * grow and merge. Not thread-safe.
 */
public final class Families {

    private int[] parent = new int[16];
    private int[] size = new int[16];
    private int[] next = new int[16];
    private int[] anchor = new int[16];
    private int[] fullest = new int[16];
    private int[] words = new int[16];
    private final IntBinaryOperator order;
    private int count;

    /** Families whose anchor is the first member by {@code order} (a comparison of document numbers). */
    public Families(IntBinaryOperator order) {
        this.order = order;
    }

    /** Adds document {@code doc} (the next number), of {@code wordCount} words, as a family of its own. */
    public void add(int doc, int wordCount) {
        if (doc != count) {
            throw new IllegalArgumentException("documents are added in order: expected " + count + ", got " + doc);
        }
        if (doc == parent.length) {
            int n = doc * 2;
            parent = Arrays.copyOf(parent, n);
            size = Arrays.copyOf(size, n);
            next = Arrays.copyOf(next, n);
            anchor = Arrays.copyOf(anchor, n);
            fullest = Arrays.copyOf(fullest, n);
            words = Arrays.copyOf(words, n);
        }
        anchor[doc] = doc;
        fullest[doc] = doc;
        words[doc] = wordCount;
        parent[doc] = doc;
        size[doc] = 1;
        next[doc] = doc;
        count++;
    }

    /** The family's representative. */
    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public int size(int x) {
        return size[find(x)];
    }

    /** Joins two families; returns true if they were apart. */
    public boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        if (order.applyAsInt(anchor[rb], anchor[ra]) < 0) {
            anchor[ra] = anchor[rb];
        }
        if (words[fullest[rb]] > words[fullest[ra]]) {
            fullest[ra] = fullest[rb];
        }
        int t = next[ra];
        next[ra] = next[rb];
        next[rb] = t;
        return true;
    }

    /** The likely original of {@code x}'s family. */
    public int anchor(int x) {
        return anchor[find(x)];
    }

    /** The printing of most words of {@code x}'s family. */
    public int fullest(int x) {
        return fullest[find(x)];
    }

    /** Calls {@code action} for each member of {@code x}'s family. */
    public void forEachMember(int x, IntConsumer action) {
        int m = x;
        do {
            action.accept(m);
            m = next[m];
        } while (m != x);
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(count);
        KeyPostings.writeInts(out, parent, count);
        KeyPostings.writeInts(out, size, count);
        KeyPostings.writeInts(out, next, count);
        KeyPostings.writeInts(out, anchor, count);
        KeyPostings.writeInts(out, fullest, count);
        KeyPostings.writeInts(out, words, count);
    }

    public static Families read(DataInputStream in, IntBinaryOperator order) throws IOException {
        Families f = new Families(order);
        f.count = in.readInt();
        int capacity = Math.max(16, f.count);
        f.parent = KeyPostings.readInts(in, f.count, capacity);
        f.size = KeyPostings.readInts(in, f.count, capacity);
        f.next = KeyPostings.readInts(in, f.count, capacity);
        f.anchor = KeyPostings.readInts(in, f.count, capacity);
        f.fullest = KeyPostings.readInts(in, f.count, capacity);
        f.words = KeyPostings.readInts(in, f.count, capacity);
        return f;
    }

    public long heapBytes() {
        return 24L * parent.length;
    }
}
