package org.storyfold.cluster;

/**
 * How close articles must be to share a story, how stories age, and how far storylines reach.
 * {@link TfIdfStoryClusterer}, the average-link baseline, reads only {@code threshold} and
 * {@code titleWeight} (its {@link TfIdfStoryClusterer#onOnlineSimilarity} also the name weight,
 * terms and background weight); {@link OnlineStoryClusterer} reads them all. The baseline reads
 * {@code threshold} as a mean cosine of TF-IDF vectors; the online clusterer reads it as a mean
 * cosine less the groups' background ({@code backgroundWeight}), so that its threshold is lower for
 * the same strictness.
 *
 * @param threshold          least similarity for an article (or a family of copies) to join a story:
 *                           the mean cosine of its TF-IDF vector with the story members' (less the
 *                           background, for the online clusterer), in (0, 1)
 * @param titleWeight        how many times a title's words count compared with the body's, at least 1
 * @param nameWeight         how much a proper name (person, place, organisation) weighs beside a
 *                           word, in [0, 10]; 0 ignores names
 * @param mergeThreshold     least mean cosine of the members of two stories, less their background, for
 *                           the periodic merge to join them, in (0, 1)
 * @param storylineThreshold least cosine of two stories' centroids (their main directions), with
 *                           proper names in common, to link them into one storyline, in (0, 1)
 * @param timeScaleDays      days apart at which the similarity of dated articles and stories falls
 *                           to 1/e of its value, in [1, 3650]; undated articles are never penalised
 * @param dormantDays        days without a new article after which a story stops taking articles,
 *                           in [1, 3650]
 * @param maxTerms           terms kept per article vector (the heaviest), in [8, 10000]
 * @param backgroundWeight   how much of what every article shares the online clusterer takes off a mean
 *                           cosine before comparing it with {@code threshold} and {@code mergeThreshold}:
 *                           the weight of the groups' background (their members' likeness to the mean
 *                           of all articles), in [0, 10]; 0 compares plain mean cosines
 */
public record ClusterConfig(
        double threshold,
        double titleWeight,
        double nameWeight,
        double mergeThreshold,
        double storylineThreshold,
        double timeScaleDays,
        int dormantDays,
        int maxTerms,
        double backgroundWeight) {

    /**
     * The average-link baseline's measured optimum on multinews-dev. The online clusterer's defaults
     * (background weight 4, threshold 0.05, 300 terms an article) were chosen on two benchmarks:
     * multinews-dev, whose halves each pick weight 4 and a threshold of 0.03 to 0.05 depending on
     * their size ({@code storyfold-bench cluster}), and the generated million-article stream, whose
     * stories, dense and dated, lose precision below 0.05 ({@code storyfold-bench cluster-scale}).
     */
    public static final double BASELINE_THRESHOLD = 0.14;

    public ClusterConfig {
        requireOpenUnit("threshold", threshold);
        requireOpenUnit("mergeThreshold", mergeThreshold);
        if (!(titleWeight >= 1 && titleWeight <= 100)) {
            throw new IllegalArgumentException("titleWeight must be in [1, 100], got " + titleWeight);
        }
        if (!(nameWeight >= 0 && nameWeight <= 10)) {
            throw new IllegalArgumentException("nameWeight must be in [0, 10], got " + nameWeight);
        }
        requireOpenUnit("storylineThreshold", storylineThreshold);
        if (!(timeScaleDays >= 1 && timeScaleDays <= 3650)) {
            throw new IllegalArgumentException("timeScaleDays must be in [1, 3650], got " + timeScaleDays);
        }
        if (dormantDays < 1 || dormantDays > 3650) {
            throw new IllegalArgumentException("dormantDays must be in [1, 3650], got " + dormantDays);
        }
        if (maxTerms < 8 || maxTerms > 10_000) {
            throw new IllegalArgumentException("maxTerms must be in [8, 10000], got " + maxTerms);
        }
        if (!(backgroundWeight >= 0 && backgroundWeight <= 10)) {
            throw new IllegalArgumentException("backgroundWeight must be in [0, 10], got " + backgroundWeight);
        }
    }

    /** The defaults with another join threshold and title weight (the baseline's two settings). */
    public ClusterConfig(double threshold, double titleWeight) {
        this(threshold, titleWeight, defaults().nameWeight, defaults().mergeThreshold, defaults().storylineThreshold,
                defaults().timeScaleDays, defaults().dormantDays, defaults().maxTerms, defaults().backgroundWeight);
    }

    public static ClusterConfig defaults() {
        return new ClusterConfig(0.05, 2.0, 1.0, 0.05, 0.2, 1.5, 30, 300, 4.0);
    }

    /** The average-link baseline at its measured optimum. */
    public static ClusterConfig baseline() {
        return new ClusterConfig(BASELINE_THRESHOLD, 2.0);
    }

    public ClusterConfig withThreshold(double threshold) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, dormantDays, maxTerms, backgroundWeight);
    }

    public ClusterConfig withMergeThreshold(double mergeThreshold) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, dormantDays, maxTerms, backgroundWeight);
    }

    public ClusterConfig withNameWeight(double nameWeight) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, dormantDays, maxTerms, backgroundWeight);
    }

    public ClusterConfig withBackgroundWeight(double backgroundWeight) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, dormantDays, maxTerms, backgroundWeight);
    }

    private static void requireOpenUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + value);
        }
    }
}
