package org.storyfold.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.search.SearchQuery;
import org.storyfold.store.Arrival;
import org.storyfold.store.ArrivalReport;
import org.storyfold.store.SavedSearch;
import org.storyfold.store.StoryStore;
import org.storyfold.store.WatchLedger;
import org.storyfold.store.WatchedSource;

/**
 * Keeps a data folder current with its sources, a pass at a time:
 *
 * <ol>
 *   <li>the sources due are polled, several at once ({@link SourcePoller}; one request at a time
 *       per host), each new or changed entry handed on as it is read;</li>
 *   <li>the ingest thread stores what arrives in batches as it comes ({@link StoryStore#ingestArrivals}:
 *       copies, stories and briefs incrementally, each address recorded in its batch), the briefs of
 *       the stories changed written once, at the end of the pass (or after five minutes);</li>
 *   <li>each source's row is updated (validators, next due time, outcome, last error);</li>
 *   <li>the stories changed are matched against the saved searches, and webhooks posted.</li>
 * </ol>
 *
 * One watcher per data folder, driven from one thread.
 */
public final class Watcher {

    /** The longest an arrival waits for others to fill its batch. */
    private static final long GATHER_NANOS = 2_000_000_000L;
    /**
     * The longest a changed story's brief waits during a pass: the next batches of a pass often
     * change the same stories again, and each is briefed once (a page read meanwhile writes its own).
     */
    private static final java.time.Duration BRIEFS_MAY_WAIT = java.time.Duration.ofMinutes(5);

    private final StoryStore store;
    private final HttpFetcher fetcher;
    private final WatchConfig config;
    private final WatchLedger ledger;
    private final SourcePoller poller;
    private final WebhookPoster webhooks;
    private final Consumer<String> log;
    private final int batchSize;

    /**
     * @param batchSize documents per ingest call (the store commits its own batches within)
     * @param log       one line per failed source or skipped document
     */
    public Watcher(StoryStore store, HttpFetcher fetcher, WatchConfig config, int batchSize, Consumer<String> log) {
        this.store = store;
        this.fetcher = fetcher;
        this.config = config;
        this.ledger = store.watchLedger();
        this.poller = new SourcePoller(fetcher, ledger, config);
        this.webhooks = new WebhookPoster(store, fetcher, log);
        this.log = log;
        this.batchSize = batchSize;
    }

    /** Adds sources to follow (those followed already are kept as they are). */
    public void follow(List<SourceArgs.Named> sources) {
        for (SourceArgs.Named n : sources) {
            ledger.follow(n.url(), n.kind(), n.namedAs());
        }
    }

