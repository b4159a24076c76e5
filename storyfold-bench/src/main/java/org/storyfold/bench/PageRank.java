package org.storyfold.bench;

/** PageRank by power iteration over a weighted undirected graph, as LexRank and TextRank use it. */
final class PageRank {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-6;

    private PageRank() {
    }

    /**
     * The stationary scores of the random walk that follows edges in proportion to their weight
     * with probability {@code damping} and jumps to a uniformly chosen node otherwise; a node with no
     * edges keeps only the jump's share.
     */
    static double[] scores(double[][] weights, double damping) {
        int n = weights.length;
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                outSum[i] += weights[i][j];
            }
        }
        double[] score = new double[n];
        java.util.Arrays.fill(score, 1.0 / Math.max(1, n));
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] next = new double[n];
            double delta = 0;
            for (int j = 0; j < n; j++) {
                double in = 0;
                for (int i = 0; i < n; i++) {
                    if (weights[i][j] > 0) {
                        in += weights[i][j] / outSum[i] * score[i];
                    }
                }
                next[j] = (1 - damping) / n + damping * in;
                delta += Math.abs(next[j] - score[j]);
            }
            score = next;
            if (delta < TOLERANCE) {
                break;
            }
        }
        return score;
    }
}
