package org.storyfold.dedup;

/**
 * What counts as a copy, and how hard to look for candidates.
 *
 * <p>The copy index ({@link CopyIndex}, the pipeline's stage) finds candidates by sentence
 * fingerprints, set by {@code fingerprints}. The article-level MinHash LSH of
 * {@link MinHashDeduplicator}, kept as a baseline, is set by the first five components: the
 * caller states the goal, {@code candidateSimilarity}, the least word-shingle Jaccard similarity
 * of two articles that must reach verification, and the bands and rows are derived from it,
 * unless {@code bands} and {@code rows} are set (both, or neither). The verification settings
 * that follow are shared by both.
 *
 * @param candidateSimilarity least shingle Jaccard similarity to be a candidate, in (0, 1)
 * @param permutations        MinHash signature length
 * @param shingleWords        words per shingle
 * @param bands               expert override of the LSH bands, or 0 to derive
 * @param rows                expert override of the LSH rows per band, or 0 to derive
 * @param sentenceMatch       least token Jaccard for two sentences to be the same sentence
 * @param copiedSentence      least token Jaccard for a sentence to count as copied verbatim
 * @param nearShare           least share of a copy's words in matched sentences to be a near copy
 * @param partialSentences    least number of verbatim-copied sentences to be a partial copy
 * @param partialShare        least share of a copy's words in matched sentences to be a partial copy
 * @param fingerprints        how the copy index finds candidates
 */
public record DedupConfig(
        double candidateSimilarity,
        int permutations,
        int shingleWords,
        int bands,
        int rows,
        double sentenceMatch,
        double copiedSentence,
        double nearShare,
        int partialSentences,
        double partialShare,
        FingerprintConfig fingerprints) {

    public DedupConfig {
        java.util.Objects.requireNonNull(fingerprints, "fingerprints");
        requireIn("candidateSimilarity", candidateSimilarity, 0, 1);
        requireIn("sentenceMatch", sentenceMatch, 0, 1);
        requireIn("copiedSentence", copiedSentence, 0, 1);
        requireIn("nearShare", nearShare, 0, 1);
        requireIn("partialShare", partialShare, 0, 1);
        if (permutations < 8 || permutations > 1024) {
            throw new IllegalArgumentException("permutations must be in [8, 1024], got " + permutations);
        }
        if (shingleWords < 1 || shingleWords > 10) {
            throw new IllegalArgumentException("shingleWords must be in [1, 10], got " + shingleWords);
        }
        if ((bands == 0) != (rows == 0)) {
            throw new IllegalArgumentException("set both bands and rows, or neither (got bands=" + bands
                    + ", rows=" + rows + ")");
        }
        if (bands < 0 || rows < 0 || (long) bands * rows > permutations) {
            throw new IllegalArgumentException("bands * rows must be at most permutations (" + permutations
                    + "), got " + bands + " * " + rows);
        }
        if (partialSentences < 1) {
            throw new IllegalArgumentException("partialSentences must be at least 1, got " + partialSentences);
        }
    }

    /** Settings with the default fingerprints. */
    public DedupConfig(double candidateSimilarity, int permutations, int shingleWords, int bands, int rows,
                       double sentenceMatch, double copiedSentence, double nearShare, int partialSentences,
                       double partialShare) {
        this(candidateSimilarity, permutations, shingleWords, bands, rows, sentenceMatch, copiedSentence, nearShare,
                partialSentences, partialShare, FingerprintConfig.defaults());
    }

    /** These settings with other fingerprints. */
    public DedupConfig withFingerprints(FingerprintConfig f) {
        return new DedupConfig(candidateSimilarity, permutations, shingleWords, bands, rows, sentenceMatch,
                copiedSentence, nearShare, partialSentences, partialShare, f);
    }

    /**
     * Defaults tuned for wire copies. Candidates: a reprint shares as little as a third of its word
     * 3-grams with the wire text, and a partial reuse a tenth, so the MinHash baseline starts at
     * 0.08. Verification: two printings of a sentence match at word Jaccard 0.5; a near copy has
     * 60% of its words in matched sentences; a partial copy reprints three sentences (of six words
     * or more) at 0.7 or more, however long the article around them (at least 3% of its words):
     * measured on the synthetic corpus ({@code storyfold-bench dedup}), the 10% the first version
     * asked for missed a tenth of partial reuses inside long articles, and no independent report
     * reached three such sentences at either value.
     */
    public static DedupConfig defaults() {
        return new DedupConfig(0.08, 128, 3, 0, 0, 0.5, 0.7, 0.6, 3, 0.03);
    }

    /** The LSH parameters: the override if set, else derived from {@code candidateSimilarity}. */
    public LshParameters lsh() {
        return bands > 0 ? new LshParameters(bands, rows) : LshParameters.forThreshold(candidateSimilarity, permutations);
    }

    private static void requireIn(String name, double value, double low, double high) {
        if (!(value > low && value <= high)) {
            throw new IllegalArgumentException(name + " must be in (" + low + ", " + high + "], got " + value);
        }
    }
}
