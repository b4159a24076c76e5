package org.storyfold.store;

import java.util.Objects;
import org.storyfold.cluster.StoryStream;
import org.storyfold.dedup.CopyIndex;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.SentenceDiff;

/**
 * The two stages that place new articles among stored ones, called in this order for each batch.
 *
 * @param copies  finds the copies of new articles among themselves and the stored ones
 * @param stories places new articles into stories
 */
public record IncrementalStages(CopyFinder copies, StoryAssigner stories) {

    public IncrementalStages {
        Objects.requireNonNull(copies, "copies");
        Objects.requireNonNull(stories, "stories");
    }

    /**
     * The digest's own dedup and clustering kept open: a copy index and a story stream that hold
     * every stored article, each batch added to both.
     *
     * @param dedup the settings the copy edits are listed with (the digest's)
     */
    public static IncrementalStages online(CopyIndex index, StoryStream stream, DedupConfig dedup) {
        return new IncrementalStages(new IndexedCopyFinder(index, new SentenceDiff(dedup)),
                new StreamStoryAssigner(stream));
    }
}
