package org.storyfold.store;

import java.util.Objects;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.TfIdfStoryClusterer;
import org.storyfold.dedup.MinHashDeduplicator;

/**
 * The two stages that place new articles among stored ones: where an incremental deduplicator or
 * an online clusterer plugs in.
 *
 * @param copies  finds the copies of new articles among themselves and the stored ones
 * @param stories places new articles into stories
 */
public record IncrementalStages(CopyFinder copies, StoryAssigner stories) {

    public IncrementalStages {
        Objects.requireNonNull(copies, "copies");
        Objects.requireNonNull(stories, "stories");
    }

    /** Today's batch stages run over the neighbourhood of each batch (see the two implementations). */
    public static IncrementalStages neighbourhood(StoryfoldConfig config, StoreConfig store) {
        return new IncrementalStages(
                new NeighbourhoodCopyFinder(new MinHashDeduplicator(config.dedup()), store.neighbours()),
                new NeighbourhoodStoryAssigner(new TfIdfStoryClusterer(config.cluster()), store.neighbours(),
                        store.storySample(), store.minNeighbourhood()));
    }
}
