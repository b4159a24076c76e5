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
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;

/** Fetched documents: stored once with their address, revisions kept, nothing doubled after a failure. */
class StoreArrivalsTest {

    private static final String URL = "https://wire.example/raqa-surrender";

    @TempDir
    Path dir;

    @Test
    void storesAFetchedPageOnceWithItsAddressInTheSameBatch() throws IOException {
        try (StoryStore store = open(UnaryOperator.identity())) {
            ArrivalReport first = store.ingestArrivals(List.of(arrival(seed("001_58b2e9f6377aac77"), "tag1")), p -> { },
                    Progress.NONE);
            assertThat(first.stored()).containsEntry(URL, "raqa");
            assertThat(store.watchLedger().items(List.of(URL))).hasEntrySatisfying(URL, item -> {
                assertThat(item.article()).isEqualTo("raqa");
                assertThat(item.entryTag()).isEqualTo("tag1");
                assertThat(item.revisions()).isEqualTo(1);
            });
            ArrivalReport again = store.ingestArrivals(List.of(arrival(seed("001_58b2e9f6377aac77"), "tag1")), p -> { },
                    Progress.NONE);
            assertThat(again.stored()).isEmpty();
            assertThat(store.stats().articles()).isEqualTo(1);
        }
    }

    @Test
    void aChangedPageIsTheNextRevisionAndItsStoryShowsTheLatest() throws IOException {
        String text = seed("001_58b2e9f6377aac77");
        try (StoryStore store = open(UnaryOperator.identity())) {
            store.ingestArrivals(List.of(arrival(text, "tag1")), p -> { }, Progress.NONE);

            ArrivalReport same = store.ingestArrivals(List.of(arrival(text + "\n", "tag2")), p -> { }, Progress.NONE);
            assertThat(same.unchanged()).containsExactly(URL);
            assertThat(same.stored()).isEmpty();
            assertThat(store.watchLedger().items(List.of(URL)).get(URL).entryTag()).isEqualTo("tag2");

            String updated = text + "\n\nUpdate: the coalition said on Sunday that the last fighters had left the city"
                    + " under the deal, and that civilians were returning to the northern districts.";
            ArrivalReport revised = store.ingestArrivals(List.of(arrival(updated, "tag3")), p -> { }, Progress.NONE);
            assertThat(revised.revised()).containsExactly(URL);
            assertThat(revised.stored()).containsEntry(URL, "raqa~r2");
            assertThat(store.watchLedger().revisions("raqa")).extracting(WatchLedger.Revision::article)
                    .containsExactly("raqa", "raqa~r2");
            assertThat(store.article("raqa")).isPresent();
            String story = store.article("raqa~r2").orElseThrow().story();
            JsonNode page = new ObjectMapper().readTree(store.storyPage(story).orElseThrow());
            List<String> shown = new ArrayList<>();
            page.path("articles").forEach(a -> shown.add(a.path("id").asText()));
            assertThat(shown).contains("raqa~r2").doesNotContain("raqa");
        }
    }

    @Test
    void aBatchThatFailsRecordsNothingAndTheNextTryStoresItOnce() throws IOException {
        UnaryOperator<IncrementalStages> failing = real -> new IncrementalStages(real.copies(),
                (fresh, copies, stored) -> {
                    throw new IllegalStateException("placing failed");
                });
        try (StoryStore store = open(failing)) {
            assertThatThrownBy(() -> store.ingestArrivals(List.of(arrival(seed("002_e879aae13f05d629"), "t")),
                    p -> { }, Progress.NONE)).hasMessage("placing failed");
            assertThat(store.watchLedger().items(List.of(URL))).isEmpty();
            assertThat(store.stats().articles()).isZero();
        }
        try (StoryStore store = open(UnaryOperator.identity())) {
            List<Problem> problems = new ArrayList<>();
            assertThat(store.ingestArrivals(List.of(arrival(seed("002_e879aae13f05d629"), "t")), problems::add,
                    Progress.NONE).stored()).containsKey(URL);
            assertThat(store.stats().articles()).isEqualTo(1);
            assertThat(problems).isEmpty();
        }
    }

    private StoryStore open(UnaryOperator<IncrementalStages> wrap) {
        return StoryStore.open(dir, StoryfoldConfig.defaults(), StoreConfig.defaults(), Progress.NONE, wrap);
    }

    private static Arrival arrival(String text, String tag) {
        return new Arrival(new RawDocument("raqa", URL, ContentType.TEXT, text, URL, null, null, "Wire"), URL, tag,
                "https://wire.example/feed.xml");
    }

    private static String seed(String id) throws IOException {
        return Files.readString(Seeds.file(id));
    }
}
