package org.storyfold.cluster;

import java.util.List;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/** Folds articles into stories; every article lands in exactly one story. */
@FunctionalInterface
public interface StoryClusterer {

    /** The stories of {@code articles}; the members of a duplicate group share a story. */
    List<Story> cluster(List<Article> articles, List<DuplicateGroup> duplicates);
}
