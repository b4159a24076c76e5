package org.storyfold.dedup;

/**
 * MinHash LSH banding: {@code bands} bands of {@code rows} signature values each. Two articles
 * become candidates when any band agrees, which happens with probability
 * {@code 1 - (1 - s^rows)^bands} at Jaccard similarity {@code s}.
 */
public record LshParameters(int bands, int rows) {

    public LshParameters {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be at least 1, got " + bands + ", " + rows);
        }
    }

    /**
     * The banding whose S-curve best separates pairs below {@code threshold} from pairs above it
     * with {@code permutations} values: the one minimising the area of false positives below the
     * threshold plus false negatives above it (the criterion of datasketch's {@code MinHashLSH}).
     */
    public static LshParameters forThreshold(double threshold, int permutations) {
        return best(threshold, permutations, permutations, permutations);
    }

    /**
     * As {@link #forThreshold(double, int)}, for a scheme whose cost is its number of bands (each
     * band is a key to store) rather than its hash functions: at most {@code maxBands} bands of at
     * most {@code maxRows} rows.
     */
    public static LshParameters forThreshold(double threshold, int maxBands, int maxRows) {
        return best(threshold, maxBands, maxRows, maxBands * maxRows);
    }

    private static LshParameters best(double threshold, int maxBands, int maxRows, int maxHashes) {
        double bestError = Double.MAX_VALUE;
        LshParameters best = null;
        for (int b = 1; b <= maxBands; b++) {
            for (int r = 1; r <= maxRows && r * b <= maxHashes; r++) {
                int bb = b;
                int rr = r;
                double fp = integrate(s -> candidateProbability(s, bb, rr), 0, threshold);
                double fn = integrate(s -> 1 - candidateProbability(s, bb, rr), threshold, 1);
                double error = fp + fn;
                if (error < bestError) {
                    bestError = error;
                    best = new LshParameters(b, r);
                }
            }
        }
        return best;
    }

    /** The probability that two articles of Jaccard similarity {@code s} become candidates. */
    public double candidateProbability(double s) {
        return candidateProbability(s, bands, rows);
    }

    private static double candidateProbability(double s, int b, int r) {
        return 1 - Math.pow(1 - Math.pow(s, r), b);
    }

    private static double integrate(java.util.function.DoubleUnaryOperator f, double a, double b) {
        int steps = 64;
        double h = (b - a) / steps;
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            sum += f.applyAsDouble(a + (i + 0.5) * h);
        }
        return sum * h;
    }
}
