package org.storyfold.store;

import java.util.Objects;
import org.storyfold.ingest.RawDocument;

/**
 * A document fetched from a watched source, with what identifies it there: stored, its address
 * is recorded in the same transaction, so that a watch stopped at any moment neither loses it nor
 * stores it twice.
 *
 * @param document the page (or the feed's full entry) as read
 * @param url      its canonical address, the article's identity across fetches
 * @param entryTag a digest of the feed entry (or sitemap record) that announced it: a changed tag
 *                 is what makes a known address worth fetching again
 * @param feed     the source that announced it, or null
 * @param alias    the address the feed gave, when the page's canonical address differs, else null:
 *                 recorded with it, so that the feed's address is not fetched again while its entry stands
 */
public record Arrival(RawDocument document, String url, String entryTag, String feed, String alias) {

    public Arrival {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(entryTag, "entryTag");
        if (url.equals(alias)) {
            alias = null;
        }
    }

    /** An arrival known by one address. */
    public Arrival(RawDocument document, String url, String entryTag, String feed) {
        this(document, url, entryTag, feed, null);
    }
}
