package org.storyfold.search;

import java.util.List;

/**
 * One page of hits and how many there are in all.
 *
 * @param total  how many hits match, on every page
 * @param offset how many hits come before this page
 * @param hits   this page's hits, best first
 * @param next   the cursor of the page after this one ({@link SearchQuery#after()}), or null when this
 *               is the last or the listing gives none
 * @param <T>    the type of hit
 */
public record ResultPage<T>(long total, int offset, List<T> hits, String next) {
    public ResultPage {
        hits = List.copyOf(hits);
    }

    /** A page without a cursor to the next. */
    public ResultPage(long total, int offset, List<T> hits) {
        this(total, offset, hits, null);
    }
}
