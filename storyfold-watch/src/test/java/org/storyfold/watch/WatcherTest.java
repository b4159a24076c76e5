package org.storyfold.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;
import org.storyfold.store.WatchedSource;

/**
 * The watch against a loopback server it starts: the seed articles served as a feed, a teaser's
 * page, robots.txt, 304s, and the bad sources the watch must survive.
 */
class WatcherTest {

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> routes = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                requested.add(r.getTarget() + (r.getHeaders().get("If-None-Match") == null ? "" : " if-none-match"));
                if (r.getTarget().equals("/feed.xml") && "\"v1\"".equals(r.getHeaders().get("If-None-Match"))) {
                    return new MockResponse.Builder().code(304).build();
                }
                MockResponse m = routes.get(r.getTarget());
                return m != null ? m : new MockResponse.Builder().code(404).body("not here").build();
            }
        });
        server.start();
        routes.put("/robots.txt", new MockResponse.Builder().body("User-agent: *\nDisallow: /private/\n").build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void storesFullEntriesAndTeasersPagesHonoursRobotsAndFetchesNothingTwice() throws Exception {
        routes.put("/feed.xml", new MockResponse.Builder().addHeader("ETag", "\"v1\"")
                .addHeader("Content-Type", "application/rss+xml").body(feed()).build());
        routes.put("/news/exit-talks.html", new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
                .body(page(seed("003_981cc2d0e73f219a"))).build());
        try (StoryStore store = open(); HttpFetcher fetcher = fetcher(FetchConfig.defaults())) {
            Watcher watcher = watcher(store, fetcher);
            watcher.follow(SourceArgs.expand(server.url("/feed.xml").toString()));
            PassReport first = watcher.pass(Progress.NONE);

            assertThat(first.fresh()).isEqualTo(4);
            assertThat(first.failed()).isEqualTo(1);
            assertThat(store.stats().articles()).isEqualTo(4);
            assertThat(store.stats().stories()).isBetween(1L, 3L);
            assertThat(requested).contains("/news/exit-talks.html").noneMatch(t -> t.startsWith("/private/"));
            assertThat(log).anyMatch(l -> l.contains("/private/secret.html: disallowed by robots.txt"));
            WatchedSource source = store.watchLedger().sources().get(0);
            assertThat(source.lastOutcome()).startsWith("6 entries, 4 to store, 0 unchanged, 1 pages failed");
            assertThat(source.etag()).isEqualTo("\"v1\"");
            assertThat(source.title()).isEqualTo("Loopback Wire");
            // The teaser's page names no author: the feed's is kept.
            assertThat(store.article(SourcePoller.idFor(server.url("/news/exit-talks.html").toString())))
                    .hasValueSatisfying(a -> assertThat(a.article().authors()).containsExactly("Delil Souleiman"));

            requested.clear();
            PassReport second = watcher.pass(Progress.NONE);
            assertThat(second.fresh()).isZero();
            assertThat(requested).containsExactly("/feed.xml if-none-match");
            assertThat(store.watchLedger().sources().get(0).lastOutcome()).isEqualTo("not modified");
            assertThat(store.stats().articles()).isEqualTo(4);
        }
    }

    @Test
    void aPageIsKnownByItsCanonicalAddressAndFetchedAgainOnlyWhenItsEntryChanges() throws Exception {
        String page = page(seed("003_981cc2d0e73f219a")).replace("<head>",
                "<head><link rel=\"canonical\" href=\"" + server.url("/news/canonical-talks.html") + "\">");
        routes.put("/story?id=7", new MockResponse.Builder().addHeader("Content-Type", "text/html").body(page).build());
        try (StoryStore store = open(); HttpFetcher fetcher = fetcher(FetchConfig.defaults())) {
            Watcher watcher = watcher(store, fetcher);
            watcher.follow(SourceArgs.expand(server.url("/teaser.xml").toString()));
            routes.put("/teaser.xml", new MockResponse.Builder().body(teaserFeed("Sat, 14 Oct 2017 10:00:00 GMT")).build());
            assertThat(watcher.pass(Progress.NONE).fresh()).isEqualTo(1);
            String canonical = server.url("/news/canonical-talks.html").toString();
            String link = server.url("/story?id=7").toString();
            assertThat(store.watchLedger().items(List.of(canonical, link))).containsOnlyKeys(canonical, link);
            assertThat(store.watchLedger().items(List.of(canonical)).get(canonical).article()).isNotNull();

            // The same entry: nothing fetched but the feed.
            requested.clear();
            assertThat(watcher.pass(Progress.NONE).unchanged()).isEqualTo(1);
            assertThat(requested).containsExactly("/teaser.xml");

            // A changed entry, the same page: fetched once, nothing stored, and not fetched again after.
            routes.put("/teaser.xml", new MockResponse.Builder().body(teaserFeed("Sun, 15 Oct 2017 10:00:00 GMT")).build());
            requested.clear();
            PassReport changed = watcher.pass(Progress.NONE);
            assertThat(changed.fresh() + changed.updated()).isZero();
            assertThat(requested).contains("/story?id=7");
            requested.clear();
            watcher.pass(Progress.NONE);
            assertThat(requested).containsExactly("/teaser.xml");
            assertThat(store.stats().articles()).isEqualTo(1);
        }
    }

    private String teaserFeed(String date) {
        return "<rss version=\"2.0\"><channel><title>Teasers</title><item><title>Talks on a civilian exit</title><link>"
                + server.url("/story?id=7&utm_source=rss&utm_medium=feed") + "</link><description>Talks.</description><pubDate>"
                + date + "</pubDate></item></channel></rss>";
    }

    @Test
    void eachBadSourceGetsAOneLineReasonAndTheOthersGoOn() throws Exception {
        routes.put("/feed.xml", new MockResponse.Builder().body(feed()).build());
        routes.put("/gone.xml", new MockResponse.Builder().code(404).build());
        routes.put("/page.html", new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body("<html><head><title>Home</title></head><body><p>Welcome</p></body></html>").build());
        routes.put("/broken.xml", new MockResponse.Builder().body("\u0000\u0001\u0002 not xml at all \u0003\u0004").build());
        routes.put("/loop.xml", new MockResponse.Builder().code(302).addHeader("Location", "/loop.xml").build());
        routes.put("/huge.xml", new MockResponse.Builder().body("<rss>" + "x".repeat(3 * 1024 * 1024) + "</rss>").build());
        routes.put("/drip.xml", new MockResponse.Builder().body(feed()).throttleBody(64, 1, TimeUnit.SECONDS).build());
        routes.put("/bomb.xml", new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(gzipBomb()).build());
        // A host that asks to be left alone: on an address of its own, since its pause holds every request to it.
        MockWebServer busyHost = new MockWebServer();
        busyHost.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return r.getTarget().equals("/robots.txt") ? new MockResponse.Builder().code(404).build()
                        : new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build();
            }
        });
        busyHost.start(java.net.InetAddress.getByName("127.0.0.2"), 0);
        FetchConfig tight = FetchConfig.defaults().withHostDelay(Duration.ZERO)
                .withLimits(1024 * 1024, Duration.ofSeconds(3));
        try (StoryStore store = open(); HttpFetcher fetcher = fetcher(tight)) {
            Watcher watcher = watcher(store, fetcher);
            for (String path : List.of("/gone.xml", "/page.html", "/broken.xml", "/loop.xml", "/huge.xml", "/drip.xml",
                    "/bomb.xml", "/feed.xml")) {
                watcher.follow(SourceArgs.expand(server.url(path).toString()));
            }
            watcher.follow(SourceArgs.expand("http://127.0.0.2:" + busyHost.getPort() + "/busy.xml"));
            PassReport r = watcher.pass(Progress.NONE);
            busyHost.close();
            Map<String, String> errors = store.watchLedger().sources().stream().collect(Collectors.toMap(
                    s -> s.url().substring(s.url().lastIndexOf('/')), s -> String.valueOf(s.lastError())));
            assertThat(errors.get("/gone.xml")).isEqualTo("HTTP 404 Client Error");
            assertThat(errors.get("/page.html")).isEqualTo("an HTML page with no feed or sitemap to follow");
            assertThat(errors.get("/broken.xml")).startsWith("not an RSS or Atom feed (");
            assertThat(errors.get("/loop.xml")).startsWith("too many redirects");
            assertThat(errors.get("/huge.xml")).startsWith("larger than the 1 MiB limit");
            assertThat(errors.get("/drip.xml")).isEqualTo("timed out");
            assertThat(errors.get("/bomb.xml")).isEqualTo("larger than the 1 MiB limit (after decompression); not read");
            assertThat(errors.get("/busy.xml")).startsWith("HTTP 429");
            assertThat(errors.values()).allMatch(e -> !e.contains("\n"));
            assertThat(errors.get("/feed.xml")).contains("exit-talks.html: HTTP 404");
            assertThat(r.fresh()).isEqualTo(3);
            WatchedSource busy = store.watchLedger().sources().stream().filter(s -> s.url().endsWith("/busy.xml"))
                    .findFirst().orElseThrow();
            assertThat(busy.failures()).isEqualTo(1);
        }
    }

    private StoryStore open() {
        return StoryStore.open(dir.resolve("data"), StoryfoldConfig.defaults(), StoreConfig.defaults());
    }

    private Watcher watcher(StoryStore store, HttpFetcher fetcher) {
        return new Watcher(store, fetcher, WatchConfig.defaults().withInterval(Duration.ZERO), 250, log::add);
    }

    private static HttpFetcher fetcher(FetchConfig config) {
        return new HttpFetcher(config.withHostDelay(Duration.ZERO), "test");
    }

    /** Three seeds in full, one teaser whose page is fetched, one teaser under a disallowed path, one empty item. */
    private String feed() throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Loopback Wire</title>"
                + "<link>" + server.url("/") + "</link><description>d</description>");
        for (String id : List.of("000_474674fb51d8608a", "001_58b2e9f6377aac77", "004_caf3c2726321cc26")) {
            b.append("<item><title>").append(id).append("</title><link>").append(server.url("/news/" + id + ".html?utm_source=rss"))
                    .append("</link><content:encoded>").append(Entities.escape(page(seed(id)))).append("</content:encoded></item>");
        }
        b.append("<item><title>Talks held on civilian exit from Raqa</title><link>").append(server.url("/news/exit-talks.html"))
                .append("</link><description>Talks on a safe exit.</description><pubDate>Sat, 14 Oct 2017 10:00:00 GMT</pubDate>")
                .append("<author>desk@example.com (Delil Souleiman)</author></item>");
        b.append("<item><title>Secret</title><link>").append(server.url("/private/secret.html"))
                .append("</link><description>Members only.</description></item>");
        b.append("<item><title>No body, no link</title></item>");
        return b.append("</channel></rss>").toString();
    }

    private static String page(String text) {
        StringBuilder b = new StringBuilder("<html><head><title>Page</title></head><body><article>");
        for (String p : text.split("\\n\\s*\\n")) {
            b.append("<p>").append(Entities.escape(p.strip())).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    private static Buffer gzipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        return new Buffer().write(bytes.toByteArray());
    }

    private static String seed(String id) throws IOException {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        return Files.readString(p.resolve("examples/raqqa/" + id + ".txt"));
    }
}
