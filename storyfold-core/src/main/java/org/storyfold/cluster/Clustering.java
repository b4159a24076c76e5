package org.storyfold.cluster;

import java.util.List;

/**
 * The stories of a collection and the storylines that link them.
 *
 * @param stories    the stories, largest first, as {@link StoryClusterer#cluster} gives them
 * @param storylines the storylines, largest first, naming stories by those stories' ids
 */
public record Clustering(List<Story> stories, List<Storyline> storylines) {
    public Clustering {
        stories = List.copyOf(stories);
        storylines = List.copyOf(storylines);
    }
}
