package org.storyfold.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;
import org.storyfold.search.SearchIndex;
import org.storyfold.search.SearchQuery;

/**
 * What the store does when work goes wrong or runs long: other ingests go on while one analyses,
 * an index update that fails leaves the batch stored and the index repaired, an index that
 * disagrees with the store is rebuilt at open, and a brief a crash cut short is written at open.
 */
class StoreRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SearchQuery ALL = new SearchQuery(null, null, null, null, null, 0, 1);

    @TempDir
    Path dir;

    @Test
    void anotherIngestRunsWhileOneIsBetweenItsBatches() throws Exception {
        StoreConfig single = StoreConfig.defaults().withBatchSize(1);
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.copy(Seeds.file("001_58b2e9f6377aac77"), first.resolve("a.txt"));
        Files.copy(Seeds.file("003_981cc2d0e73f219a"), first.resolve("b.txt"));
        try (StoryStore store = StoryStore.open(dir.resolve("data"), StoryfoldConfig.defaults(), single)) {
            AtomicBoolean otherDone = new AtomicBoolean();
            AtomicBoolean asked = new AtomicBoolean();
            // After its first batch, the first ingest waits for a second ingest to finish: it can only
            // if the first holds no lock between its batches (nor, then, while it extracts or briefs).
            Progress waitsForTheOther = new Progress() {
                @Override
                public void start(String task, long total) {
                }

                @Override
                public void advance(long units) {
                    if (asked.compareAndSet(false, true)) {
                        CompletableFuture<IngestReport> other = CompletableFuture.supplyAsync(() ->
                                store.ingest(List.of(Seeds.file("004_caf3c2726321cc26")), p -> { }, Progress.NONE));
                        try {
                            otherDone.set(other.get(120, TimeUnit.SECONDS).added().size() == 1);
                        } catch (Exception e) {
                            otherDone.set(false);
                        }
                    }
                }

                @Override
                public void finish() {
                }
            };
            IngestReport report = store.ingest(List.of(first), p -> { }, waitsForTheOther);
            assertThat(otherDone).as("the second ingest finished while the first was under way").isTrue();
            assertThat(report.added()).hasSize(2);
            assertThat(store.stats().articles()).isEqualTo(3);
            assertThat(store.articles(ALL).total()).isEqualTo(3);
        }
    }

    @Test
    void anIndexUpdateThatFailsLeavesTheBatchStoredAndTheIndexRepairedFromTheStore() throws IOException {
        try (StoryStore store = open()) {
            ingest(store, Seeds.folder());
        }
        Database db = Database.open(dir.resolve("storyfold.db"), true);
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            // The index lost the batch's updates (a writer closed mid-update loses what it had not committed).
            index.clear();
            IndexHealth health = new IndexHealth(db, index);
            health.update(1, () -> {
                throw new IOException("No space left on device");
            });
            assertThat(health.damaged()).isFalse();
            assertThat(health.lastFailure()).hasMessage("No space left on device");
            assertThat(index.counts()).containsExactly(5, 2);
            assertThat(IndexSync.agrees(db, index)).isTrue();
        } finally {
            db.close();
        }
    }

    @Test
    void anIngestThatFailsPartWayHasToldExactlyTheArticlesItsCommittedBatchesStored() throws IOException {
        int[] batches = {0};
        java.util.function.UnaryOperator<IncrementalStages> failsSecond = real -> new IncrementalStages(real.copies(),
                (fresh, copies, stored) -> {
                    if (++batches[0] == 2) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    return real.stories().assign(fresh, copies, stored);
                });
        List<String> told = new ArrayList<>();
        try (StoryStore store = StoryStore.open(dir, StoryfoldConfig.defaults(), StoreConfig.defaults().withBatchSize(2),
                Progress.NONE, failsSecond)) {
            List<org.storyfold.ingest.InputFile> files = new org.storyfold.ingest.FileIngester(
                    StoryfoldConfig.defaults().ingest()).list(List.of(Seeds.folder()), p -> { });
            try {
                store.ingestFiles(files, p -> { }, Progress.NONE, told::addAll);
                throw new AssertionError("the second batch should have failed");
            } catch (OutOfMemoryError expected) {
                // The first batch of two is stored; the second failed before its commit.
            }
            assertThat(told).hasSize(2);
            assertThat(store.stats().articles()).isEqualTo(2);
            told.forEach(id -> assertThat(store.article(id)).isPresent());
            assertThat(store.articles(ALL).total()).isEqualTo(2);
        }
    }

    @Test
    void anArticleWithAnAbsurdOutletIsStoredAndFound() throws IOException {
        Path input = dir.resolve("odd.jsonl");
        String outlet = "The Daily ".repeat(5_000);
        Files.writeString(input, "{\"id\": \"odd\", \"outlet\": \"" + outlet + "\", \"title\": \"Council approves the"
                + " budget\", \"text\": \"The city council approved the budget on Tuesday after a long debate about"
                + " roads and schools.\"}\n");
        try (StoryStore store = StoryStore.open(dir.resolve("data"), StoryfoldConfig.defaults(), StoreConfig.defaults())) {
            ingest(store, input);
            assertThat(store.articles(SearchQuery.of("budget")).total()).isEqualTo(1);
            assertThat(store.stories(ALL).total()).isEqualTo(store.stats().stories());
        }
    }

    @Test
    void aSearchIndexThatMissesArticlesIsRebuiltWhenTheStoreOpens() throws IOException {
        try (StoryStore store = open()) {
            ingest(store, Seeds.folder());
        }
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            long sequence = index.sequence();
            index.clear();
            // As an update that failed after its batch was stored, then a later commit, left it.
            index.commit(sequence);
        }
        try (StoryStore store = open()) {
            assertThat(store.articles(ALL).total()).isEqualTo(5);
            assertThat(store.stories(ALL).total()).isEqualTo(2);
            assertThat(store.articles(SearchQuery.of("surrender")).total()).isPositive();
        }
    }

    @Test
    void aBriefACrashCutShortIsWrittenWhenTheStoreOpens() throws Exception {
        String full;
        try (StoryStore store = open()) {
            ingest(store, Seeds.folder());
            full = store.storyPage("s1").orElseThrow();
        }
        // The folder as a crash between a batch's commit and its briefs leaves it: the story has its
        // members and an empty brief, and is listed as due.
        JsonNode page = JSON.readTree(full);
        ((com.fasterxml.jackson.databind.node.ObjectNode) page.get("story")).set("brief", JSON.createObjectNode()
                .set("summary", JSON.createArrayNode()));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("storyfold.db"));
             var s = c.prepareStatement("UPDATE stories SET page = ? WHERE id = 's1'")) {
            s.setString(1, JSON.writeValueAsString(page));
            s.executeUpdate();
            c.createStatement().execute("INSERT INTO briefs_due (story, batch) SELECT id, batch FROM stories WHERE id = 's1'");
        }
        try (StoryStore store = open()) {
            assertThat(JSON.readTree(store.storyPage("s1").orElseThrow()).at("/story/brief"))
                    .isEqualTo(JSON.readTree(full).at("/story/brief"));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("storyfold.db"));
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM briefs_due")) {
            assertThat(rs.getLong(1)).isZero();
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
}
