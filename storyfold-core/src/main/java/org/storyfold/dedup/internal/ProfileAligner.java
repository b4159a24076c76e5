package org.storyfold.dedup.internal;

import java.util.Arrays;

/**
 * Aligns the sentences of two profiles in both directions at once: for each sentence of either
 * side, the most similar sentence of the other side by the Jaccard similarity of their token
 * sets, if that reaches the threshold. The right side's tokens are looked up in the left side's
 * sorted postings, so only sentences that share a token are ever compared. Thread-safe.
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

    /**
     * Aligns {@code left} and {@code right} in both directions. The left side's postings are
     * computed once and kept with its profile, so aligning one new article with several
     * candidates (the left side each time) costs a lookup per candidate token.
     */
    public Alignment align(Profile left, Profile right) {
        int n = left.sentences();
        int m = right.sentences();
        int[] leftMatch = new int[n];
        int[] rightMatch = new int[m];
        double[] leftSim = new double[n];
        double[] rightSim = new double[m];
        Arrays.fill(leftMatch, -1);
        Arrays.fill(rightMatch, -1);
        long[] postings = left.postings();
        int[] shared = new int[n];
        int[] touched = new int[n];
        for (int j = 0; j < m; j++) {
            int b = right.distinct(j);
            if (b == 0) {
                continue;
            }
            int count = 0;
            for (int k = right.start(j); k < right.start(j + 1); k++) {
                int token = right.token(k);
                int at = Profile.firstPosting(postings, token);
                while (at < postings.length && (int) (postings[at] >>> 32) == (token ^ Integer.MIN_VALUE)) {
                    int i = (int) postings[at];
                    if (shared[i]++ == 0) {
                        touched[count++] = i;
                    }
                    at++;
                }
            }
            for (int t = 0; t < count; t++) {
                int i = touched[t];
                int both = shared[i];
                shared[i] = 0;
                double sim = both / (double) (left.distinct(i) + b - both);
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
