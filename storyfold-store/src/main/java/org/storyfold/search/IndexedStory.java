package org.storyfold.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the index holds of one story: its words (title, brief and member headlines) and the facets
 * its articles give it.
 *
 * @param id                 the story id
 * @param title              the story's title, or null
 * @param text               the words a query is matched against: the brief's sentences and the members' headlines
 * @param outlets            the members' outlets and the agencies they credit, each once
 * @param dates              the members' publication dates, each once
 * @param languages          the members' languages, each once
 * @param articles           how many articles the story has
 * @param independentSources how many independent sources they make (copies of one text count once)
 * @param newest             the latest date its articles state, or null when none is dated
 */
public record IndexedStory(String id, String title, String text, List<String> outlets, List<LocalDate> dates,
                           List<String> languages, int articles, int independentSources, LocalDate newest) {
    public IndexedStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        outlets = List.copyOf(outlets);
        dates = List.copyOf(dates);
        languages = List.copyOf(languages);
        if (independentSources < 1 || independentSources > articles) {
            throw new IllegalArgumentException("independentSources must be in [1, articles=" + articles
                    + "], got " + independentSources);
        }
    }
}
