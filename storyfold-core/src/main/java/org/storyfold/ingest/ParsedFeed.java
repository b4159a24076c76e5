package org.storyfold.ingest;

import java.util.List;

/**
 * A feed as read: its title and home page, its entries in document order, and what was wrong with
 * it and repaired (a DOCTYPE, broken XML, a mislabelled charset), one short note each.
 *
 * @param format  what it was read as: {@code rss_2.0}, {@code atom_1.0}, {@code json}, ... (Rome's names)
 * @param title   the feed's title as plain text, or null
 * @param link    the feed's home page, or null
 * @param entries its entries
 * @param notes   what was repaired to read it; empty for a clean feed
 */
public record ParsedFeed(String format, String title, String link, List<FeedEntry> entries, List<String> notes) {

    public ParsedFeed {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }
}
