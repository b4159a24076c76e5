package org.storyfold.search;

import java.time.LocalDate;
import java.util.List;

/**
 * An article found by a query.
 *
 * @param id         the article id
 * @param title      its headline, or null
 * @param outlet     its outlet, or null
 * @param published  its date, or null
 * @param language   its language code, or null
 * @param score      the ranking score
 * @param highlights the passages of its text that match the query
 */
public record ArticleHit(String id, String title, String outlet, LocalDate published, String language,
                         double score, List<Highlight> highlights) {
    public ArticleHit {
        highlights = List.copyOf(highlights);
    }
}
