package org.storyfold.watch;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyfold.Outcome;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.FeedEntry;
import org.storyfold.ingest.FeedParser;
import org.storyfold.ingest.HtmlBytes;
import org.storyfold.ingest.ParsedFeed;
import org.storyfold.ingest.RawDocument;
import org.storyfold.store.Arrival;
import org.storyfold.store.WatchLedger;
import org.storyfold.store.WatchedItem;
import org.storyfold.store.WatchedSource;

/**
 * Polls one source: fetches it conditionally, reads it as a feed, a sitemap or a site's page
 * (whose feeds and sitemaps it then follows), and hands each new or changed entry on as an
 * {@link Arrival}: the entry's own body when it is full, else its page, fetched. Entries whose
 * feed entry is unchanged are not fetched again. Used by one thread per source.
 */
final class SourcePoller {

    /** Where site discovery looks for feeds, after {@code <link rel=alternate>} (trafilatura's hints). */
    private static final List<String> FEED_LINK_HINTS = List.of("/feed", "/rss", "/atom", ".rss", ".atom", "feed.xml",
            "rss.xml", "atom.xml", "/feeds/");
    private static final List<String> FEED_TYPES = List.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/json", "application/rdf+xml", "application/xml", "text/xml");
    /** Child sitemaps of an index followed, newest first. */
    private static final int MAX_CHILD_SITEMAPS = 10;

    /** How a poll went, for the source's row and the pass's counts. */
    record Poll(WatchedSource row, int entries, int fresh, int unchanged, int failedPages, List<String> pageErrors) {
    }

    private final HttpFetcher fetcher;
    private final WatchLedger ledger;
    private final WatchConfig config;
    private final FeedParser feeds = new FeedParser();

    SourcePoller(HttpFetcher fetcher, WatchLedger ledger, WatchConfig config) {
        this.fetcher = fetcher;
        this.ledger = ledger;
        this.config = config;
    }