    /** One pass over the sources due; {@code progress} counts sources polled. */
    public PassReport pass(Progress progress) throws InterruptedException {
        long start = System.nanoTime();
        long now = System.currentTimeMillis();
        List<WatchedSource> all = ledger.sources();
        List<WatchedSource> due = all.stream().filter(s -> config.interval().isZero() || s.nextDue() <= now).toList();
        progress.start("watch", due.size());
        LinkedBlockingQueue<Arrival> arrived = new LinkedBlockingQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.workers(), Math.max(1, due.size())), r -> {
            Thread t = new Thread(r, "storyfold-watch-poll");
            t.setDaemon(true);
            return t;
        });
        Counts counts = new Counts();
        try {
            // 1. Poll, several sources at once.
            List<Future<SourcePoller.Poll>> polls = new ArrayList<>();
            for (WatchedSource s : due) {
                polls.add(pool.submit(() -> poller.poll(s, arrived::add)));
            }
            pool.shutdown();
            // 2. Store what arrives as it arrives, a full batch at a time while the polls go on (a
            // batch's briefs and commit cost the same for 10 articles as for 250), what there is
            // after a short wait.
            while (!pool.isTerminated() || !arrived.isEmpty()) {
                List<Arrival> chunk = new ArrayList<>();
                long until = System.nanoTime() + GATHER_NANOS;
                while (chunk.size() < batchSize && System.nanoTime() < until) {
                    Arrival a = arrived.poll(50, TimeUnit.MILLISECONDS);
                    if (a == null) {
                        if (pool.isTerminated() && arrived.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    chunk.add(a);
                    arrived.drainTo(chunk, batchSize - chunk.size());
                }
                if (!chunk.isEmpty()) {
                    store(chunk, counts);
                }
            }
            // 3. The briefs left waiting, so that the pass ends with every story current.
            store.writeWaitingBriefs(p -> log.accept(p.toString()));
            // 4. Each source's row.
            for (Future<SourcePoller.Poll> f : polls) {
                SourcePoller.Poll p = result(f);
                if (p == null) {
                    continue;
                }
                ledger.polled(p.row());
                counts.unchanged += p.unchanged();
                counts.failed += p.failedPages() + (p.row().lastOutcome().equals("failed") ? 1 : 0);
                if (p.row().lastOutcome().equals("failed")) {
                    log.accept(p.row().url() + ": " + p.row().lastError());
                }
                p.pageErrors().forEach(log);
                progress.advance(1);
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        // 5. Saved searches and their webhooks.
        alert(counts.stories, counts.batches);
        webhooks.deliverDue();
        return new PassReport(due.size(), all.size() - due.size(), counts.fresh, counts.updated, counts.unchanged,
                counts.skipped, counts.failed, counts.stories.size(), counts.batches, (System.nanoTime() - start) / 1e9);
    }

    /** Posts the webhooks owed and due (between passes, for retries). */
    public int deliverWebhooks() throws InterruptedException {
        return webhooks.deliverDue();
    }

    private void store(List<Arrival> chunk, Counts counts) {
        Map<String, Arrival> bySource = new HashMap<>();
        chunk.forEach(a -> bySource.put(a.document().source(), a));
        List<Problem> problems = new ArrayList<>();
        ArrivalReport r = store.ingestArrivals(chunk, problems::add, Progress.NONE, BRIEFS_MAY_WAIT);
        counts.fresh += r.stored().size() - r.revised().size();
        counts.updated += r.revised().size();
        counts.unchanged += r.unchanged().size();
        counts.stories.addAll(r.ingest().stories());
        counts.batches += r.ingest().batches();
        for (Problem p : problems) {
            Arrival a = bySource.get(p.source());
            if (a != null) {
                // Not an article (too short, a login wall, ...): not fetched again while its entry stands.
                ledger.seen(a.url(), a.entryTag(), a.feed(), p.reason());
                if (a.alias() != null) {
                    ledger.seen(a.alias(), a.entryTag(), a.feed(), p.reason());
                }
                counts.skipped++;
            }
            log.accept(p.toString());
        }
    }

    /** Owes each saved search with a webhook the changed stories that match it. */
    private void alert(Set<String> stories, long batch) {
        if (stories.isEmpty()) {
            return;
        }
        for (SavedSearch s : store.savedSearches().list()) {
            if (s.webhook() == null) {
                continue;
            }
            for (String story : store.matchingStories(SearchQuery.of(s.query()), stories)) {
                store.savedSearches().owe(s.name(), story, batch);
            }
        }
    }

    private SourcePoller.Poll result(Future<SourcePoller.Poll> f) throws InterruptedException {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            log.accept("a source's poll failed: " + cause);
            return null;
        }
    }

    /** The pass's running counts, kept by the ingest thread. */
    private static final class Counts {
        int fresh;
        int updated;
        int unchanged;
        int skipped;
        int failed;
        long batches;
        final Set<String> stories = new LinkedHashSet<>();
    }

    /** When the next source is due, for a loop that sleeps between passes. */
    public Instant nextDue() {
        return ledger.sources().stream().map(s -> Instant.ofEpochMilli(s.nextDue())).min(Instant::compareTo)
                .orElse(Instant.now().plus(config.interval()));
    }
}
