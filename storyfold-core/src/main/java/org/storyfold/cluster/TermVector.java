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

    TermVector(int[] ids, float[] weights) {
        this.ids = ids;
        this.weights = weights;
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
        int[] order = heaviestFirst(weights, count);
        int keep = Math.min(max, count);
        int[] keptIds = new int[keep];
        float[] keptWeights = new float[keep];
        Integer[] byId = new Integer[keep];
        for (int i = 0; i < keep; i++) {
            byId[i] = order[i];
        }
        Arrays.sort(byId, (a, b) -> Integer.compare(ids[a], ids[b]));
        double norm = 0;
        for (int i = 0; i < keep; i++) {
            keptIds[i] = ids[byId[i]];
            keptWeights[i] = weights[byId[i]];
            norm += keptWeights[i] * (double) keptWeights[i];
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < keep; i++) {
                keptWeights[i] *= scale;
            }
        }
        return new TermVector(keptIds, keptWeights);
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
        while (i < aLen && j < bLen) {
            int x = aIds[i];
            int y = bIds[j];
            if (x == y) {
                sum += aW[i++] * (double) bW[j++];
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}