    Poll poll(WatchedSource s, Consumer<Arrival> arrivals) throws InterruptedException {
        long now = System.currentTimeMillis();
        FetchResult r = fetcher.fetch(s.url(), s.etag(), s.lastModified());
        if (r instanceof FetchResult.NotModified) {
            return new Poll(polled(s, now, s.etag(), s.lastModified(), s.title(), "not modified", null, s.entries(), 0),
                    s.entries(), 0, 0, 0, List.of());
        }
        if (r instanceof FetchResult.Failed f) {
            return failed(s, now, f.reason(), f.retryAfter());
        }
        FetchResult.Body body = (FetchResult.Body) r;
        String head = new String(body.bytes(), 0, Math.min(body.bytes().length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return sitemap(s, body, now, arrivals);
        }
        Outcome<ParsedFeed> parsed = feeds.parse(body.url(), body.bytes(), body.charset());
        if (parsed instanceof Outcome.Rejected<ParsedFeed> rejected) {
            if (rejected.reason().startsWith("an HTML page") && !s.kind().equals("feed")) {
                return discover(s, body, now);
            }
            return failed(s, now, rejected.reason(), null);
        }
        ParsedFeed feed = ((Outcome.Ok<ParsedFeed>) parsed).value();
        return entries(s, body, feed, now, arrivals);
    }

    private Poll entries(WatchedSource s, FetchResult.Body body, ParsedFeed feed, long now, Consumer<Arrival> out)
            throws InterruptedException {
        List<Candidate> candidates = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            String link = CanonicalUrl.of(e.link());
            boolean hasPage = link != null && link.startsWith("http");
            if (!hasPage) {
                if (e.body() == null) {
                    continue;
                }
                // An entry with a body and no address of its own: identified within its feed.
                link = s.url() + "#" + tag(e.id(), e.title(), null, null, null).substring(0, 12);
            }
            candidates.add(new Candidate(link, tag(e.link(), e.title(), e.date(), e.updated(), e.body()), e, hasPage));
        }
        Map<String, WatchedItem> known = ledger.items(candidates.stream().map(Candidate::url).toList());
        int fresh = 0;
        int unchanged = 0;
        int failedPages = 0;
        List<String> errors = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            WatchedItem item = known.get(c.url());
            if (!done.add(c.url()) || item != null && item.entryTag().equals(c.tag())) {
                unchanged++;
                continue;
            }
            FeedEntry e = c.entry();
            String text = e.body();
            if (text != null && (config.teaserWords() == 0 || !c.hasPage() || words(text) >= config.teaserWords())) {
                out.accept(new Arrival(new RawDocument(idFor(c.url()), c.url(), ContentType.HTML, text, c.url(), e.title(),
                        e.date() == null ? null : e.date().toString(), feed.title(), feed.notes(), Instant.now(),
                        e.authors()), c.url(), c.tag(), s.url()));
                fresh++;
                continue;
            }
            if (!c.hasPage()) {
                continue;
            }
            String error = page(c.url(), c.tag(), e, feed.title(), s.url(), out);
            if (error == null) {
                fresh++;
            } else {
                failedPages++;
                errors.add(c.url() + ": " + error);
            }
        }
        String outcome = feed.entries().size() + " entries, " + fresh + " to store, " + unchanged + " unchanged"
                + (failedPages > 0 ? ", " + failedPages + " pages failed" : "")
                + (feed.notes().isEmpty() ? "" : "; repaired: " + String.join("; ", feed.notes()));
        WatchedSource row = polled(s, now, body.etag(), body.lastModified(), feed.title(), outcome,
                failedPages > 0 ? errors.get(0) : null, feed.entries().size(), fresh);
        return new Poll(row, feed.entries().size(), fresh, unchanged, failedPages, errors);
    }

    /**
     * Fetches an entry's page and hands it on; returns why it could not be, or null. The feed's
     * title, date, authors and outlet are kept where the page lacks them. A page that is missing (4xx) or
     * forbidden is recorded as seen, so it is tried again only when its entry changes.
     */
    String page(String url, String tag, FeedEntry entry, String outlet, String feed, Consumer<Arrival> out)
            throws InterruptedException {
        String title = entry.title();
        Instant date = entry.date();
        FetchResult r = fetcher.fetch(url, null, null);
        Instant fetched = Instant.now();
        if (r instanceof FetchResult.Failed f) {
            if (!f.hostFault()) {
                ledger.seen(url, tag, feed, "page not fetched: " + f.reason());
            }
            return f.reason();
        }
        if (!(r instanceof FetchResult.Body b)) {
            return "no page";
        }
        HtmlBytes.Text text = HtmlBytes.decode(b.bytes(), b.charset());
        if (text.rejection() != null) {
            ledger.seen(url, tag, feed, "page not read: " + text.rejection());
            return text.rejection();
        }
        String html = text.text();
        Document doc = Jsoup.parse(html, b.url());
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String identity = canonical == null ? CanonicalUrl.of(b.url())
                : CanonicalUrl.preferCanonical(CanonicalUrl.of(b.url()), canonical.absUrl("href"));
        boolean pageTitle = !doc.title().isBlank() || doc.selectFirst("meta[property=og:title], h1") != null;
        boolean pageDate = doc.selectFirst("meta[property=article:published_time], [itemprop=datePublished], time[datetime]")
                != null || html.contains("\"datePublished\"");
        boolean pageOutlet = doc.selectFirst("meta[property=og:site_name]") != null;
        // The feed's address for it is recorded with it (as its alias), in the batch that stores it.
        out.accept(new Arrival(new RawDocument(idFor(identity), identity, ContentType.HTML, html, identity,
                pageTitle ? null : title, pageDate || date == null ? null : date.toString(), pageOutlet ? null : outlet,
                List.of(), fetched, entry.authors()), identity, tag, feed, url));
        return null;
    }

    private Poll sitemap(WatchedSource s, FetchResult.Body body, long now, Consumer<Arrival> out)
            throws InterruptedException {
        AbstractSiteMap map;
        try {
            SiteMapParser parser = new SiteMapParser(false);
            parser.enableExtension(Extension.NEWS);
            map = parser.parseSiteMap(body.contentType() == null ? "text/xml" : body.contentType(), body.bytes(),
                    new URL(body.url()));
        } catch (UnknownFormatException | java.io.IOException e) {
            return failed(s, now, "not a readable sitemap (" + e.getMessage() + ")", null);
        }
        if (map instanceof SiteMapIndex index) {
            List<AbstractSiteMap> children = new ArrayList<>(index.getSitemaps());
            children.sort(Comparator.comparing((AbstractSiteMap m) -> m.getLastModified() == null ? new java.util.Date(0)
                    : m.getLastModified()).reversed());
            children.stream().limit(MAX_CHILD_SITEMAPS).forEach(m -> ledger.follow(m.getUrl().toString(), "sitemap", s.url()));
            String outcome = "sitemap index: " + Math.min(children.size(), MAX_CHILD_SITEMAPS) + " of " + children.size()
                    + " sitemaps followed";
            return new Poll(polled(s, now, body.etag(), body.lastModified(), s.title(), outcome, null, children.size(), 0),
                    children.size(), 0, 0, 0, List.of());
        }
        List<SiteMapURL> urls = new ArrayList<>(((SiteMap) map).getSiteMapUrls());
        urls.sort(Comparator.comparing(SourcePoller::sitemapDate, Comparator.nullsLast(Comparator.reverseOrder())));
        List<SiteMapURL> newest = urls.subList(0, Math.min(urls.size(), config.maxPerSitemap()));
        List<String> links = newest.stream().map(u -> CanonicalUrl.of(u.getUrl().toString())).toList();
        Map<String, WatchedItem> known = ledger.items(links);
        int fresh = 0;
        int unchanged = 0;
        int failedPages = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < newest.size(); i++) {
            SiteMapURL u = newest.get(i);
            String link = links.get(i);
            NewsAttributes news = news(u);
            String title = news == null ? null : news.getTitle();
            Instant date = sitemapDate(u);
            String tag = tag(link, title, date, u.getLastModified() == null ? null : u.getLastModified().toInstant(), null);
            WatchedItem item = known.get(link);
            if (link == null || item != null && item.entryTag().equals(tag)) {
                unchanged++;
                continue;
            }
            // A sitemap's news title and date stand in for a feed entry's.
            FeedEntry entry = new FeedEntry(null, link, title, null, date, null, null, null);
            String error = page(link, tag, entry, null, s.url(), out);
            if (error == null) {
                fresh++;
            } else {
                failedPages++;
                errors.add(link + ": " + error);
            }
        }
        String outcome = urls.size() + " addresses, " + fresh + " to store, " + unchanged + " unchanged"
                + (failedPages > 0 ? ", " + failedPages + " pages failed" : "");
        return new Poll(polled(s, now, body.etag(), body.lastModified(), s.title(), outcome,
                failedPages > 0 ? errors.get(0) : null, urls.size(), fresh), urls.size(), fresh, unchanged, failedPages,
                errors);
    }

    private static NewsAttributes news(SiteMapURL u) {
        ExtensionMetadata[] meta = u.getAttributesForExtension(Extension.NEWS);
        return meta != null && meta.length > 0 && meta[0] instanceof NewsAttributes n ? n : null;
    }

    private static Instant sitemapDate(SiteMapURL u) {
        NewsAttributes n = news(u);
        if (n != null && n.getPublicationDate() != null) {
            return n.getPublicationDate().toInstant();
        }
        return u.getLastModified() == null ? null : u.getLastModified().toInstant();
    }

    /** A site's page: its feeds ({@code <link rel=alternate>}, else feed-like links) and robots.txt's sitemaps are followed. */
    private Poll discover(WatchedSource s, FetchResult.Body body, long now) throws InterruptedException {
        String html = HtmlBytes.decode(body.bytes(), body.charset()).text();
        Document doc = Jsoup.parse(html == null ? "" : html, body.url());
        Set<String> found = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (FEED_TYPES.stream().anyMatch(type::startsWith)) {
                found.add(CanonicalUrl.of(link.absUrl("href")));
            }
        }
        if (found.isEmpty()) {
            for (Element a : doc.select("a[href]")) {
                String href = a.absUrl("href").toLowerCase(Locale.ROOT);
                if (FEED_LINK_HINTS.stream().anyMatch(href::contains) && sameSite(href, body.url())) {
                    found.add(CanonicalUrl.of(a.absUrl("href")));
                }
            }
        }
        found.remove(null);
        found.forEach(f -> ledger.follow(f, "feed", s.url()));
        List<String> sitemaps = fetcher.sitemapsOf(body.url());
        sitemaps.forEach(m -> ledger.follow(m, "sitemap", s.url()));
        if (found.isEmpty() && sitemaps.isEmpty()) {
            return failed(s, now, "an HTML page with no feed or sitemap to follow", null);
        }
        String outcome = "site: " + found.size() + " feeds, " + sitemaps.size() + " sitemaps found";
        // A site is looked at again daily, for new feeds.
        WatchedSource row = new WatchedSource(s.url(), "site", s.namedAs(), doc.title().isBlank() ? s.title() : doc.title(),
                null, null, now + 24L * 3600 * 1000, Instant.ofEpochMilli(now).toString(), outcome, null, 0,
                found.size() + sitemaps.size(), s.added());
        return new Poll(row, 0, 0, 0, 0, List.of());
    }

    private static boolean sameSite(String a, String b) {
        okhttp3.HttpUrl x = okhttp3.HttpUrl.parse(a);
        okhttp3.HttpUrl y = okhttp3.HttpUrl.parse(b);
        return x != null && y != null && x.host().equalsIgnoreCase(y.host());
    }

    private WatchedSource polled(WatchedSource s, long now, String etag, String lastModified, String title,
                                 String outcome, String error, int entries, int fresh) {
        return new WatchedSource(s.url(), s.kind().equals("auto") ? "feed" : s.kind(), s.namedAs(),
                title == null ? s.title() : title, etag, lastModified, now + config.interval().toMillis(),
                Instant.ofEpochMilli(now).toString(), outcome, error, 0, entries, s.added() + fresh);
    }

    /** A failed poll: the source is tried again after a backoff that doubles with each failure in a row. */
    private Poll failed(WatchedSource s, long now, String reason, java.time.Duration retryAfter) {
        int failures = s.failures() + 1;
        long base = Math.max(config.interval().toMillis(), 60_000L);
        long backoff = Math.min(fetcher.config().maxBackoff().toMillis(), base << Math.min(16, failures - 1));
        if (retryAfter != null) {
            backoff = Math.max(backoff, Math.min(fetcher.config().maxBackoff().toMillis(), retryAfter.toMillis()));
        }
        long next = config.interval().isZero() ? now : now + backoff;
        WatchedSource row = new WatchedSource(s.url(), s.kind(), s.namedAs(), s.title(), s.etag(), s.lastModified(), next,
                Instant.ofEpochMilli(now).toString(), "failed", reason, failures, s.entries(), s.added());
        return new Poll(row, 0, 0, 0, 0, List.of());
    }

    /** An entry's body words: how a teaser is told from an article. */
    static int words(String html) {
        String text = Jsoup.parse(html).text();
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** A digest of what a feed says of an entry: a change in any part makes its page worth fetching again. */
    static String tag(String link, String title, Instant published, Instant updated, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {link, title, String.valueOf(published), String.valueOf(updated), body}) {
                sha.update(part == null ? new byte[] {0} : part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 1);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** An article id from its address: its site, the last words of its path, and a short digest. */
    static String idFor(String url) {
        okhttp3.HttpUrl u = okhttp3.HttpUrl.parse(url);
        String site = u == null ? "feed" : u.host().replaceFirst("^www\\.", "");
        String slug = "";
        if (u != null) {
            List<String> segments = u.pathSegments().stream().filter(p -> !p.isBlank()).toList();
            slug = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        }
        slug = slug.replaceFirst("\\.[a-z]{2,5}$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-$", "");
        }
        return site + (slug.isEmpty() ? "" : "_" + slug) + "_" + tag(url, null, null, null, null).substring(0, 8);
    }

    /** An entry of a feed with its canonical address and the digest of what the feed says of it. */
    private record Candidate(String url, String tag, FeedEntry entry, boolean hasPage) {
    }
}
