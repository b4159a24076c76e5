package org.storyfold.dedup.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Verified copy relations between documents, each seen from both sides: how {@code a} relates
 * to {@code b} and how {@code b} relates to {@code a} ({@link #NEAR}, {@link #PARTIAL} or
 * {@link #NONE}), with the share of the copying side's words in matched sentences and how many of
 * its sentences matched, and whether the pair is a near copy (judged from the side that copies).
 * Each document's edges are linked in a list. About 40 bytes an edge. Not thread-safe.
 */
public final class EdgeTable {

    public static final byte NONE = 0;
    public static final byte NEAR = 1;
    public static final byte PARTIAL = 2;

    private int[] a = new int[16];
    private int[] b = new int[16];
    private byte[] kindAB = new byte[16];
    private byte[] kindBA = new byte[16];
    private boolean[] near = new boolean[16];
    private float[] shareAB = new float[16];
    private float[] shareBA = new float[16];
    private int[] copiedAB = new int[16];
    private int[] copiedBA = new int[16];
    private int[] nextOfA = new int[16];
    private int[] nextOfB = new int[16];
    private int[] first = new int[16];
    private int edges;

    public EdgeTable() {
        Arrays.fill(first, -1);
    }

    /** Records a verified pair; returns the edge's number. */
    public int add(int x, int y, byte xToY, float xShare, int xCopied, byte yToX, float yShare, int yCopied,
                   boolean nearCopy) {
        ensureDoc(Math.max(x, y));
        if (edges == a.length) {
            int n = edges * 2;
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
            kindAB = Arrays.copyOf(kindAB, n);
            kindBA = Arrays.copyOf(kindBA, n);
            near = Arrays.copyOf(near, n);
            shareAB = Arrays.copyOf(shareAB, n);
            shareBA = Arrays.copyOf(shareBA, n);
            copiedAB = Arrays.copyOf(copiedAB, n);
            copiedBA = Arrays.copyOf(copiedBA, n);
            nextOfA = Arrays.copyOf(nextOfA, n);
            nextOfB = Arrays.copyOf(nextOfB, n);
        }
        int e = edges++;
        a[e] = x;
        b[e] = y;
        kindAB[e] = xToY;
        shareAB[e] = xShare;
        copiedAB[e] = xCopied;
        kindBA[e] = yToX;
        shareBA[e] = yShare;
        copiedBA[e] = yCopied;
        near[e] = nearCopy;
        nextOfA[e] = first[x];
        first[x] = e;
        nextOfB[e] = first[y];
        first[y] = e;
        return e;
    }

    /** Calls {@code action} with the number of each edge of {@code doc}. */
    public void forEachEdge(int doc, IntConsumer action) {
        if (doc >= first.length) {
            return;
        }
        int e = first[doc];
        while (e >= 0) {
            action.accept(e);
            e = a[e] == doc ? nextOfA[e] : nextOfB[e];
        }
    }

    public int size() {
        return edges;
    }

    /** The other end of edge {@code e}. */
    public int other(int e, int doc) {
        return a[e] == doc ? b[e] : a[e];
    }

    /** Whether edge {@code e} joins a near copy to what it copies. */
    public boolean near(int e) {
        return near[e];
    }

    /** Marks edge {@code e} as joining a near copy to what it copies. */
    public void setNear(int e) {
        near[e] = true;
    }

    /** How {@code doc} relates to the other end of edge {@code e}. */
    public byte kindFrom(int e, int doc) {
        return a[e] == doc ? kindAB[e] : kindBA[e];
    }

    public float shareFrom(int e, int doc) {
        return a[e] == doc ? shareAB[e] : shareBA[e];
    }

    public int copiedFrom(int e, int doc) {
        return a[e] == doc ? copiedAB[e] : copiedBA[e];
    }

    private void ensureDoc(int doc) {
        if (doc >= first.length) {
            int old = first.length;
            first = Arrays.copyOf(first, Math.max(doc + 1, old * 2));
            Arrays.fill(first, old, first.length, -1);
        }
    }

    public long heapBytes() {
        return 39L * a.length + 4L * first.length;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(edges);
        for (int e = 0; e < edges; e++) {
            out.writeInt(a[e]);
            out.writeInt(b[e]);
            out.writeByte(kindAB[e]);
            out.writeFloat(shareAB[e]);
            out.writeInt(copiedAB[e]);
            out.writeByte(kindBA[e]);
            out.writeFloat(shareBA[e]);
            out.writeInt(copiedBA[e]);
            out.writeBoolean(near[e]);
        }
    }

    public static EdgeTable read(DataInputStream in) throws IOException {
        EdgeTable t = new EdgeTable();
        int n = in.readInt();
        for (int e = 0; e < n; e++) {
            int x = in.readInt();
            int y = in.readInt();
            byte kxy = in.readByte();
            float sxy = in.readFloat();
            int cxy = in.readInt();
            byte kyx = in.readByte();
            float syx = in.readFloat();
            int cyx = in.readInt();
            t.add(x, y, kxy, sxy, cxy, kyx, syx, cyx, in.readBoolean());
        }
        return t;
    }
}
