package org.storyfold.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the index holds of one article.
 *
 * @param id        the article id
 * @param title     the headline, or null
 * @param text      the article text
 * @param outlet    the publishing outlet, or null
 * @param published the publication date, or null
 * @param language  the ISO 639-1 code of its language ({@code en}), or null when unknown
 * @param credit    the news agency it credits, or null: the outlet filter finds it under that name too
 */
public record IndexedArticle(String id, String title, String text, String outlet, LocalDate published,
                             String language, String credit) {
    public IndexedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** An article that credits no agency. */
    public IndexedArticle(String id, String title, String text, String outlet, LocalDate published, String language) {
        this(id, title, text, outlet, published, language, null);
    }
}
