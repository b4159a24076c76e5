package org.storyfold.text;

import java.util.Map;

/**
 * Sparse term vectors as maps from term to weight: the one similarity of weighted word vectors,
 * used by the clusterer's baseline and by the recurring-paragraph remover. Stateless.
 */
public final class SparseVectors {

    private SparseVectors() {
    }

    /**
     * The dot product of two sparse vectors: their cosine when both are unit length. Walks the
     * smaller map and looks its terms up in the larger.
     */
    public static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double y = large.get(e.getKey());
            if (y != null) {
                sum += e.getValue() * y;
            }
        }
        return sum;
    }
}
