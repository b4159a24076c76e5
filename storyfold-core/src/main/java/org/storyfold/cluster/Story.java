package org.storyfold.cluster;

import java.util.List;

/**
 * A story: the articles that report one event.
 *
 * @param id       the story's id within one run ({@code s1}, {@code s2}, ... largest first)
 * @param title    the member headline most representative of the story, or null if none has one
 * @param articles the member article ids, in input order
 */
public record Story(String id, String title, List<String> articles) {
    public Story {
        articles = List.copyOf(articles);
    }
}
