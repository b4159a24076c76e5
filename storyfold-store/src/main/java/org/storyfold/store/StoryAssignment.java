package org.storyfold.store;

import java.util.List;
import java.util.Objects;

/**
 * One story a batch changes: a stored story that new articles join (perhaps absorbing other
 * stored stories), or a new story.
 *
 * @param story    the stored story that continues, or null for a new story
 * @param absorbed stored stories merged into it, which stop existing on their own
 * @param title    the story's title after the change, or null if no member has one
 * @param articles every member after the change: the stored ones in storing order, then the new ones
 */
public record StoryAssignment(String story, List<String> absorbed, String title, List<String> articles) {
    public StoryAssignment {
        absorbed = List.copyOf(absorbed);
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one article");
        }
        if (story == null && !absorbed.isEmpty()) {
            throw new IllegalArgumentException("a new story cannot absorb stored stories " + absorbed
                    + "; continue one of them instead");
        }
        Objects.requireNonNull(articles, "articles");
    }
}
