package org.storyfold.store;

/**
 * A followed feed or sitemap and how its last poll went.
 *
 * @param url          the feed's or sitemap's address
 * @param kind         {@code feed} or {@code sitemap}
 * @param namedAs      what the user named that led to it (a site, an OPML file, the feed itself)
 * @param title        the feed's title, or null
 * @param etag         the validator of its last 200 response, or null
 * @param lastModified the {@code Last-Modified} of its last 200 response, or null
 * @param nextDue      when it is next due, in epoch milliseconds
 * @param lastPolled   when it was last polled (ISO instant), or null
 * @param lastOutcome  the last poll in a few words: {@code 12 entries, 3 new}, {@code not modified}, ...
 * @param lastError    the last poll's one-line error, or null if it went well
 * @param failures     polls failed in a row
 * @param entries      entries in its last readable response
 * @param added        articles it brought in so far
 */
public record WatchedSource(String url, String kind, String namedAs, String title, String etag, String lastModified,
                            long nextDue, String lastPolled, String lastOutcome, String lastError, int failures,
                            int entries, long added) {
}
