package org.storyfold.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.StoryClusterer;
import org.storyfold.cluster.TfIdfStoryClusterer;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.MinHashDeduplicator;

/** Pools the Multi-News articles, clusters them, and scores the stories against the gold clusters. */
public final class ClusterEvaluation {

    private ClusterEvaluation() {
    }

    /** The score of {@code clusterer} on the pooled articles, with dedup groups as the pipeline gives them. */
    public static ClusteringMetrics evaluate(MultiNews.Data data, StoryClusterer clusterer) {
        List<DuplicateGroup> groups = new MinHashDeduplicator(DedupConfig.defaults()).deduplicate(data.articles());
        List<Story> stories = clusterer.cluster(data.articles(), groups);
        Map<String, String> predicted = new HashMap<>();
        for (Story s : stories) {
            s.articles().forEach(id -> predicted.put(id, s.id()));
        }
        return ClusteringMetrics.score(predicted, data.gold());
    }

    /** The pipeline's clusterer at its default settings. */
    public static ClusteringMetrics evaluateDefault(MultiNews.Data data) {
        return evaluate(data, new TfIdfStoryClusterer(ClusterConfig.defaults()));
    }
}
