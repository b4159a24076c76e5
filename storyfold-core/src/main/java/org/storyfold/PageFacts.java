package org.storyfold;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page states about itself (its headline, day, authors, outlet and language), kept for a page
 * that is rejected as not an article (a video's page, a login wall): a reader still wants to know
 * what it was. Every field may be null; {@code authors} is never null.
 *
 * @param title     the headline, or null
 * @param published the publication day, or null
 * @param authors   the authors' names, in order (empty when unknown)
 * @param outlet    the publishing outlet, or null
 * @param language  the language the page states, as a lower-case primary tag, or null
 */
public record PageFacts(String title, LocalDate published, List<String> authors, String outlet, String language)
        implements Serializable {

    public PageFacts {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /**
     * The facts as a reader reads them, in one line, each only when stated:
     * {@code "Veteran, 98, beats virus" · 2020-04-24 · by Jane Doe, John Roe · The Courier · en}.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (title != null) {
            parts.add('"' + title + '"');
        }
        if (published != null) {
            parts.add(published.toString());
        }
        if (!authors.isEmpty()) {
            parts.add("by " + String.join(", ", authors));
        }
        if (outlet != null) {
            parts.add(outlet);
        }
        if (language != null) {
            parts.add(language);
        }
        return String.join(" \u00b7 ", parts);
    }

    /** Whether the page states none of its facts. */
    public boolean isEmpty() {
        return title == null && published == null && authors.isEmpty() && outlet == null && language == null;
    }
}
