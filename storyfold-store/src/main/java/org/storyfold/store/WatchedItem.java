package org.storyfold.store;

/**
 * What the store knows of a fetched address.
 *
 * @param url       the canonical address
 * @param article   the id of the article holding its latest revision, or null if it was skipped
 * @param entryTag  the digest of the feed entry last seen for it
 * @param revisions how many revisions of it are stored
 * @param skipped   why it was not stored (too short to be an article, ...), or null
 */
public record WatchedItem(String url, String article, String entryTag, int revisions, String skipped) {
}
