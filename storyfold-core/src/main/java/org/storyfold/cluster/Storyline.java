package org.storyfold.cluster;

import java.util.List;

/**
 * A storyline: stories that are developments of one another (an offensive, then talks, then a
 * surrender), each link saying why.
 *
 * @param id      the storyline's id within one run ({@code l1}, {@code l2}, ... largest first)
 * @param stories the ids of its stories, earliest first
 * @param links   the links that join them, one fewer than the stories
 */
public record Storyline(String id, List<String> stories, List<StorylineLink> links) {
    public Storyline {
        stories = List.copyOf(stories);
        links = List.copyOf(links);
    }
}
