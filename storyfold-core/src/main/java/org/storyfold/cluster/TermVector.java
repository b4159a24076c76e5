package org.storyfold.cluster;

import java.util.Arrays;

/**
 * A sparse vector over term ids: ids in increasing order, each with its weight. Immutable once
 * built: the arrays are open to this package for speed, and nothing writes to them.
 */
final class TermVector {

    static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    final int[] ids;
    final float[] weights;
    /** Positions by decreasing weight; computed once, on first use or when built by {@link #of}. */
    private int[] heaviest;

    TermVector(int[] ids, float[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /** How many of the heaviest positions {@link #heaviestFirst()} gives: as many as the index ever reads. */
    static final int HEAVIEST = 32;

    /**
     * The positions of the {@link #HEAVIEST} heaviest terms (all if fewer), by decreasing weight,
     * ties by position. Computed once; a vector shared between threads must have had it computed
     * before it was shared (as {@link #of} does).
     */
    int[] heaviestFirst() {
        if (heaviest == null) {
            heaviest = heaviest(weights, ids.length, HEAVIEST);
        }
        return heaviest;
    }

    /** The positions of the {@code k} heaviest of {@code weights[0..count)}, heaviest first, by partial insertion. */
    static int[] heaviest(float[] weights, int count, int k) {
        int n = Math.min(k, count);
        int[] top = new int[n];
        int size = 0;
        for (int i = 0; i < count; i++) {
            float w = weights[i];
            if (size == n && w <= weights[top[n - 1]]) {
                continue;
            }
            int j = size < n ? size++ : n - 1;
            while (j > 0 && weights[top[j - 1]] < w) {
                top[j] = top[j - 1];
                j--;
            }
            top[j] = i;
        }
        return top;
    }

    int size() {
        return ids.length;
    }

    int id(int i) {
        return ids[i];
    }

    float weight(int i) {
        return weights[i];
    }

    /** The vector from unordered ids and weights, keeping only the {@code max} heaviest terms, scaled to unit length. */
    static TermVector of(int[] ids, float[] weights, int count, int max) {
        int keep = Math.min(max, count);
        // Positions to keep, keyed by term id so that one sort of primitives puts them in id order.
        long[] byId = new long[keep];
        if (keep == count) {
            for (int i = 0; i < count; i++) {
                byId[i] = ((long) ids[i] << 32) | i;
            }
        } else {
            boolean[] kept = keepHeaviest(weights, count, keep);
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (kept[i]) {
                    byId[n++] = ((long) ids[i] << 32) | i;
                }
            }
        }
        Arrays.sort(byId);
        int[] keptIds = new int[keep];
        float[] keptWeights = new float[keep];
        double norm = 0;
        for (int i = 0; i < keep; i++) {
            int position = (int) byId[i];
            keptIds[i] = ids[position];
            keptWeights[i] = weights[position];
            norm += keptWeights[i] * (double) keptWeights[i];
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < keep; i++) {
                keptWeights[i] *= scale;
            }
        }
        TermVector v = new TermVector(keptIds, keptWeights);
        v.heaviestFirst();
        return v;
    }

    /**
     * Marks the {@code k} heaviest of {@code weights[0..count)} (ties: the earlier positions), by
     * selecting the k-th largest weight rather than sorting: linear on average.
     */
    static boolean[] keepHeaviest(float[] weights, int count, int k) {
        boolean[] kept = new boolean[count];
        if (k >= count) {
            java.util.Arrays.fill(kept, true);
            return kept;
        }
        float[] copy = java.util.Arrays.copyOf(weights, count);
        float kth = select(copy, 0, count - 1, count - k);
        int above = 0;
        for (int i = 0; i < count; i++) {
            if (weights[i] > kth) {
                kept[i] = true;
                above++;
            }
        }
        for (int i = 0; i < count && above < k; i++) {
            if (weights[i] == kth) {
                kept[i] = true;
                above++;
            }
        }
        return kept;
    }

    /** The value that would stand at {@code rank} (0-based, ascending) if {@code a[from..to]} were sorted (Hoare's quickselect). */
    static float select(float[] a, int from, int to, int rank) {
        while (from < to) {
            float pivot = a[(from + to) >>> 1];
            int i = from;
            int j = to;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (rank <= j) {
                to = j;
            } else if (rank >= i) {
                from = i;
            } else {
                return a[rank];
            }
        }
        return a[rank];
    }

    /** Positions 0..count-1 ordered by decreasing weight, ties by position. */
    static int[] heaviestFirst(float[] weights, int count) {
        long[] keyed = new long[count];
        for (int i = 0; i < count; i++) {
            // Weights are non-negative, so their float bits order like the values.
            keyed[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(weights[i])) << 32) | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    /** The dot product with {@code other}. */
    double dot(TermVector other) {
        return dot(ids, weights, ids.length, other.ids, other.weights, other.ids.length);
    }

    static double dot(int[] aIds, float[] aW, int aLen, int[] bIds, float[] bW, int bLen) {
        double sum = 0;
        int i = 0;
        int j = 0;
        // Both sides step without a branch on which is behind (the CPU cannot guess it): about a
        // third faster than if-else stepping on vectors of a few hundred terms; the same sum, added
        // up in the same order.
        while (i < aLen && j < bLen) {
            int x = aIds[i];
            int y = bIds[j];
            if (x == y) {
                sum += aW[i] * (double) bW[j];
            }
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return sum;
    }
}
