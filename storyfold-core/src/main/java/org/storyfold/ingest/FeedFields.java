package org.storyfold.ingest;

import java.util.List;

/**
 * Where feeds keep the fields a feed model may leave out, by element name as written (prefix
 * included), in order of preference: the names real feeds use for full bodies, summaries, titles
 * and dates (feedparser reads all of these).
 */
final class FeedFields {

    /** Full article bodies. */
    static final List<String> BODIES = List.of("content:encoded", "xhtml:body", "body", "fullitem");
    /** Summaries, teasers and descriptions. */
    static final List<String> SUMMARIES = List.of("description", "summary", "dc:description", "itunes:summary",
            "media:description", "media:group > media:description", "itunes:subtitle");
    /** Titles. */
    static final List<String> TITLES = List.of("title", "dc:title", "media:title", "media:group > media:title");
    /** Publication dates. */
    static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "dcterms:issued", "dc:date",
            "dcterms:created", "created");
    /** Modification dates. */
    static final List<String> UPDATED = List.of("updated", "modified", "dcterms:modified", "atom:updated");
    /** Authors' names. */
    static final List<String> AUTHORS = List.of("dc:creator", "author > name", "author", "itunes:author");

    private FeedFields() {
    }
}
