/**
 * Follows live sources into a data folder: polls feeds and sitemaps over HTTP, fetches the pages
 * of entries that give only a teaser, and stores what is new or changed through the store's
 * incremental ingest, so that stories, briefs, search and the web page stay current.
 *
 * <p>This is the only network code in storyfold, kept out of {@code storyfold-core} so that the
 * core (which Spark runs) stays plain computation over bytes; parsing feeds stays in the core's
 * {@code ingest} package, where files use it too. One HTTP client is configured in one place
 * ({@link org.storyfold.watch.HttpFetcher}, OkHttp: its call timeout bounds the whole exchange,
 * body included, which the JDK's client does not, so a slow-drip server cannot hold a worker);
 * politeness is per host ({@link org.storyfold.watch.HostGate}), robots rules and sitemaps come
 * from crawler-commons.
 */
package org.storyfold.watch;
