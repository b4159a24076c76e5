package org.storyfold.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the watch fetches: who it says it is, how long it waits, how much it reads, how politely.
 *
 * @param userAgent     the product token sent and matched against robots.txt ({@code storyfold})
 * @param contactUrl    a page about this crawler, appended to the User-Agent, or null
 * @param connectTimeout time to connect
 * @param readTimeout   longest silence while reading
 * @param callTimeout   the whole exchange, body included: a slow drip is cut here
 * @param maxBytes      the most bytes read of one response, after decompression (a gzip bomb stops here)
 * @param maxRedirects  redirects followed per fetch
 * @param hostDelay     the least time between two requests to one host (a robots.txt Crawl-delay
 *                      up to {@link #MAX_CRAWL_DELAY} is honoured when longer)
 * @param pauseAfter    failures in a row after which a host is paused
 * @param maxBackoff    the longest a failing host or source is left alone
 */
public record FetchConfig(String userAgent, String contactUrl, Duration connectTimeout, Duration readTimeout,
                          Duration callTimeout, long maxBytes, int maxRedirects, Duration hostDelay, int pauseAfter,
                          Duration maxBackoff) {

    /** The longest Crawl-delay honoured; a longer one would stall a source for no reader's benefit. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    public FetchConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        if (!userAgent.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("userAgent must be one product token (letters, digits, . _ -), got \""
                    + userAgent + "\"");
        }
        if (maxBytes < 1024 || maxRedirects < 0 || maxRedirects > 20 || pauseAfter < 1) {
            throw new IllegalArgumentException("maxBytes >= 1024, maxRedirects in [0, 20] and pauseAfter >= 1; got "
                    + maxBytes + ", " + maxRedirects + ", " + pauseAfter);
        }
        for (Duration d : new Duration[] {connectTimeout, readTimeout, callTimeout, hostDelay, maxBackoff}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("durations must not be negative, got " + d);
            }
        }
    }

    /** Polite defaults: 10 s to connect and between reads, 60 s a fetch, 10 MiB, 5 redirects, 1 s between requests to a host. */
    public static FetchConfig defaults() {
        return new FetchConfig("storyfold", null, Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(60), 10L * 1024 * 1024, 5, Duration.ofSeconds(1), 5, Duration.ofHours(6));
    }

    public FetchConfig withContact(String url) {
        return new FetchConfig(userAgent, url, connectTimeout, readTimeout, callTimeout, maxBytes, maxRedirects,
                hostDelay, pauseAfter, maxBackoff);
    }

    public FetchConfig withHostDelay(Duration delay) {
        return new FetchConfig(userAgent, contactUrl, connectTimeout, readTimeout, callTimeout, maxBytes, maxRedirects,
                delay, pauseAfter, maxBackoff);
    }

    public FetchConfig withLimits(long bytes, Duration call) {
        return new FetchConfig(userAgent, contactUrl, connectTimeout, readTimeout, call, bytes, maxRedirects,
                hostDelay, pauseAfter, maxBackoff);
    }

    /** The User-Agent header: {@code storyfold/VERSION (+contact)}. */
    String userAgentHeader(String version) {
        return userAgent + "/" + version + (contactUrl == null ? "" : " (+" + contactUrl + ")");
    }
}
