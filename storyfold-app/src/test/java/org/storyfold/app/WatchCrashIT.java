package org.storyfold.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments of a running watch, in a child process, against a loopback server
 * whose pages come slowly: no article stored before a kill is lost, and after the last restart
 * every page is stored exactly once.
 */
class WatchCrashIT {

    private static final int PAGES = 60;

    @TempDir
    Path dir;

    @Test
    void killedAtAnyMomentLosesNothingStoredAndStoresNothingTwice() throws Exception {
        List<String> texts = SeedFeeds.texts();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/feed.xml")) {
                StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Slow Wire</title>");
                for (int i = 0; i < PAGES; i++) {
                    b.append("<item><title>Dispatch ").append(i).append("</title><link>").append(base).append("/a/")
                            .append(i).append(".html</link><description>Teaser ").append(i).append(".</description></item>");
                }
                send(exchange, 200, "application/rss+xml", b.append("</channel></rss>").toString());
            } else if (path.startsWith("/a/")) {
                int i = Integer.parseInt(path.substring(3, path.indexOf(".html")));
                sleep(150);
                String text = "Dispatch number " + i + " was filed from the desk of correspondent " + i
                        + " on a quiet evening.\n\n" + texts.get(i % texts.size());
                send(exchange, 200, "text/html; charset=utf-8", SeedFeeds.page("Dispatch " + i, text));
            } else {
                send(exchange, 404, "text/plain", "not here");
            }
        });
        server.start();
        Path data = dir.resolve("data");
        try {
            Random random = new Random(17);
            long stored = 0;
            for (int kill = 0; kill < 3; kill++) {
                Process child = watch(data, base + "/feed.xml", false);
                long before = stored;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (articles(data) <= before && System.nanoTime() < deadline && child.isAlive()) {
                    Thread.sleep(100);
                }
                Thread.sleep(random.nextInt(1500));
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                long now = articles(data);
                assertThat(now).as("articles after kill " + (kill + 1)).isGreaterThanOrEqualTo(stored);
                stored = now;
            }
            // The kills fell in the middle of the work: some pages stored, not all.
            assertThat(stored).as("articles stored before the last kill").isBetween(1L, PAGES - 1L);
            Process last = watch(data, base + "/feed.xml", true);
            assertThat(last.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).isZero();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyfold.db"));
                 Statement s = c.createStatement()) {
                assertThat(one(s, "SELECT count(*) FROM articles")).isEqualTo(PAGES);
                assertThat(one(s, "SELECT count(DISTINCT url) FROM articles")).isEqualTo(PAGES);
                assertThat(one(s, "SELECT count(*) FROM watch_items WHERE article IS NOT NULL")).isEqualTo(PAGES);
            }
        } finally {
            server.stop(0);
        }
    }

    private Process watch(Path data, String feed, boolean once) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.storyfold.app.Main", "watch", "--data", data.toString(),
                "--interval", "0", "--host-delay", "0", "--teaser-words", "100000", "--quiet"));
        if (once) {
            command.add("--once");
        }
        command.add(feed);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private static long articles(Path data) throws SQLException {
        if (!Files.exists(data.resolve("storyfold.db"))) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyfold.db") + "?open_mode=1");
             Statement s = c.createStatement()) {
            return one(s, "SELECT count(*) FROM articles");
        } catch (SQLException e) {
            return 0; // the schema is not there yet
        }
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
