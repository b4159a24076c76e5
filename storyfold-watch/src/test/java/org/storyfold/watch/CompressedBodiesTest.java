package org.storyfold.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Brotli and gzip bodies fetched from a loopback server, decoded as read and capped after decoding. */
class CompressedBodiesTest {

    private final MockWebServer server = new MockWebServer();
    private final List<String> acceptEncoding = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        byte[] seed = resource("003_981cc2d0e73f219a.txt.br");
        byte[] bomb = resource("zeros-64mib.br");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                if (!r.getTarget().equals("/robots.txt")) {
                    acceptEncoding.add(String.valueOf(r.getHeaders().get("Accept-Encoding")));
                }
                return switch (r.getTarget()) {
                    case "/seed.txt" -> new MockResponse.Builder().addHeader("Content-Type", "text/plain; charset=utf-8")
                            .addHeader("Content-Encoding", "br").body(new Buffer().write(seed)).build();
                    case "/bomb.xml" -> new MockResponse.Builder().addHeader("Content-Encoding", "br")
                            .body(new Buffer().write(bomb)).build();
                    case "/broken.xml" -> new MockResponse.Builder().addHeader("Content-Encoding", "br")
                            .body("this is not brotli at all, whatever the header says").build();
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void asksForBrotliAndReadsTheTextTheServerCompressed() throws Exception {
        try (HttpFetcher fetcher = fetcher()) {
            FetchResult r = fetcher.fetch(server.url("/seed.txt").toString(), null, null);
            assertThat(r).isInstanceOf(FetchResult.Body.class);
            String text = new String(((FetchResult.Body) r).bytes(), StandardCharsets.UTF_8);
            assertThat(text).isEqualTo(Files.readString(seeds().resolve("003_981cc2d0e73f219a.txt")));
        }
        assertThat(acceptEncoding).containsExactly(CompressedBodies.ACCEPTED);
    }

    @Test
    void aBrotliBombStopsAtTheLimitAndABrokenStreamGetsOneLine() throws Exception {
        try (HttpFetcher fetcher = fetcher()) {
            FetchResult bomb = fetcher.fetch(server.url("/bomb.xml").toString(), null, null);
            assertThat(bomb).isInstanceOfSatisfying(FetchResult.Failed.class, f ->
                    assertThat(f.reason()).isEqualTo("larger than the 1 MiB limit (after decompression); not read"));
            FetchResult broken = fetcher.fetch(server.url("/broken.xml").toString(), null, null);
            assertThat(broken).isInstanceOfSatisfying(FetchResult.Failed.class, f ->
                    assertThat(f.reason()).isNotBlank().doesNotContain("\n"));
        }
    }

    private static HttpFetcher fetcher() {
        return new HttpFetcher(FetchConfig.defaults().withHostDelay(Duration.ZERO)
                .withLimits(1024 * 1024, Duration.ofSeconds(10)), "test");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CompressedBodiesTest.class.getResourceAsStream("/brotli/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        return p.resolve("examples/raqqa");
    }
}
