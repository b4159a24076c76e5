package org.storyfold.cluster;

/**
 * The sum of a story's member vectors, kept to its {@code capacity} heaviest terms so that a
 * story of thousands of articles costs no more than one of dozens. Mutable; not thread-safe.
 */
final class Centroid {

    private final int capacity;
    private int[] ids = new int[0];
    private float[] sums = new float[0];
    private int size;
    private double norm;

    Centroid(int capacity) {
        this.capacity = capacity;
    }

    /** Adds {@code v} times {@code scale}. */
    void add(TermVector v, float scale) {
        add(v.ids, v.weights, v.ids.length, scale);
    }

    /** Each thread's room for a merge, reused from add to add: the merged terms before any are dropped. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        int[] ids = new int[1024];
        float[] sums = new float[1024];
        float[] select = new float[1024];

        void fit(int n) {
            if (ids.length < n) {
                int size = Math.max(n, ids.length * 2);
                ids = new int[size];
                sums = new float[size];
                select = new float[size];
            }
        }
    }

    /** Adds the terms {@code otherIds[0, count)} with their weights times {@code scale}. */
    private void add(int[] otherIds, float[] otherWeights, int count, float scale) {
        Scratch scratch = SCRATCH.get();
        scratch.fit(size + count);
        int[] mergedIds = scratch.ids;
        float[] mergedSums = scratch.sums;
        int i = 0;
        int j = 0;
        int n = 0;
        // Merged without a branch on which side is behind (the CPU cannot guess it): a term on one
        // side only adds 0 from the other, which leaves its sum as it is (sums are never -0).
        while (i < size && j < count) {
            int x = ids[i];
            int y = otherIds[j];
            boolean mine = x <= y;
            boolean theirs = y <= x;
            mergedIds[n] = mine ? x : y;
            mergedSums[n++] = (mine ? sums[i] : 0f) + (theirs ? otherWeights[j] * scale : 0f);
            i += mine ? 1 : 0;
            j += theirs ? 1 : 0;
        }
        for (; i < size; i++) {
            mergedIds[n] = ids[i];
            mergedSums[n++] = sums[i];
        }
        for (; j < count; j++) {
            mergedIds[n] = otherIds[j];
            mergedSums[n++] = otherWeights[j] * scale;
        }
        if (n <= capacity) {
            set(java.util.Arrays.copyOf(mergedIds, n), java.util.Arrays.copyOf(mergedSums, n), n);
        } else {
            keepHeaviest(mergedIds, mergedSums, n, capacity, scratch.select);
        }
    }

    /** An independent copy (the arrays are shared: they are replaced, never written, by {@link #add}). */
    Centroid copy() {
        Centroid c = new Centroid(capacity);
        c.ids = ids;
        c.sums = sums;
        c.size = size;
        c.norm = norm;
        return c;
    }

    /** Adds the whole of {@code other}. */
    void add(Centroid other) {
        add(other.ids, other.sums, other.size, 1f);
    }

    /** The cosine of {@code v} (unit length) with this centroid. */
    double cosine(TermVector v) {
        if (norm == 0) {
            return 0;
        }
        return TermVector.dot(ids, sums, size, v.ids, v.weights, v.ids.length) / norm;
    }

    /** The dot product of the sums with {@code v}. */
    double dot(TermVector v) {
        return TermVector.dot(ids, sums, size, v.ids, v.weights, v.ids.length);
    }

    /** The dot product of two sums. */
    double dot(Centroid other) {
        return TermVector.dot(ids, sums, size, other.ids, other.sums, other.size);
    }

    /** The cosine of two centroids. */
    double cosine(Centroid other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        return TermVector.dot(ids, sums, size, other.ids, other.sums, other.size) / (norm * other.norm);
    }

    /** The centroid's direction as a unit vector of at most {@code max} terms. */
    TermVector top(int max) {
        return TermVector.of(ids, sums, size, max);
    }

    /** The sums as they are, not scaled. */
    TermVector asVector() {
        return new TermVector(java.util.Arrays.copyOf(ids, size), java.util.Arrays.copyOf(sums, size));
    }

    /** Shrinks to the {@code max} heaviest terms, for a story that no longer changes. */
    void shrink(int max) {
        if (size > max) {
            keepHeaviest(ids, sums, size, max, new float[size]);
        }
    }

    int size() {
        return size;
    }

    int id(int i) {
        return ids[i];
    }

    float sum(int i) {
        return sums[i];
    }

    static Centroid restore(int capacity, int[] ids, float[] sums) {
        Centroid c = new Centroid(capacity);
        c.set(ids, sums, ids.length);
        return c;
    }

    private void set(int[] newIds, float[] newSums, int n) {
        if (n > capacity) {
            keepHeaviest(newIds, newSums, n, capacity, new float[n]);
            return;
        }
        ids = newIds.length == n ? newIds : java.util.Arrays.copyOf(newIds, n);
        sums = newSums.length == n ? newSums : java.util.Arrays.copyOf(newSums, n);
        size = n;
        double sq = 0;
        for (int k = 0; k < n; k++) {
            sq += sums[k] * (double) sums[k];
        }
        norm = Math.sqrt(sq);
    }

    /**
     * Keeps the {@code max} heaviest of the {@code n} terms (ties: the earlier), in their order, as
     * {@link TermVector#keepHeaviest} marks them; {@code room} holds at least {@code n} floats to select in.
     */
    private void keepHeaviest(int[] fromIds, float[] fromSums, int n, int max, float[] room) {
        System.arraycopy(fromSums, 0, room, 0, n);
        float kth = TermVector.select(room, 0, n - 1, n - max);
        int above = 0;
        for (int i = 0; i < n; i++) {
            above += fromSums[i] > kth ? 1 : 0;
        }
        int ties = max - above;
        int[] keptIds = new int[max];
        float[] keptSums = new float[max];
        int k = 0;
        for (int i = 0; i < n && k < max; i++) {
            float sum = fromSums[i];
            if (sum > kth || (sum == kth && ties-- > 0)) {
                keptIds[k] = fromIds[i];
                keptSums[k++] = sum;
            }
        }
        set(keptIds, keptSums, max);
    }
}
