package org.storyfold.cluster;

import java.io.Serializable;
import java.util.List;

/**
 * A story: the articles that report one event.
 *
 * @param id       the story's id: within one run of {@link StoryClusterer#cluster}, {@code s1}, {@code s2},
 *                 ... largest first; in a {@link StoryStream}, {@code s<n>} in the order stories
 *                 were opened, stable from batch to batch
 * @param title    the member headline most representative of the story, or null if none has one
 * @param articles the member article ids, in input order (in a stream: in the order they were placed)
 */
public record Story(String id, String title, List<String> articles) implements Serializable {
    public Story {
        articles = List.copyOf(articles);
    }
}
