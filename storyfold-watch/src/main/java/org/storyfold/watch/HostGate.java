package org.storyfold.watch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness, as StormCrawler's per-host fetch queues keep it: one request at a time to a
 * host, a least delay between two (the configured one, or the host's robots.txt Crawl-delay when
 * longer), and a failing host left alone: for as long as its {@code Retry-After} asks, else, after
 * {@link FetchConfig#pauseAfter()} failures in a row, for a time that doubles with each further
 * failure up to {@link FetchConfig#maxBackoff()}. Thread-safe.
 */
final class HostGate {

    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);

    private final FetchConfig config;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(FetchConfig config) {
        this.config = config;
    }

    /** A host's state: its turn lock, when it was last asked, how it has been failing. */
    private static final class Host {
        final ReentrantLock turn = new ReentrantLock(true);
        long lastRequestNanos = Long.MIN_VALUE;
        long crawlDelayMillis;
        int failures;
        long pausedUntilMillis;
    }

    /**
     * Runs one request to {@code host} in its turn, after the delay since the last one; returns
     * a failure without running it while the host is paused.
     */
    FetchResult call(String host, String url, java.util.function.Supplier<FetchResult> request) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.turn.lockInterruptibly();
        try {
            long now = System.currentTimeMillis();
            if (h.pausedUntilMillis > now) {
                return new FetchResult.Failed(url, "host paused for " + seconds(h.pausedUntilMillis - now)
                        + " after " + h.failures + " failures in a row", 0, null, false);
            }
            long delayNanos = Math.max(config.hostDelay().toNanos(), h.crawlDelayMillis * 1_000_000L);
            if (h.lastRequestNanos != Long.MIN_VALUE) {
                long wait = h.lastRequestNanos + delayNanos - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                }
            }
            FetchResult result;
            try {
                result = request.get();
            } finally {
                h.lastRequestNanos = System.nanoTime();
            }
            record(h, result);
            return result;
        } finally {
            h.turn.unlock();
        }
    }

    /** The host's robots.txt Crawl-delay, in milliseconds (capped at {@link FetchConfig#MAX_CRAWL_DELAY}). */
    void crawlDelay(String host, long millis) {
        hosts.computeIfAbsent(host, k -> new Host()).crawlDelayMillis =
                Math.max(0, Math.min(millis, FetchConfig.MAX_CRAWL_DELAY.toMillis()));
    }

    /** How many requests in a row to this host have failed. */
    int failures(String host) {
        Host h = hosts.get(host);
        return h == null ? 0 : h.failures;
    }

    private void record(Host h, FetchResult result) {
        if (!(result instanceof FetchResult.Failed f) || !f.hostFault()) {
            if (!(result instanceof FetchResult.Failed)) {
                h.failures = 0;
            }
            return;
        }
        h.failures++;
        long now = System.currentTimeMillis();
        long max = config.maxBackoff().toMillis();
        if (f.retryAfter() != null) {
            h.pausedUntilMillis = now + Math.min(max, f.retryAfter().toMillis());
        } else if (h.failures >= config.pauseAfter()) {
            int doublings = Math.min(20, h.failures - config.pauseAfter());
            h.pausedUntilMillis = now + Math.min(max, FIRST_PAUSE.toMillis() << doublings);
        }
    }

    static String seconds(long millis) {
        long s = Math.max(1, (millis + 999) / 1000);
        return s >= 3600 ? (s / 3600) + " h" : s >= 60 ? (s / 60) + " min" : s + " s";
    }
}
