package org.storyfold.app;

import static org.storyfold.app.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.StoryfoldConfig;
import org.storyfold.app.server.ApiServer;
import org.storyfold.app.server.ServerSettings;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;

/** {@code watch} and {@code alert} as a user meets them, and what the server then shows of the live collection. */
class WatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;


    @Test
    void watchesALocalFolderOfFeedsOnceThenFindsItUnchanged() throws IOException {
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        Files.writeString(feeds.resolve("seeds.rss"), SeedFeeds.fullFeed("https://wire.example/"));
        String data = dir.resolve("data").toString();

        CliRun first = run("watch", "--data", data, "--once", "--interval", "0", feeds.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("storyfold: pass 1: 1 source polled: 5 new, 0 updated, 0 unchanged, 0 skipped,"
                + " 0 failed; ");
        assertThat(first.out()).startsWith("5 articles and ").endsWith(" in " + data + "\n");

        // Later runs need not name the sources again: they are kept in the data folder.
        CliRun again = run("watch", "--data", data, "--once", "--interval", "0");
        assertThat(again.err()).contains("pass 1: 1 source polled: 0 new, 0 updated, 0 unchanged");
        assertThat(again.out()).isEqualTo(first.out());
    }

    @Test
    void rejectsWhatCannotBeWatchedInOneLine() {
        String data = dir.resolve("data").toString();
        CliRun none = run("watch", "--data", data, "--once");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("storyfold: no sources: name feeds, sites, sitemaps, OPML files or files of URLs to watch\n");
        CliRun bad = run("watch", "--data", data, "--once", "ftp://example.com/feed");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("storyfold: ftp://example.com/feed: not an http(s) URL, a file or a folder\n");
        assertThat(run("watch", "--data", data, "--interval", "soon", "--once", "https://x.example/").err())
                .isEqualTo("storyfold: --interval must be a duration such as 30s, 15m, 2h or 1d, got \"soon\"\n");
    }

    @Test
    void savedSearchesAreFeedsAndPostNewStoriesToTheirWebhook() throws Exception {
        List<String> posted = new CopyOnWriteArrayList<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/hook", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hook.start();
        try {
            String data = dir.resolve("data").toString();
            String hookUrl = "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook";
            CliRun add = run("alert", "add", "--data", data, "--webhook", hookUrl, "surrender", "fighters", "surrender");
            assertThat(add.code()).as(add.err()).isZero();
            assertThat(add.out()).isEqualTo("saved search surrender: fighters surrender (webhook " + hookUrl
                    + "); feed /feeds/surrender.atom\n");
            assertThat(run("alert", "add", "--data", data, "bad name!", "x").code()).isEqualTo(2);
            assertThat(run("alert", "remove", "--data", data, "nothing").err())
                    .isEqualTo("storyfold: no saved search named \"nothing\"\n");
            assertThat(run("alert", "list", "--data", data).out()).isEqualTo("surrender\tfighters surrender\t" + hookUrl + "\n");

            Path feed = dir.resolve("seeds.rss");
            Files.writeString(feed, SeedFeeds.fullFeed("https://wire.example/"));
            CliRun watched = run("watch", "--data", data, "--once", feed.toString());
            assertThat(watched.code()).as(watched.err()).isZero();
            assertThat(posted).isNotEmpty();
            assertThat(JSON.readTree(posted.get(0)).path("story").path("id").asText()).startsWith("s");

            try (StoryStore store = StoryStore.open(Path.of(data), StoryfoldConfig.defaults(), StoreConfig.defaults());
                 ApiServer server = new ApiServer(store, ServerSettings.loopback(0), "test", new PrintWriter(new StringWriter()))) {
                int port = server.start();
                JsonNode sources = JSON.readTree(get(port, "/api/sources"));
                assertThat(sources.path("sources").get(0).path("lastOutcome").asText()).startsWith("5 entries, 5 to store");
                assertThat(sources.path("sources").get(0).path("lastError").isNull()).isTrue();
                assertThat(sources.path("sources").get(0).path("lastPolled").asText()).isNotBlank();
                // The web page tells the same: when each source was last polled, its outcome and last error.
                assertThat(get(port, "/sources")).contains("<h1>Sources</h1>").contains(feed.toString())
                        .contains("5 entries, 5 to store").contains("data-label=\"Last error\"");

                String stories = get(port, "/feeds/stories.atom");
                assertThat(stories).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                        .contains("/stories/s1</id>").contains("independent");
                String search = get(port, "/feeds/surrender.atom");
                assertThat(search).contains("<title>storyfold: fighters surrender</title>").contains("<entry>");
                assertThat(JSON.readTree(get(port, "/api/alerts")).path("alerts").get(0).path("name").asText())
                        .isEqualTo("surrender");
            }
        } finally {
            hook.stop(0);
        }
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

}
