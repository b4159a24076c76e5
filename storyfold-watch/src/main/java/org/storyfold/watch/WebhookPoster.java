package org.storyfold.watch;

import java.util.List;
import java.util.function.Consumer;
import org.storyfold.store.SavedSearches;
import org.storyfold.store.StoryStore;

/**
 * Posts each story that came to match a saved search to the search's webhook: the story's page
 * JSON (as {@code GET /api/stories/{id}} gives it), retried with a backoff that doubles from 30
 * seconds up to an hour, given up after {@link SavedSearches#MAX_ATTEMPTS} tries. The posts owed
 * are kept in the data folder, so a restart resends what was not delivered. Thread-safe.
 */
public final class WebhookPoster {

    private static final long FIRST_RETRY_MILLIS = 30_000L;
    private static final long MAX_RETRY_MILLIS = 3_600_000L;

    private final StoryStore store;
    private final HttpFetcher fetcher;
    private final Consumer<String> log;

    public WebhookPoster(StoryStore store, HttpFetcher fetcher, Consumer<String> log) {
        this.store = store;
        this.fetcher = fetcher;
        this.log = log;
    }

    /** Posts what is owed and due; returns how many were delivered. */
    public int deliverDue() throws InterruptedException {
        SavedSearches searches = store.savedSearches();
        List<SavedSearches.Delivery> due = searches.due(System.currentTimeMillis());
        int delivered = 0;
        for (SavedSearches.Delivery d : due) {
            String story = store.resolveStory(d.story()).orElse(null);
            String page = story == null ? null : store.storyPage(story).orElse(null);
            if (page == null) {
                searches.delivered(d);
                continue;
            }
            FetchResult r = fetcher.postJson(d.webhook(), page);
            if (r instanceof FetchResult.Failed f) {
                long wait = Math.min(MAX_RETRY_MILLIS, FIRST_RETRY_MILLIS << Math.min(16, d.attempts()));
                if (f.retryAfter() != null) {
                    wait = Math.max(wait, Math.min(MAX_RETRY_MILLIS, f.retryAfter().toMillis()));
                }
                searches.failed(d, f.reason(), System.currentTimeMillis() + wait);
                log.accept("webhook of " + d.alert() + " for story " + d.story() + " failed (" + f.reason() + ")"
                        + (d.attempts() + 1 >= SavedSearches.MAX_ATTEMPTS ? "; given up" : "; retried later"));
            } else {
                searches.delivered(d);
                delivered++;
            }
        }
        return delivered;
    }
}
