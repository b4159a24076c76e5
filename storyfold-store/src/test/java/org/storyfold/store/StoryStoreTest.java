package org.storyfold.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Digest;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;

/** The store on the seed articles: what it keeps, what a second ingest changes, what it refuses. */
class StoryStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void storesTheSeedsAsTheStoryADigestMakesOfThem() throws IOException {
        Digest digest = new Storyfold(StoryfoldConfig.defaults())
                .digest(List.of(Seeds.folder()), p -> { }, Progress.NONE);
        try (StoryStore store = open()) {
            IngestReport report = ingest(store, Seeds.folder());
            assertThat(report.added()).hasSize(5);
            assertThat(report.stories()).containsExactly("s1");
            JsonNode page = JSON.readTree(store.storyPage("s1").orElseThrow());
            assertThat(texts(page.at("/story/articles"))).containsExactlyElementsOf(digest.stories().get(0).articles());
            List<String> summary = new ArrayList<>();
            page.at("/story/brief/summary").forEach(s -> summary.add(s.get("text").asText()));
            assertThat(summary).containsExactlyElementsOf(
                    digest.briefs().get("s1").summary().stream().map(s -> s.text()).toList());
            assertThat(page.get("duplicates")).hasSize(2);
            assertThat(page.get("articles")).hasSize(5);
            assertThat(page.get("articles").get(0).has("text")).isFalse();
            // 000 and 002 are near copies of 001; 004 reuses three sentences but reports on its own.
            assertThat(page.get("independentSources").asInt()).isEqualTo(3);
        }
    }

    @Test
    void storesEachDocumentOnceHoweverOftenItIsIngested() throws IOException {
        try (StoryStore store = open()) {
            ingest(store, Seeds.folder());
            IngestReport again = ingest(store, Seeds.folder());
            assertThat(again.added()).isEmpty();
            assertThat(again.alreadyStored()).isEqualTo(5);
            assertThat(again.batches()).isZero();
            assertThat(store.stats().articles()).isEqualTo(5);
            assertThat(store.stats().stories()).isEqualTo(1);
        }
    }

    @Test
    void joinsALaterCopyToTheStoredStoryAndBriefsItAgain() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        for (String id : List.of("001_58b2e9f6377aac77", "003_981cc2d0e73f219a", "004_caf3c2726321cc26")) {
            Files.copy(Seeds.file(id), first.resolve(id + ".txt"));
        }
        try (StoryStore store = open()) {
            ingest(store, first);
            JsonNode before = JSON.readTree(store.storyPage("s1").orElseThrow());
            assertThat(before.at("/story/articles")).hasSize(3);

            IngestReport later = ingest(store, Seeds.file("000_474674fb51d8608a"));
            assertThat(later.stories()).containsExactly("s1");
            JsonNode after = JSON.readTree(store.storyPage("s1").orElseThrow());
            assertThat(texts(after.at("/story/articles"))).endsWith("000_474674fb51d8608a").hasSize(4);
            assertThat(after.toString()).contains("\"copy\":\"000_474674fb51d8608a\"");
            assertThat(store.stats().stories()).isEqualTo(1);
        }
    }

    @Test
    void givesADifferentArticleWithATakenIdASuffix() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("001_58b2e9f6377aac77.txt"), "Council approves a new budget\n\n"
                + "The town council approved the budget for next year on Monday after a long debate about roads.");
        List<Problem> problems = new ArrayList<>();
        try (StoryStore store = open()) {
            ingest(store, Seeds.folder());
            IngestReport r = store.ingest(List.of(other), problems::add, Progress.NONE);
            assertThat(r.added()).containsExactly("001_58b2e9f6377aac77~2");
            assertThat(problems).singleElement().asString().contains("this article is \"001_58b2e9f6377aac77~2\"");
            assertThat(store.article("001_58b2e9f6377aac77~2").orElseThrow().article().title())
                    .isEqualTo("Council approves a new budget");
        }
    }

    @Test
    void refusesASecondWriterOnTheSameFolder() {
        try (StoryStore store = open()) {
            assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                    .hasMessageContaining(dir.toString()).hasMessageContaining("in use by another storyfold process");
        }
    }

    @Test
    void refusesAFolderWrittenByANewerSchema() throws Exception {
        try (StoryStore store = open()) {
            ingest(store, Seeds.file("001_58b2e9f6377aac77"));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("storyfold.db"));
             var s = c.createStatement()) {
            s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessageContaining("written by a newer storyfold (schema version 99");
    }

    @Test
    void rebuildsALostSearchIndexFromTheStore() throws IOException {
        try (StoryStore store = open()) {
            ingest(store, Seeds.folder());
        }
        deleteRecursively(dir.resolve("index"));
        try (StoryStore store = open()) {
            assertThat(store.articles(org.storyfold.search.SearchQuery.of(null)).total()).isEqualTo(5);
            assertThat(store.stories(org.storyfold.search.SearchQuery.of("surrender")).hits())
                    .extracting(h -> h.id()).containsExactly("s1");
        }
    }

    @Test
    void storesABatchWholeOrNotAtAll() {
        StoreConfig pairs = StoreConfig.defaults().withBatchSize(2);
        IncrementalStages real = IncrementalStages.neighbourhood(StoryfoldConfig.defaults(), pairs);
        int[] batches = {0};
        StoryAssigner failsSecondBatch = (fresh, copies, stored) -> {
            if (++batches[0] == 2) {
                throw new IllegalStateException("placing failed");
            }
            return real.stories().assign(fresh, copies, stored);
        };
        try (StoryStore store = StoryStore.open(dir, StoryfoldConfig.defaults(), pairs,
                new IncrementalStages(real.copies(), failsSecondBatch))) {
            assertThatThrownBy(() -> ingest(store, Seeds.folder())).hasMessage("placing failed");
            assertThat(store.stats().articles()).isEqualTo(2);
            assertThat(store.stats().batches()).isEqualTo(1);
        }
        try (StoryStore store = StoryStore.open(dir, StoryfoldConfig.defaults(), pairs)) {
            IngestReport r = ingest(store, Seeds.folder());
            assertThat(r.alreadyStored()).isEqualTo(2);
            assertThat(r.added()).hasSize(3);
            assertThat(store.stats().articles()).isEqualTo(5);
            assertThat(store.stats().stories()).isEqualTo(1);
        }
    }

    @Test
    void refusesAStoryAssignerThatLeavesArticlesOut() {
        IncrementalStages real = IncrementalStages.neighbourhood(StoryfoldConfig.defaults(), StoreConfig.defaults());
        StoryAssigner losesOne = (fresh, copies, stored) -> {
            List<StoryUpdate> updates = real.stories().assign(fresh, copies, stored);
            StoryUpdate first = updates.get(0);
            return List.of(new StoryUpdate(first.story(), first.absorbed(), first.title(),
                    first.articles().subList(0, first.articles().size() - 1)));
        };
        try (StoryStore store = StoryStore.open(dir, StoryfoldConfig.defaults(), StoreConfig.defaults(),
                new IncrementalStages(real.copies(), losesOne))) {
            assertThatThrownBy(() -> ingest(store, Seeds.folder())).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the story assigner left out articles [");
            assertThat(store.stats().articles()).isZero();
        }
    }

    private StoryStore open() {
        return StoryStore.open(dir, StoryfoldConfig.defaults(), StoreConfig.defaults());
    }

    private static IngestReport ingest(StoryStore store, Path input) {
        List<Problem> problems = new ArrayList<>();
        IngestReport r = store.ingest(List.of(input), problems::add, Progress.NONE);
        assertThat(problems).isEmpty();
        return r;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void deleteRecursively(Path p) throws IOException {
        try (var files = Files.walk(p)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
