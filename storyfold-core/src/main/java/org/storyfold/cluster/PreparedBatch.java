package org.storyfold.cluster;

import java.util.List;
import org.storyfold.extract.Article;

/**
 * A batch of articles with what the clusterer reads from each article on its own, before any
 * story is looked at: its content key, the weekday its lead names, its participants, places and
 * figures, and (for a batch of at most {@link ArticlePlacer#TERMS_SLICE} articles) its terms.
 * Made by {@link StoryStream#prepare}, on any thread, while an earlier batch is being placed;
 * placed once by {@link StoryStream#add(PreparedBatch, List)}.
 */
public final class PreparedBatch {

    /** What one article says on its own; {@code terms} is null when the batch was too large to hold them. */
    record Reading(long contentKey, int days, EventKeys keys, ArticleTerms terms) {
    }

    /** The stream (or placer) that read the batch: its configuration is what the readings were made with. */
    final Object reader;
    /** The vocabulary the terms were looked up in: a batch placed in another looks them up again. */
    final Vocabulary lookedUpIn;
    final List<Article> articles;
    /** One reading an article, in the order of {@link #articles}. */
    final List<Reading> readings;
    private boolean placed;

    PreparedBatch(Object reader, Vocabulary lookedUpIn, List<Article> articles, List<Reading> readings) {
        this.reader = reader;
        this.lookedUpIn = lookedUpIn;
        this.articles = articles;
        this.readings = readings;
    }

    /** The articles, as given. */
    public List<Article> articles() {
        return articles;
    }

    /** Marks the batch placed; a batch's terms are counted into the stream's vocabulary, so it is placed once. */
    void markPlaced(Object placer) {
        if (placer != reader) {
            throw new IllegalArgumentException("this batch was prepared by another stream");
        }
        if (placed) {
            throw new IllegalStateException("this batch was placed already");
        }
        placed = true;
    }
}
