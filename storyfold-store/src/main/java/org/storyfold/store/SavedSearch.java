package org.storyfold.store;

/**
 * A saved search: its stories are served as a feed, and each story that comes to match it may be
 * posted to a webhook.
 *
 * @param name    its name, the feed's ({@code /feeds/NAME.atom})
 * @param query   the search, in the syntax of {@code storyfold search}
 * @param webhook the URL each newly matching story is posted to, or null
 * @param created when it was saved (ISO instant)
 */
public record SavedSearch(String name, String query, String webhook, String created) {
}
