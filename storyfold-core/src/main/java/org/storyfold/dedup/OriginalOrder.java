package org.storyfold.dedup;

import java.util.Comparator;
import org.storyfold.extract.Article;

/** How storyfold judges which of several printings is the original. */
public final class OriginalOrder {

    /** Earliest published first (undated last), then agency-credited, then the most complete text, then id. */
    public static final Comparator<Article> LIKELY_ORIGINAL_FIRST = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.credit() == null)
            .thenComparing(Comparator.comparingInt(Article::wordCount).reversed())
            .thenComparing(Article::id);

    private OriginalOrder() {
    }
}
