package org.storyfold.dedup;

/**
 * How the copy index finds candidates: sentence fingerprints, so that an article that reprints a
 * few sentences of another is found whatever the two articles' lengths.
 *
 * <p>The caller states the goal, {@code sentenceSimilarity}: two printings of a sentence whose word
 * pairs agree at least this much (Jaccard similarity of their sets of adjacent word pairs: one
 * word changed in a 20-word sentence leaves 0.8, three leave 0.55) should share a fingerprint.
 * The bands and rows of the sentence MinHash are derived from it, each band a key to store per
 * sentence, at most {@code maxBands}; {@code bands} and {@code rows} override them (both, or
 * neither).
 *
 * @param sentenceSimilarity least word-pair Jaccard similarity of two printings of a sentence that
 *                           should share a key, in (0, 1]
 * @param maxBands           most keys per sentence when derived, in [1, 8]
 * @param bands              expert override of the bands, or 0 to derive
 * @param rows               expert override of the rows per band, or 0 to derive
 * @param minWords           least words for a sentence to be fingerprinted, in [2, 50]
 * @param maxPostings        most documents kept per key; a key printed by that many unrelated
 *                           documents is boilerplate and ignored, in [2, 10000]
 * @param maxSentences       most sentences of an article that are compared and fingerprinted, in [1, 100000]
 * @param maxKeys            most keys kept per article (the smallest), bounding its memory, in [1, 1000000]
 * @param maxCandidates      most candidates verified per new article, in [1, 100000]
 */
public record FingerprintConfig(
        double sentenceSimilarity,
        int maxBands,
        int bands,
        int rows,
        int minWords,
        int maxPostings,
        int maxSentences,
        int maxKeys,
        int maxCandidates) {

    public FingerprintConfig {
        if (!(sentenceSimilarity > 0 && sentenceSimilarity <= 1)) {
            throw new IllegalArgumentException("sentenceSimilarity must be in (0.0, 1.0], got " + sentenceSimilarity);
        }
        requireIn("maxBands", maxBands, 1, 8);
        if ((bands == 0) != (rows == 0)) {
            throw new IllegalArgumentException("set both bands and rows, or neither (got bands=" + bands + ", rows=" + rows + ")");
        }
        if (bands != 0) {
            requireIn("bands", bands, 1, 16);
            requireIn("rows", rows, 1, 16);
        }
        requireIn("minWords", minWords, 2, 50);
        requireIn("maxPostings", maxPostings, 2, 10_000);
        requireIn("maxSentences", maxSentences, 1, 100_000);
        requireIn("maxKeys", maxKeys, 1, 1_000_000);
        requireIn("maxCandidates", maxCandidates, 1, 100_000);
    }

    /**
     * Defaults for news: printings of a sentence with up to about three words changed share a key
     * (3 bands of 2 rows: 95% at word-pair similarity 0.8, 58% at 0.5), sentences of 6 words or
     * more, 2,000 sentences and 600 keys at most per article.
     */
    public static FingerprintConfig defaults() {
        return new FingerprintConfig(0.5, 3, 0, 0, 6, 24, 2000, 600, 64);
    }

    /** The sentence MinHash banding: the override if set, else derived from {@code sentenceSimilarity}. */
    public LshParameters lsh() {
        return bands > 0 ? new LshParameters(bands, rows) : LshParameters.forThreshold(sentenceSimilarity, maxBands, 8);
    }

    /** These settings with another target similarity, the banding derived again. */
    public FingerprintConfig withSentenceSimilarity(double similarity) {
        return new FingerprintConfig(similarity, maxBands, 0, 0, minWords, maxPostings, maxSentences, maxKeys, maxCandidates);
    }

    /** These settings with the banding set by hand. */
    public FingerprintConfig withBanding(int newBands, int newRows) {
        return new FingerprintConfig(sentenceSimilarity, maxBands, newBands, newRows, minWords, maxPostings, maxSentences,
                maxKeys, maxCandidates);
    }

    private static void requireIn(String name, int value, int low, int high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(name + " must be in [" + low + ", " + high + "], got " + value);
        }
    }
}
