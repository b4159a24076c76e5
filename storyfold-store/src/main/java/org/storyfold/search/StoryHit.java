package org.storyfold.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A story found by a query or a listing.
 *
 * @param id                 the story id
 * @param title              its title, or null
 * @param articles           how many articles it has
 * @param independentSources how many independent sources they make (copies of one text count once)
 * @param newest             its latest date, or null when none of its articles is dated
 * @param score              the ranking score (0 in a listing by date)
 * @param highlights         the passages of its brief that match the query
 */
public record StoryHit(String id, String title, int articles, int independentSources, LocalDate newest,
                       double score, List<Highlight> highlights) {
    public StoryHit {
        highlights = List.copyOf(highlights);
    }
}
