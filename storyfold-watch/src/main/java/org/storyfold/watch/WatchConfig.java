package org.storyfold.watch;

import java.time.Duration;

/**
 * How the watch follows its sources.
 *
 * @param interval       how often a source is polled (a failing one less often, doubling up to
 *                       the fetcher's {@code maxBackoff}); zero makes every source due at every pass
 * @param teaserWords    a feed entry with fewer words of text than this is a teaser: its page is fetched
 * @param maxPerSitemap  the most addresses taken from one sitemap per poll, newest first
 * @param workers        sources polled at once (requests to one host still go one at a time)
 */
public record WatchConfig(Duration interval, int teaserWords, int maxPerSitemap, int workers) {

    public WatchConfig {
        if (interval == null || interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, got " + interval);
        }
        if (teaserWords < 0 || maxPerSitemap < 1 || workers < 1 || workers > 64) {
            throw new IllegalArgumentException("teaserWords >= 0, maxPerSitemap >= 1, workers in [1, 64]; got "
                    + teaserWords + ", " + maxPerSitemap + ", " + workers);
        }
    }

    /** Every 15 minutes; entries under 150 words are teasers; 100 addresses a sitemap; 8 sources at once. */
    public static WatchConfig defaults() {
        return new WatchConfig(Duration.ofMinutes(15), 150, 100, 8);
    }

    public WatchConfig withInterval(Duration d) {
        return new WatchConfig(d, teaserWords, maxPerSitemap, workers);
    }
}
