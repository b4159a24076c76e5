package org.storyfold.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;

/** Hostile and careless clients: slow bodies, cut bodies, foreign hosts, huge headers, parallel uploads. */
class ServerHardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;

    private static StoryStore store;
    private static ApiServer server;
    private static int port;

    @BeforeAll
    static void serve() {
        store = StoryStore.open(dir.resolve("data"), StoryfoldConfig.defaults(), StoreConfig.defaults());
        server = new ApiServer(store, new ServerSettings(ServerSettings.LOOPBACK, 0, 4L * 1024 * 1024,
                List.of("news.example.org"), 4), "test", new PrintWriter(new StringWriter(), true));
        port = server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void aNormalRequestIsAnsweredWhileThreeHundredClientsSendTheirBodiesAByteAtATime() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket s = new Socket("127.0.0.1", port);
                s.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        + "application/json\r\nContent-Length: 100000\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            // The slow clients keep trickling while the normal request is made.
            CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
                for (Socket s : slow) {
                    try {
                        s.getOutputStream().write('{');
                    } catch (IOException e) {
                        // Already answered and closed by the server.
                    }
                }
            });
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            trickle.get();
            // Beyond the uploads the server takes at once, each slow client was told to come back later.
            int busy = 0;
            for (Socket s : slow) {
                s.setSoTimeout(100);
                String status = statusLine(s);
                if (status.contains(" 503 ")) {
                    busy++;
                }
            }
            assertThat(busy).isGreaterThanOrEqualTo(250);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aChunkedBodyCutShortGets400WithOneLineAndLeavesNoUploadFile() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n40\r\n{\"id\": \"cut\", \"text\": \"The").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.shutdownOutput();
            String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 400 ");
            String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
            body = body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1);
            JsonNode error = JSON.readTree(body).get("error");
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.get("message").asText()).doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(uploadFiles()).isEmpty();
    }

    @Test
    void answersOnlyToItsOwnHostNames() throws Exception {
        assertThat(statusWithHost("evil.example.com")).isEqualTo(421);
        assertThat(statusWithHost("localhost:" + port)).isEqualTo(200);
        assertThat(statusWithHost("127.0.0.1:" + port)).isEqualTo(200);
        assertThat(statusWithHost("NEWS.example.org")).isEqualTo(200);
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "a".repeat(40_000)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 431 ").contains("X-Content-Type-Options: nosniff")
                    .contains("Content-Security-Policy: ").contains("\"status\":431");
        }
    }

    @Test
    void parallelUploadsAreStoredOrToldToComeBackAndSearchAgreesWithTheStore() throws Exception {
        long before = JSON.readTree(get("/api/health")).get("articles").asLong();
        List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
        for (int u = 0; u < 8; u++) {
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < 20; i++) {
                body.append(i == 0 ? "" : ",").append("{\"id\": \"u").append(u).append('-').append(i)
                        .append("\", \"title\": \"Harbour report ").append(u).append(' ').append(i)
                        .append("\", \"text\": \"").append(("The harbour authority in town " + u + " reported "
                                + i + " ships on Monday, more than a week earlier, after the storm had passed. ").repeat(30))
                        .append("\"}");
            }
            body.append(']');
            replies.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                    .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString()));
        }
        int stored = 0;
        for (CompletableFuture<HttpResponse<String>> f : replies) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isIn(201, 503);
            if (r.statusCode() == 503) {
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
            } else {
                stored++;
            }
        }
        assertThat(stored).isPositive();
        JsonNode health = JSON.readTree(get("/api/health"));
        JsonNode found = JSON.readTree(get("/api/search?q=harbour&type=articles&limit=1"));
        assertThat(found.at("/articles/total").asLong()).isEqualTo(health.get("articles").asLong() - before)
                .isEqualTo(stored * 20L);
        assertThat(uploadFiles()).isEmpty();
    }

    @Test
    void anArticleWithoutAnIdSentTwiceWithTrivialChangesIsStoredOnce() throws Exception {
        String first = "{\"title\": \"Ferry service resumes\", \"url\": \"https://news.example.org/ferry?id=7\","
                + " \"text\": \"The ferry service between the two islands resumed on Friday after the storm.\\n\\n"
                + "Operators said the first crossing was fully booked.\"}";
        String again = "{ \"url\": \"https://NEWS.example.org/ferry?utm_source=feed&id=7&fbclid=abc#top\","
                + " \"title\": \"Ferry  service resumes \", \"text\": \"The ferry service between the two islands"
                + "  resumed on Friday after the storm.  \\r\\n\\r\\n\\r\\nOperators said the first crossing was fully"
                + " booked.\\n\"}";
        HttpResponse<String> stored = post(first, "application/json");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        long before = JSON.readTree(get("/api/health")).get("articles").asLong();
        HttpResponse<String> repeated = post(again, "application/x-ndjson");
        assertThat(repeated.statusCode()).as(repeated.body()).isEqualTo(200);
        assertThat(JSON.readTree(repeated.body()).get("alreadyStored").asLong()).isEqualTo(1);
        assertThat(JSON.readTree(get("/api/health")).get("articles").asLong()).isEqualTo(before);
    }

    private static HttpResponse<String> post(String body, String type) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<Path> uploadFiles() throws IOException {
        Path tmp = dir.resolve("data/tmp");
        if (!Files.isDirectory(tmp)) {
            return List.of();
        }
        try (var files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("upload-")).toList();
        }
    }

    private static int statusWithHost(String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return Integer.parseInt(statusLine(s).split(" ")[1]);
        }
    }

    private static String statusLine(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        try {
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                line.append((char) c);
            }
        } catch (java.net.SocketTimeoutException e) {
            // No answer yet: still receiving its body.
        }
        return line.toString();
    }

    private static String get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
