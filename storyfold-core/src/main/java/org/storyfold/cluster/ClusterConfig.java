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
 *                           the mean cosine of its TF-IDF vector with the story members' (for the
 *                           online clusterer scaled by the density around them and less the
 *                           background), in (0, 1)
 * @param titleWeight        how many times a title's words count compared with the body's, at least 1
 * @param nameWeight         how much a proper name (person, place, organisation) weighs beside a
 *                           word, in [0, 10]; 0 ignores names
 * @param mergeThreshold     least mean cosine of the members of two stories, less their background, for
 *                           the periodic merge to join them, in (0, 1)
 * @param storylineThreshold least cosine of two stories' centroids (their main directions), with
 *                           proper names in common, to link them into one storyline, in (0, 1)
 * @param timeScaleDays      days apart, beyond the first, at which the similarity of two dated groups
 *                           (their spans of publication dates) falls by 1/e, in [1, 3650]; where either
 *                           is undated, the weekdays their leads name part them instead, faster
 *                           ({@link LeadDay#SCALE_DAYS}), and with neither nothing is discounted
 * @param timeDecay          the shape of that fall on both clocks ({@link TimeDecay}): a Gaussian of the
 *                           days beyond the first, or an exponential (streams saved before the shape
 *                           was saved)
 * @param dormantDays        days without a new article after which a story stops taking articles,
 *                           in [1, 3650]
 * @param maxTerms           terms kept per article vector (the heaviest), in [8, 10000]
 * @param backgroundWeight   how much of what every article shares the online clusterer takes off a mean
 *                           cosine before comparing it with {@code threshold} and {@code mergeThreshold}:
 *                           the weight of the groups' background (their members' likeness to the mean
 *                           of all articles), in [0, 10]; 0 compares plain mean cosines
 * @param neighbours         how many nearest articles measure the density around an article for the
 *                           online clusterer (see {@link StoryStream}): each cosine of two articles is
 *                           divided by the geometric mean of their densities, the mean cosine of each with
 *                           its {@code neighbours} nearest, in [0, 50]; 0 compares plain cosines
 * @param densityFloor       the least density an article is given, in [0.01, 1]: articles in a sparse
 *                           region (few or no alike articles) are compared as if this dense, so that
 *                           the division never lifts faint likeness above the threshold
 * @param figureConflict     the share of its likeness the online clusterer takes off two groups whose
 *                           leads give different values for the same figure ("23 pirates", "26
 *                           pirates"), times the share of such figure words among those both give,
 *                           in [0, 1]; 0 ignores figures (see {@link EventKeys})
 * @param nameConflict       the share it takes off when the names each group's reports repeat are not
 *                           mentioned by the other's (different participants), times that share, in
 *                           [0, 1]; 0 ignores it and spares the pass over names it costs
 * @param subjectConflict    the share it takes off two groups of several reports each when each leads
 *                           with a name (most of its headlines and leads give it) that few of the
 *                           other's leads give: two events of one kind about different participants,
 *                           in [0, 1]; 0 ignores it and spares the pass over the leads' names it costs
 *                           ({@link EventKeys#subjectConflict})
 */
public record ClusterConfig(
        double threshold,
        double titleWeight,
        double nameWeight,
        double mergeThreshold,
        double storylineThreshold,
        double timeScaleDays,
        TimeDecay timeDecay,
        int dormantDays,
        int maxTerms,
        double backgroundWeight,
        int neighbours,
        double densityFloor,
        double figureConflict,
        double nameConflict,
        double subjectConflict) {

    /**
     * The average-link baseline's measured optimum on multinews-dev. The online clusterer's defaults
     * (background weight 3, threshold and merge threshold 0.18 on density-scaled cosines, 5 neighbours,
     * density floor 0.25, 300 terms an article, publication dates parted as a Gaussian over 2.5 days and
     * weekdays over 1.5 ({@link TimeDecay#GAUSSIAN}), figures weighed 0.5, groups leading with
     * different subjects not joined) were chosen as one setting for ecbplus-dev (look-alike events of one kind)
     * and multinews-dev together ({@code storyfold-bench cluster --data ...} on each), under two
     * constraints: the seeds' surrender and the earlier talks stay two stories whether they come in
     * one batch or in two, and the generated million-article stream keeps its precision
     * ({@code storyfold-bench cluster-scale}).
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
        if (timeDecay == null) {
            throw new IllegalArgumentException("timeDecay must be given");
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
        if (neighbours < 0 || neighbours > 50) {
            throw new IllegalArgumentException("neighbours must be in [0, 50], got " + neighbours);
        }
        if (!(densityFloor >= 0.01 && densityFloor <= 1)) {
            throw new IllegalArgumentException("densityFloor must be in [0.01, 1], got " + densityFloor);
        }
        if (!(figureConflict >= 0 && figureConflict <= 1)) {
            throw new IllegalArgumentException("figureConflict must be in [0, 1], got " + figureConflict);
        }
        if (!(nameConflict >= 0 && nameConflict <= 1)) {
            throw new IllegalArgumentException("nameConflict must be in [0, 1], got " + nameConflict);
        }
        if (!(subjectConflict >= 0 && subjectConflict <= 1)) {
            throw new IllegalArgumentException("subjectConflict must be in [0, 1], got " + subjectConflict);
        }
    }

    /** The defaults with another join threshold and title weight (the baseline's two settings). */
    public ClusterConfig(double threshold, double titleWeight) {
        this(threshold, titleWeight, defaults().nameWeight, defaults().mergeThreshold, defaults().storylineThreshold,
                defaults().timeScaleDays, defaults().timeDecay, defaults().dormantDays, defaults().maxTerms, defaults().backgroundWeight,
                defaults().neighbours, defaults().densityFloor, defaults().figureConflict, defaults().nameConflict,
                defaults().subjectConflict);
    }

    /** Groups of fewer articles than this, both of two or more, are held to {@link #SMALL_GROUPS_BAR} to join. */
    static final int SMALL_GROUP = 8;
    /** How many times the threshold two small groups of several articles each must reach to join. */
    static final double SMALL_GROUPS_BAR = 4.0 / 3;

    /**
     * Whether a join of a group of {@code sizeA} articles and one of {@code sizeB} at {@code likeness}
     * (after time and conflicts), already as alike as the threshold, may go ahead: two groups of two to
     * seven articles each must be {@link #SMALL_GROUPS_BAR} times as alike. A subject's two happenings
     * (two shootings of one week, two phases of one search) gather as two small groups that share the
     * subject's words; one event's halves, split by days, are most often a large group and a small one.
     */
    public boolean joinsGroups(double likeness, int sizeA, int sizeB) {
        return Math.min(sizeA, sizeB) < 2 || Math.max(sizeA, sizeB) >= SMALL_GROUP
                || likeness >= threshold * SMALL_GROUPS_BAR;
    }

    /** Groups of at least this many articles each are held to {@link #COHESION_RATIO} of their cohesion to join. */
    static final int COHESIVE_GROUP = 3;
    /** How much of the looser group's own cohesion two groups' likeness with each other must reach ({@link #coheres}). */
    static final double COHESION_RATIO = 0.43;

    /**
     * Whether two groups of {@code sizeA} and {@code sizeB} articles, {@code likeness} alike in words
     * (before time and conflicts), are at least {@link #COHESION_RATIO} times as alike with each other as the
     * looser of the two is within itself ({@code cohesionA}, {@code cohesionB}: the same likeness over pairs
     * of a group's members, NaN when not known). Two of a subject's happenings (the clashes in Damascus and
     * the journalists killed in Homs) each gather a few reports that are far more alike among themselves
     * than with the other's, though the other's pass the threshold. Judged only when both groups hold at
     * least {@link #COHESIVE_GROUP} articles: a single report, or a pair, says too little of its event.
     */
    boolean coheres(double likeness, int sizeA, double cohesionA, int sizeB, double cohesionB) {
        if (Math.min(sizeA, sizeB) < COHESIVE_GROUP || Double.isNaN(cohesionA) || Double.isNaN(cohesionB)) {
            return true;
        }
        return likeness >= COHESION_RATIO * Math.min(cohesionA, cohesionB);
    }

    public static ClusterConfig defaults() {
        return new ClusterConfig(0.18, 2.0, 1.0, 0.18, 0.2, 2.5, TimeDecay.GAUSSIAN, 30, 300, 3.0, 5, 0.25, 0.5, 0, 1);
    }

    /** The average-link baseline at its measured optimum. */
    public static ClusterConfig baseline() {
        return new ClusterConfig(BASELINE_THRESHOLD, 2.0);
    }

    public ClusterConfig withThreshold(double threshold) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, timeDecay, dormantDays, maxTerms, backgroundWeight, neighbours, densityFloor, figureConflict,
                nameConflict, subjectConflict);
    }

    public ClusterConfig withMergeThreshold(double mergeThreshold) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, timeDecay, dormantDays, maxTerms, backgroundWeight, neighbours, densityFloor, figureConflict,
                nameConflict, subjectConflict);
    }

    public ClusterConfig withNameWeight(double nameWeight) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, timeDecay, dormantDays, maxTerms, backgroundWeight, neighbours, densityFloor, figureConflict,
                nameConflict, subjectConflict);
    }

    /** The same settings with another date scale and shape of time's decay ({@link TimeDecay}). */
    public ClusterConfig withTime(double timeScaleDays, TimeDecay timeDecay) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, timeDecay, dormantDays, maxTerms, backgroundWeight, neighbours, densityFloor, figureConflict,
                nameConflict, subjectConflict);
    }

    public ClusterConfig withBackgroundWeight(double backgroundWeight) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, timeDecay, dormantDays, maxTerms, backgroundWeight, neighbours, densityFloor, figureConflict,
                nameConflict, subjectConflict);
    }

    public ClusterConfig withDensity(int neighbours, double densityFloor) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, timeDecay, dormantDays, maxTerms, backgroundWeight, neighbours, densityFloor, figureConflict,
                nameConflict, subjectConflict);
    }

    /**
     * The likeness of two groups lowered by how far they disagree on what tells events of one kind
     * apart ({@link EventKeys#conflict}, with {@code figureConflict}, {@code nameConflict} and
     * {@code subjectConflict}): times one less the conflict, so that two look-alike events are parted
     * however alike their words.
     */
    double discounted(double likeness, EventKeys a, EventKeys b) {
        if (likeness <= 0) {
            return likeness;
        }
        return likeness * Math.max(0, 1 - a.conflict(b, figureConflict, nameConflict, subjectConflict));
    }

    /** The same settings with other weights for conflicting figures and names ({@link EventKeys#conflict}). */
    public ClusterConfig withConflicts(double figureConflict, double nameConflict) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, timeDecay, dormantDays, maxTerms, backgroundWeight, neighbours, densityFloor, figureConflict,
                nameConflict, subjectConflict);
    }

    /** The same settings with another weight for groups that lead with different subjects ({@link EventKeys#subjectConflict}). */
    public ClusterConfig withSubjectConflict(double subjectConflict) {
        return new ClusterConfig(threshold, titleWeight, nameWeight, mergeThreshold, storylineThreshold,
                timeScaleDays, timeDecay, dormantDays, maxTerms, backgroundWeight, neighbours, densityFloor, figureConflict,
                nameConflict, subjectConflict);
    }

    private static void requireOpenUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + value);
        }
    }
}
