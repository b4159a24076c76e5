package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;

/**
 * {@code storyfold ingest} of 10,000 articles killed with SIGKILL midway, then run again: every
 * article is stored exactly once, nothing committed before the kill is lost, and every story is
 * whole, both right after the kill and at the end.
 */
class IngestCrashTest {

    private static final int ARTICLES = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anIngestKilledMidwayAndRunAgainStoresEveryArticleOnceAndEveryStoryWhole() throws Exception {
        Path input = dir.resolve("news.jsonl");
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            new JsonLinesNews(42, JsonLinesNews.Size.SMALL).write(ARTICLES, w);
        }
        Path data = dir.resolve("data");

        // 1. Kill -9 once a third of the articles are committed.
        Process first = ingest(data, input, dir.resolve("first.log"));
        long before = waitForArticles(data, first, ARTICLES / 3);
        first.destroyForcibly();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        // 2. What the kill left: fewer than all, nothing committed lost, every story whole.
        long afterKill = count(data, "SELECT count(*) FROM articles");
        assertThat(afterKill).isBetween(before, (long) ARTICLES - 1);
        assertConsistent(data);

        // 3. The same ingest again finishes the job.
        Path log = dir.resolve("second.log");
        Process second = ingest(data, input, log);
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).startsWith((ARTICLES - afterKill) + " articles added to " + data
                + " (" + afterKill + " already stored, 0 rejected)");
        assertThat(ids(data)).isEqualTo(generatedIds(input));
        assertConsistent(data);

        // 4. The search index holds every article and story once (replayed where the kill cut it short).
        try (StoryStore store = StoryStore.open(data, StoryfoldConfig.defaults(), StoreConfig.defaults())) {
            assertThat(store.stats().articles()).isEqualTo(ARTICLES);
            assertThat(store.articles(new org.storyfold.search.SearchQuery(null, null, null, null, null, 0, 1)).total())
                    .isEqualTo(ARTICLES);
            assertThat(store.stories(new org.storyfold.search.SearchQuery(null, null, null, null, null, 0, 1)).total())
                    .isEqualTo(store.stats().stories());
        }
    }

    /** Articles once each, stories with exactly their articles and a brief citing only them, groups inside a story. */
    private static void assertConsistent(Path data) throws SQLException, IOException {
        try (Connection c = connect(data); Statement s = c.createStatement()) {
            assertThat(one(s, "SELECT count(*) - count(DISTINCT id) FROM articles")).isZero();
            assertThat(one(s, "SELECT count(*) - count(DISTINCT fingerprint) FROM articles")).isZero();
            assertThat(one(s, "SELECT count(*) FROM articles WHERE story NOT IN (SELECT id FROM stories)")).isZero();
            assertThat(one(s, "SELECT count(*) FROM stories WHERE id NOT IN (SELECT story FROM articles)")).isZero();
            assertThat(one(s, "SELECT count(*) FROM merged_stories WHERE into_story NOT IN (SELECT id FROM stories)")).isZero();
            assertThat(one(s, "SELECT count(*) FROM copy_members WHERE article NOT IN (SELECT id FROM articles)")).isZero();
            assertThat(one(s, "SELECT count(*) FROM (SELECT m.grp FROM copy_members m JOIN articles a ON a.id = m.article"
                    + " GROUP BY m.grp HAVING count(DISTINCT a.story) > 1)")).as("copy groups across stories").isZero();

            Map<String, Set<String>> members = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT story, id FROM articles")) {
                while (rs.next()) {
                    members.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, articles, page FROM stories")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    JsonNode page = JSON.readTree(rs.getString(3));
                    Set<String> listed = new HashSet<>();
                    page.at("/story/articles").forEach(a -> listed.add(a.asText()));
                    assertThat(page.at("/story/id").asText()).isEqualTo(id);
                    assertThat(listed).as("articles of " + id).isEqualTo(members.get(id));
                    assertThat(rs.getInt(2)).isEqualTo(listed.size());
                    assertThat(page.at("/story/brief/summary").isArray()).isTrue();
                    for (JsonNode sentence : page.at("/story/brief/summary")) {
                        sentence.get("sources").forEach(src -> assertThat(listed).contains(src.asText()));
                    }
                    for (JsonNode group : page.get("duplicates")) {
                        group.get("members").forEach(m -> assertThat(listed).contains(m.asText()));
                    }
                }
            }
        }
    }

    private static Process ingest(Path data, Path input, Path log) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.storyfold.app.Main", "ingest", "-q",
                "--data", data.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long waitForArticles(Path data, Process p, long wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(data.resolve("storyfold.db"))) {
                try {
                    long n = count(data, "SELECT count(*) FROM articles");
                    if (n >= wanted) {
                        return n;
                    }
                } catch (SQLException e) {
                    // The schema is still being created.
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the ingest stopped or stalled before storing " + wanted + " articles");
    }

    private static Set<String> ids(Path data) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = connect(data); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM articles")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Set<String> generatedIds(Path input) throws IOException {
        Set<String> ids = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                ids.add(JSON.readTree(line).get("id").asText());
            }
        }
        assertThat(ids).hasSize(ARTICLES);
        return ids;
    }

    private static long count(Path data, String sql) throws SQLException {
        try (Connection c = connect(data); Statement s = c.createStatement()) {
            return one(s, sql);
        }
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(Path data) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyfold.db"), config.toProperties());
    }
}
