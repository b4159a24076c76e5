package org.storyfold.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a clustering against gold clusters: B-cubed precision, recall and F1 (Bagga and Baldwin,
 * 1998; averaged over items) and the adjusted Rand index (Hubert and Arabie, 1985).
 *
 * @param precision B-cubed precision
 * @param recall    B-cubed recall
 * @param f1        harmonic mean of the two
 * @param ari       adjusted Rand index
 * @param clusters  number of predicted clusters
 */
public record ClusteringMetrics(double precision, double recall, double f1, double ari, int clusters) {

    /** Scores {@code predicted} against {@code gold}; both map every item to its cluster label. */
    public static ClusteringMetrics score(Map<String, String> predicted, Map<String, String> gold) {
        if (!predicted.keySet().equals(gold.keySet())) {
            throw new IllegalArgumentException("predicted and gold must label the same items");
        }
        Map<String, Integer> predictedSize = sizes(predicted);
        Map<String, Integer> goldSize = sizes(gold);
        Map<String, Integer> both = new HashMap<>();
        predicted.forEach((item, p) -> both.merge(p + "\u0000" + gold.get(item), 1, Integer::sum));
        double p = 0;
        double r = 0;
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            int overlap = both.get(e.getValue() + "\u0000" + gold.get(e.getKey()));
            p += overlap / (double) predictedSize.get(e.getValue());
            r += overlap / (double) goldSize.get(gold.get(e.getKey()));
        }
        int n = predicted.size();
        p /= n;
        r /= n;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ClusteringMetrics(p, r, f1, ari(both.values().stream().toList(), predictedSize, goldSize, n),
                predictedSize.size());
    }

    private static double ari(List<Integer> cells, Map<String, Integer> a, Map<String, Integer> b, int n) {
        double index = cells.stream().mapToDouble(ClusteringMetrics::pairs).sum();
        double sumA = a.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
        double sumB = b.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
        double expected = sumA * sumB / pairs(n);
        double max = (sumA + sumB) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double pairs(int k) {
        return k * (k - 1) / 2.0;
    }

    private static Map<String, Integer> sizes(Map<String, String> labels) {
        Map<String, Integer> sizes = new HashMap<>();
        labels.values().forEach(l -> sizes.merge(l, 1, Integer::sum));
        return sizes;
    }
}
