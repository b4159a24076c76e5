package org.storyfold.dedup.internal;

import java.util.Arrays;

/**
 * Aligns the sentences of two profiles in both directions at once: for each sentence of either
 * side, the most similar sentence of the other side by the Jaccard similarity of their token
 * sets, if that reaches the threshold. Each pair of sentences is compared once, after a length
 * filter (two sets whose sizes differ too much cannot reach the threshold). Thread-safe.
 */
public final class ProfileAligner {

    /** Both directions of an alignment: for each sentence, its best match's index (or -1) and similarity. */
    public record Alignment(int[] leftMatch, double[] leftSimilarity, int[] rightMatch, double[] rightSimilarity) {
    }

    private final double threshold;

    /** @param threshold least token Jaccard similarity for two sentences to match, in (0, 1] */
    public ProfileAligner(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    public Alignment align(Profile left, Profile right) {
        int n = left.sentences();
        int m = right.sentences();
        int[] leftMatch = new int[n];
        int[] rightMatch = new int[m];
        double[] leftSim = new double[n];
        double[] rightSim = new double[m];
        Arrays.fill(leftMatch, -1);
        Arrays.fill(rightMatch, -1);
        for (int i = 0; i < n; i++) {
            int a = left.distinct(i);
            if (a == 0) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                int b = right.distinct(j);
                if (b == 0 || Math.min(a, b) < threshold * Math.max(a, b)) {
                    continue;
                }
                int shared = left.shared(i, right, j);
                if (shared == 0) {
                    continue;
                }
                double sim = shared / (double) (a + b - shared);
                if (sim >= threshold) {
                    if (sim > leftSim[i]) {
                        leftSim[i] = sim;
                        leftMatch[i] = j;
                    }
                    if (sim > rightSim[j]) {
                        rightSim[j] = sim;
                        rightMatch[j] = i;
                    }
                }
            }
        }
        return new Alignment(leftMatch, leftSim, rightMatch, rightSim);
    }
}
