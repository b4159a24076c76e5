package org.storyfold.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;
import org.storyfold.search.SearchQuery;

/**
 * Briefs left waiting while articles keep arriving: each story is briefed once, from the last
 * batch that changed it, into the same page an ingest that briefs at once writes; a page read
 * writes its waiting brief first; the due marks are in the database meanwhile.
 */
class StoreBriefBacklogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SEEDS = List.of("000_474674fb51d8608a", "001_58b2e9f6377aac77",
            "002_e879aae13f05d629", "003_981cc2d0e73f219a", "004_caf3c2726321cc26");
    private static final Duration AN_HOUR = Duration.ofHours(1);

    @TempDir
    Path dir;

    @Test
    void waitingBriefsAreWrittenOnceEachAsAnIngestThatBriefsAtOnceWritesThem() throws Exception {
        Map<String, String> atOnce = pagesAfterArrivals(dir.resolve("at-once"), Duration.ZERO, false);
        List<Problem> problems = new ArrayList<>();
        try (StoryStore store = open(dir.resolve("waiting"))) {
            arrive(store, AN_HOUR);
            Map<String, String> provisional = storedPages(dir.resolve("waiting"));
            assertThat(provisional.keySet()).isEqualTo(atOnce.keySet());
            assertThat(dueMarks(dir.resolve("waiting"))).as("every story waits, its mark stored").isEqualTo(provisional.size());
            // Until then a reader in another process sees the new members with the brief the story had.
            for (Map.Entry<String, String> e : provisional.entrySet()) {
                JsonNode waiting = JSON.readTree(e.getValue());
                JsonNode written = JSON.readTree(atOnce.get(e.getKey()));
                assertThat(waiting.at("/story/articles")).isEqualTo(written.at("/story/articles"));
                assertThat(waiting.at("/story/brief")).isNotEqualTo(written.at("/story/brief"));
            }

            assertThat(store.writeWaitingBriefs(problems::add)).as("one brief per story").isEqualTo(atOnce.size());
            assertThat(store.writeWaitingBriefs(problems::add)).isZero();
            assertThat(problems).isEmpty();
            assertThat(dueMarks(dir.resolve("waiting"))).isZero();
            assertThat(storedPages(dir.resolve("waiting"))).isEqualTo(atOnce);
            // The search index holds the briefs' words too.
            for (String story : atOnce.keySet()) {
                String summary = JSON.readTree(atOnce.get(story)).at("/story/brief/summary/0/text").asText();
                String word = longestWord(summary);
                assertThat(store.stories(SearchQuery.of(word)).hits()).extracting(h -> h.id()).contains(story);
            }
        }
    }

    @Test
    void aPageReadWritesItsWaitingBriefFirstAndClosingWritesTheRest() throws Exception {
        Map<String, String> atOnce = pagesAfterArrivals(dir.resolve("at-once"), Duration.ZERO, false);
        Path folder = dir.resolve("waiting");
        String first = atOnce.keySet().iterator().next();
        try (StoryStore store = open(folder)) {
            arrive(store, AN_HOUR);
            assertThat(store.storyPage(first)).contains(atOnce.get(first));
            assertThat(storedPages(folder).get(first)).isEqualTo(atOnce.get(first));
            assertThat(dueMarks(folder)).isEqualTo(atOnce.size() - 1);
        }
        assertThat(dueMarks(folder)).isZero();
        assertThat(storedPages(folder)).isEqualTo(atOnce);
    }

    @Test
    void aWaitingStoryShowsItsNewMembersWithTheBriefItHad() throws Exception {
        Path folder = dir.resolve("data");
        try (StoryStore store = open(folder)) {
            arrive(store, SEEDS.subList(0, SEEDS.size() - 1), Duration.ZERO);
            Map<String, String> before = storedPages(folder);
            arrive(store, SEEDS.subList(SEEDS.size() - 1, SEEDS.size()), AN_HOUR);
            Map<String, String> after = storedPages(folder);
            String changed = after.keySet().stream().filter(id -> !after.get(id).equals(before.get(id))).findFirst()
                    .orElseThrow();
            JsonNode was = JSON.readTree(before.get(changed));
            JsonNode waiting = JSON.readTree(after.get(changed));
            assertThat(waiting.at("/story/articles").size()).isEqualTo(was.at("/story/articles").size() + 1);
            assertThat(waiting.at("/story/brief")).isEqualTo(was.at("/story/brief"));
            assertThat(waiting.at("/articles").size()).isEqualTo(was.at("/articles").size() + 1);
        }
    }

    @Test
    void briefsThatMayWaitNoLongerAreWrittenByTheIngest() throws Exception {
        assertThat(pagesAfterArrivals(dir.resolve("waiting"), Duration.ZERO, true))
                .isEqualTo(pagesAfterArrivals(dir.resolve("at-once"), Duration.ZERO, false));
    }

    /**
     * The stored pages after the seeds arrived one per ingest call; {@code readBeforeClose}: read
     * from the database while the store is still open (nothing written at close).
     */
    private Map<String, String> pagesAfterArrivals(Path folder, Duration wait, boolean readBeforeClose)
            throws Exception {
        try (StoryStore store = open(folder)) {
            arrive(store, wait);
            if (readBeforeClose) {
                assertThat(dueMarks(folder)).isZero();
                return storedPages(folder);
            }
        }
        return storedPages(folder);
    }

    private static void arrive(StoryStore store, Duration wait) throws IOException {
        arrive(store, SEEDS, wait);
    }

    private static void arrive(StoryStore store, List<String> seeds, Duration wait) throws IOException {
        for (String seed : seeds) {
            String url = "https://news.example/" + seed;
            RawDocument doc = new RawDocument(seed, url, ContentType.TEXT, Files.readString(Seeds.file(seed)), url,
                    null, null, "Outlet " + seed.charAt(2));
            List<Problem> problems = new ArrayList<>();
            store.ingestArrivals(List.of(new Arrival(doc, url, "tag", null)), problems::add, Progress.NONE, wait);
            assertThat(problems).isEmpty();
        }
    }

    private StoryStore open(Path folder) {
        return StoryStore.open(folder, StoryfoldConfig.defaults(), StoreConfig.defaults());
    }

    private static Map<String, String> storedPages(Path folder) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("storyfold.db"));
             var rs = c.createStatement().executeQuery("SELECT id, page FROM stories")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static long dueMarks(Path folder) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("storyfold.db"));
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM briefs_due")) {
            return rs.getLong(1);
        }
    }

    private static String longestWord(String text) {
        String best = "";
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }
}
