package org.storyfold.cluster;

/**
 * How close articles must be to share a story.
 *
 * @param threshold   least average cosine similarity of TF-IDF vectors for two groups to merge, in (0, 1)
 * @param titleWeight how many times a title's words count compared with the body's, at least 1
 */
public record ClusterConfig(double threshold, double titleWeight) {

    public ClusterConfig {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
        }
        if (!(titleWeight >= 1)) {
            throw new IllegalArgumentException("titleWeight must be at least 1, got " + titleWeight);
        }
    }

    public static ClusterConfig defaults() {
        return new ClusterConfig(0.14, 2.0);
    }
}
