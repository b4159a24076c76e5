package org.storyfold.search;

import java.util.List;

/**
 * One page of hits and how many there are in all.
 *
 * @param total  how many hits match, on every page
 * @param offset how many hits come before this page
 * @param hits   this page's hits, best first
 * @param <T>    the type of hit
 */
public record Page<T>(long total, int offset, List<T> hits) {
    public Page {
        hits = List.copyOf(hits);
    }
}
