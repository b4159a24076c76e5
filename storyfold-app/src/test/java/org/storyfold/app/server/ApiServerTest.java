package org.storyfold.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;

/** Every endpoint over real HTTP on loopback, with the seed articles stored: answers, and refusals. */
class ApiServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BODY = 64 * 1024;

    @TempDir
    static Path dir;

    private static StoryStore store;
    private static ApiServer server;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final StringWriter LOG = new StringWriter();

    record Reply(int status, String type, JsonNode json, String body, HttpResponse<String> raw) {
    }

    @BeforeAll
    static void serveTheSeeds() throws IOException {
        store = StoryStore.open(dir.resolve("data"), StoryfoldConfig.defaults(), StoreConfig.defaults());
        store.ingest(List.of(seeds()), p -> { }, Progress.NONE);
        server = new ApiServer(store, new ServerSettings(ServerSettings.LOOPBACK, 0, MAX_BODY), "test",
                new PrintWriter(LOG, true));
        port = server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void servesEachStoryAndArticleAsAPageThatNeedsNoScript() {
        Reply story = get("/stories/s1");
        assertThat(story.status()).isEqualTo(200);
        assertThat(story.type()).startsWith("text/html");
        assertThat(story.body()).contains("<h1 id=\"headline-s1\">IS fighters surrender as Raqa’s fall nears</h1>")
                .contains("4 articles from 2 independent sources").contains("<details class=\"cite\">");
        assertThat(story.raw().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                v -> assertThat(v).contains("script-src 'self'"));
        Reply article = get("/articles/001_58b2e9f6377aac77");
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.body()).contains("Dozens of IS fighters surrender as Raqa’s fall nears")
                .contains("Articles that copy it");
        Reply changes = get("/fragments/changes/001_58b2e9f6377aac77/002_e879aae13f05d629");
        assertThat(changes.status()).isEqualTo(200);
        assertThat(changes.body()).startsWith("<table class=\"diff-table stack\">").contains("<ins>");
        for (String missing : List.of("/stories/s404", "/articles/nothing-here")) {
            Reply r = get(missing);
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.type()).startsWith("text/html");
            assertThat(r.body()).contains("Not found");
        }
        assertThat(get("/?sort=oldest").status()).isEqualTo(400);
    }

    @Test
    void reportsHealthWithTheStoresCounts() {
        Reply r = get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.type()).startsWith("application/json");
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.json().get("articles").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(r.json().get("schemaVersion").asInt()).isEqualTo(store.stats().schemaVersion()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void listsStoriesNewestFirstWithFiltersAndPages() {
        post("/api/articles", "application/json", "{\"id\": \"list-1\", \"outlet\": \"Harbour Gazette\","
                + " \"published\": \"2018-03-02\", \"title\": \"Ferry strike halts island crossings\", \"text\":"
                + " \"Ferry crews walked out on Friday, halting every crossing to the islands for the first time in a decade,"
                + " the operator said.\"}");
        Reply all = get("/api/stories?limit=100");
        assertThat(all.status()).isEqualTo(200);
        List<String> newest = new ArrayList<>();
        all.json().get("stories").forEach(s -> newest.add(s.get("newest").isNull() ? "" : s.get("newest").asText()));
        List<String> sorted = new ArrayList<>(newest);
        sorted.sort(Collections.reverseOrder());
        assertThat(newest).as("newest first, undated stories last").isEqualTo(sorted).contains("");

        // A listing goes on by cursor, in either order, and a made-up cursor is a bad request.
        for (String sort : List.of("newest", "sources")) {
            List<String> paged = new ArrayList<>();
            String next = null;
            do {
                Reply page = get("/api/stories?limit=1&sort=" + sort + (next == null ? "" : "&after=" + next));
                assertThat(page.status()).isEqualTo(200);
                paged.addAll(ids(page.json().get("stories")));
                next = page.json().get("next").isNull() ? null : page.json().get("next").asText();
            } while (next != null);
            assertThat(paged).as(sort).containsExactlyElementsOf(ids(get("/api/stories?limit=100&sort=" + sort)
                    .json().get("stories")));
        }
        assertThat(get("/api/stories?after=bm90aGluZw").status()).isEqualTo(400);
        assertThat(get("/api/stories?sort=oldest").status()).isEqualTo(400);

        Reply byOutlet = get("/api/stories?outlet=harbour%20gazette");
        assertThat(ids(byOutlet.json().get("stories"))).containsExactly(storyOf("list-1"));
        Reply byDate = get("/api/stories?from=2017-10-01&to=2017-10-31");
        assertThat(ids(byDate.json().get("stories"))).containsExactly("s1");
        assertThat(get("/api/stories?language=en&from=2018-03-02&to=2018-03-02").json().get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/stories?language=fr").json().get("total").asInt()).isZero();

        Reply page = get("/api/stories?limit=1&offset=1");
        assertThat(page.json().get("stories")).hasSize(1);
        assertThat(page.json().get("offset").asInt()).isEqualTo(1);
        assertThat(page.json().get("total").asInt()).isEqualTo(all.json().get("total").asInt());
    }

    @Test
    void refusesListingsWithBadParameters() {
        assertError(get("/api/stories?limit=101"), 400, "limit must be between 1 and 100, got 101");
        assertError(get("/api/stories?limit=ten"), 400, "limit must be a whole number, got \"ten\"");
        assertError(get("/api/stories?offset=-1"), 400, "offset must be between 0 and 10000");
        assertError(get("/api/stories?from=14-10-2017"), 400, "from must be a date as yyyy-mm-dd");
        assertError(get("/api/stories?from=2017-11-01&to=2017-10-01"), 400, "from (2017-11-01) must not be after to");
        assertError(get("/api/stories?language=english"), 400, "language must be a 2- or 3-letter code");
    }

    @Test
    void servesAStoryAsTheJsonFormatWritesIt() {
        Reply r = get("/api/stories/s1");
        assertThat(r.status()).isEqualTo(200);
        JsonNode story = r.json().get("story");
        assertThat(story.get("id").asText()).isEqualTo("s1");
        assertThat(story.get("articles")).hasSize(4);
        JsonNode first = story.at("/brief/summary/0");
        assertThat(first.get("text").asText()).startsWith("Dozens of Islamic State (IS) group fighters");
        assertThat(first.get("sources")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(first.get("evidence")).hasSize(first.get("sources").size());
        assertThat(r.json().get("articles")).hasSize(4);
        assertThat(r.json().get("duplicates")).hasSize(2);
        // Each copy's link says what it changed, as the digest's JSON does.
        assertThat(r.json().at("/duplicates/0/links/0/edits/substitutions").isArray()).isTrue();
        assertThat(r.json().get("independentSources").asInt()).isEqualTo(2);
    }

    @Test
    void answersUnknownIdsWith404AndMalformedOnesWith400() {
        assertError(get("/api/stories/s999"), 404, "no story \"s999\"");
        assertError(get("/api/articles/no-such-article"), 404, "no article \"no-such-article\"");
        assertError(get("/api/articles/001_58b2e9f6377aac77/diff/nope"), 404, "no article \"nope\"");
        assertError(get("/api/articles/nope/diff/001_58b2e9f6377aac77"), 404, "no article \"nope\"");
        assertError(get("/api/stories/s1%01"), 400, "id is not an id");
        assertError(get("/api/articles/" + "a".repeat(600)), 400, "id is not an id");
    }

    @Test
    void servesAnArticleWithItsStory() {
        Reply r = get("/api/articles/002_e879aae13f05d629");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("story").asText()).isEqualTo("s1");
        JsonNode a = r.json().get("article");
        assertThat(a.get("title").asText()).isEqualTo("Daesh on the run as stronghold Raqqa’s fall nears");
        assertThat(a.get("published").asText()).isEqualTo("2017-10-14");
        assertThat(a.get("text").asText()).contains("Daesh");
        assertThat(a.has("removed")).isTrue();
        assertThat(a.has("modified") && a.has("authors") && a.has("language") && a.has("canonical")).isTrue();
    }

    @Test
    void showsWhatACopyChangedSentenceBySentence() {
        Reply r = get("/api/articles/001_58b2e9f6377aac77/diff/002_e879aae13f05d629");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("original").asText()).isEqualTo("001_58b2e9f6377aac77");
        assertThat(r.json().get("similarity").asDouble()).isBetween(0.5, 1.0);
        Set<String> changes = new HashSet<>();
        String editedCopy = null;
        for (JsonNode row : r.json().get("rows")) {
            changes.add(row.get("change").asText());
            if (row.get("change").asText().equals("edited") && editedCopy == null) {
                StringBuilder copy = new StringBuilder();
                row.get("copy").forEach(run -> copy.append(run.get("text").asText()));
                editedCopy = copy.toString();
                assertThat(row.get("copy").findValues("changed")).anyMatch(JsonNode::asBoolean);
            }
        }
        assertThat(changes).contains("same", "edited");
        // The runs put back together are the copy's own sentence, word for word.
        assertThat(get("/api/articles/002_e879aae13f05d629").json().at("/article/text").asText()).contains(editedCopy);
    }

    @Test
    void searchesStoriesAndArticlesWithHighlights() {
        Reply r = get("/api/search?q=surrendered");
        assertThat(r.status()).isEqualTo(200);
        JsonNode story = r.json().at("/stories/hits/0");
        assertThat(story.get("id").asText()).isEqualTo("s1");
        JsonNode h = story.at("/highlights/0");
        int start = h.at("/matches/0/0").asInt();
        int end = h.at("/matches/0/1").asInt();
        assertThat(h.get("text").asText().substring(start, end).toLowerCase()).startsWith("surrender");
        assertThat(r.json().at("/articles/total").asInt()).isEqualTo(5);
        assertThat(r.json().at("/articles/hits/0/story").asText()).isEqualTo("s1");

        assertThat(get("/api/search?q=surrendered&type=articles").json().at("/stories/total").asInt()).isZero();
        JsonNode phrase = get("/api/search?q=%22fall+nears%22+-Daesh&type=articles").json();
        assertThat(ids(phrase.at("/articles/hits"))).containsExactly("000_474674fb51d8608a");
        assertThat(get("/api/search?q=zzyzx").json().at("/stories/total").asInt()).isZero();
    }

    @Test
    void refusesSearchesWithoutWordsOrWithBadParameters() {
        assertError(get("/api/search"), 400, "q is missing");
        assertError(get("/api/search?q=+"), 400, "q is missing");
        assertError(get("/api/search?q=raqa&type=people"), 400, "type must be all, stories or articles");
        assertError(get("/api/search?q=raqa&limit=0"), 400, "limit must be between 1 and 100");
        assertError(get("/api/search?q=" + "a".repeat(1001)), 400, "the query must be at most 1000 characters");
    }

    @Test
    void storesPostedArticlesAsIngestDoes() {
        String one = "{\"id\": \"post-1\", \"title\": \"Bridge reopens after repairs\", \"outlet\": \"City Times\","
                + " \"text\": \"The old river bridge reopened to traffic on Sunday after eight months of repairs,"
                + " the city said, and buses will use it again from Monday.\"}";
        Reply first = post("/api/articles", "application/json", one);
        assertThat(first.status()).isEqualTo(201);
        assertThat(texts(first.json().get("added"))).containsExactly("post-1");
        String story = first.json().at("/stories/0").asText();
        assertThat(get("/api/articles/post-1").json().get("story").asText()).isEqualTo(story);
        assertThat(get("/api/articles/post-1").json().at("/article/source").asText()).isEqualTo("POST /api/articles:1");

        Reply again = post("/api/articles", "application/json", one);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("added")).isEmpty();
        assertThat(again.json().get("alreadyStored").asInt()).isEqualTo(1);

        Reply array = post("/api/articles", "application/json; charset=utf-8", "[{\"id\": \"post-2\", \"text\":"
                + " \"The river bridge carried its first buses on Monday morning, and drivers said the crossing was"
                + " quicker than the detour.\"}]");
        assertThat(array.status()).isEqualTo(201);
        assertThat(texts(array.json().get("stories"))).containsExactly(story);

        Reply lines = post("/api/articles", "application/x-ndjson", "{\"id\": \"post-3\", \"text\": \"Council"
                + " members said on Tuesday that the bridge repairs had cost less than the city first feared.\"}\n"
                + "not json\n{\"id\": \"post-4\"}\n");
        assertThat(lines.status()).isEqualTo(201);
        assertThat(texts(lines.json().get("added"))).containsExactly("post-3");
        assertThat(lines.json().get("rejected")).hasSize(2);
        assertThat(lines.json().at("/rejected/0/source").asText()).isEqualTo("POST /api/articles:2");
        assertThat(lines.json().at("/rejected/1/reason").asText()).isEqualTo("no \"text\" or \"html\" string field");
    }

    @Test
    void servesTheMetadataAPostedPageStates() throws Exception {
        String html = "<html lang=\"de\"><head><title>Neue Brücke eröffnet | Stadtanzeiger</title>"
                + "<meta property=\"og:site_name\" content=\"Stadtanzeiger\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-01T18:30:00+01:00\">"
                + "<meta property=\"article:modified_time\" content=\"2024-03-02T09:00:00+01:00\"></head><body><article>"
                + "<h1>Neue Brücke eröffnet</h1><p class=\"byline\">Von Jana Beispiel und Max Muster</p>"
                + "<p>Die neue Brücke über den Fluss ist am Freitagabend für den Verkehr freigegeben worden, teilte die"
                + " Stadt mit. Busse sollen sie vom Montag an wieder nutzen.</p><p>Die Bauarbeiten hatten acht Monate"
                + " gedauert und weniger gekostet als zunächst befürchtet, sagte der Bürgermeister.</p>"
                + "</article></body></html>";
        String body = JSON.writeValueAsString(java.util.Map.of("id", "post-page", "html", html,
                "url", "https://www.stadtanzeiger.example/2024/03/01/bruecke"));
        assertThat(post("/api/articles", "application/json", body).status()).isEqualTo(201);
        JsonNode a = get("/api/articles/post-page").json().get("article");
        assertThat(a.get("title").asText()).isEqualTo("Neue Brücke eröffnet");
        assertThat(texts(a.get("authors"))).containsExactly("Jana Beispiel", "Max Muster");
        assertThat(a.get("outlet").asText()).isEqualTo("Stadtanzeiger");
        assertThat(a.get("language").asText()).isEqualTo("de");
        assertThat(a.get("published").asText()).isEqualTo("2024-03-01");
        assertThat(a.get("publishedTime").asText()).isEqualTo("2024-03-01T18:30+01:00");
        assertThat(a.get("modified").asText()).isEqualTo("2024-03-02");
    }

    @Test
    void refusesBadJsonWith400() {
        assertError(post("/api/articles", "application/json", "{\"id\": \"x\", \"text\": "), 400,
                "the body is not valid JSON");
        assertError(post("/api/articles", "application/json", "[{\"text\": \"fine words here\"}, 3]"), 400,
                "item 1 of the array is not an article object");
        assertError(post("/api/articles", "application/json", "\"just a string\""), 400,
                "must be an article object or an array of them, not a JSON string");
        assertError(post("/api/articles", "application/json", "[]"), 400, "the array is empty");
        assertError(post("/api/articles", "application/json", ""), 400, "the body is empty");
        assertError(post("/api/articles", "application/x-ndjson", "nope\n{\"id\": 1}\n"), 400,
                "no usable article in the body (2 rejected; first: POST /api/articles:1: not JSON");
        assertError(post("/api/articles", "application/json", "{\"id\": \"empty\", \"text\": \"   \"}"), 400,
                "no usable article in the body");
    }

    @Test
    void refusesBodiesOverTheLimitWith413DeclaredOrNot() throws Exception {
        String big = "{\"id\": \"big\", \"text\": \"" + "word ".repeat((int) MAX_BODY / 4) + "\"}";
        assertError(post("/api/articles", "application/json", big), 413, "larger than the 64 KiB limit");
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(uri("/api/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        assertError(reply(HTTP.send(chunked, HttpResponse.BodyHandlers.ofString())), 413, "larger than the 64 KiB limit");
        assertThat(get("/api/articles/big").status()).isEqualTo(404);
    }

    @Test
    void refusesOtherContentTypesWith415() {
        assertError(post("/api/articles", "text/csv", "id,text\n1,hello"), 415, "not text/csv");
        assertError(post("/api/articles", null, "{}"), 415, "not an untyped body");
    }

    @Test
    void answersUnknownRoutesAndMethodsWithJson() throws Exception {
        assertError(get("/api/nothing"), 404, "GET /api/nothing");
        HttpRequest delete = HttpRequest.newBuilder(uri("/api/stories/s1")).DELETE().build();
        assertError(reply(HTTP.send(delete, HttpResponse.BodyHandlers.ofString())), 405, "DELETE is not allowed");
        assertError(get("/assets/nothing.js"), 404, "no such file");
    }

    @Test
    void documentsEveryRouteInOpenApi() {
        Reply r = get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        r.json().get("paths").properties().forEach(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ApiServer.API_ROUTES);
        for (String route : ApiServer.API_ROUTES) {
            if (route.startsWith("GET ")) {
                String path = route.substring(4).replace("stories/{id}", "stories/s1")
                        .replace("{id}", "001_58b2e9f6377aac77").replace("{a}", "001_58b2e9f6377aac77")
                        .replace("{b}", "000_474674fb51d8608a").replace("/api/search", "/api/search?q=raqa");
                assertThat(get(path).status()).as(route).isEqualTo(200);
            }
        }
    }

    @Test
    void servesThePageForEveryPageAddressWithItsSecurityHeaders() {
        for (String path : List.of("/", "/stories/s1", "/search?q=raqa")) {
            Reply r = get(path);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.type()).startsWith("text/html");
            assertThat(r.body()).startsWith("<!doctype html>").contains("/assets/app.js");
            assertThat(r.raw().headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(r.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(get("/assets/app.js").type()).startsWith("text/javascript");
        assertThat(get("/assets/app.js").body()).doesNotContain("innerHTML =").doesNotContain("insertAdjacentHTML");
        assertThat(get("/assets/app.css").type()).startsWith("text/css");
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        assertThat(server.url()).startsWith("http://127.0.0.1:");
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    others.add(a);
                }
            }
        }
        for (InetAddress a : others) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(a, port), 1000);
                throw new AssertionError("the server answered on " + a);
            } catch (ConnectException expected) {
                // Refused: nothing listens on that interface.
            }
        }
    }

    private static void assertError(Reply r, int status, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.type()).startsWith("application/json");
        assertThat(r.json().at("/error/status").asInt()).isEqualTo(status);
        assertThat(r.json().at("/error/message").asText()).contains(message);
    }

    private static String storyOf(String article) {
        return get("/api/articles/" + article).json().get("story").asText();
    }

    private static List<String> ids(JsonNode stories) {
        List<String> out = new ArrayList<>();
        stories.forEach(s -> out.add(s.get("id").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private static Reply post(String path, String type, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return send(b.build());
    }

    private static Reply send(HttpRequest request) {
        try {
            return reply(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Reply reply(HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode json = null;
        if (type.startsWith("application/json")) {
            try {
                json = JSON.readTree(r.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + r.body(), e);
            }
        }
        return new Reply(r.statusCode(), type, json, r.body(), r);
    }

    private static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        return p.resolve("examples/raqqa");
    }
}
