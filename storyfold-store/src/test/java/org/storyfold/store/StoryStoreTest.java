package org.storyfold.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Digest;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.StoryStream;
import org.storyfold.cluster.TimeDecay;
import org.storyfold.dedup.CopyIndex;
import org.storyfold.extract.Article;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.format.JsonFormat;

/** The store on the seed articles: what it keeps, what a second ingest changes, what it refuses. */
class StoryStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void storesTheSeedsAsTheStoriesADigestMakesOfThem() throws IOException {
        Digest digest = digestOfSeeds();
        try (StoryStore store = open()) {
            IngestReport report = ingest(store, Seeds.folder());
            assertThat(report.added()).hasSize(5);
            assertThat(report.stories()).containsExactlyInAnyOrder("s1", "s2");
            for (Story s : digest.stories()) {
                JsonNode page = JSON.readTree(store.storyPage(s.id()).orElseThrow());
                assertThat(page.at("/story/title").asText()).isEqualTo(JsonFormat.headline(s, digest.computeBrief(s.id())));
                assertThat(texts(page.at("/story/articles"))).containsExactlyElementsOf(s.articles());
                List<String> summary = new ArrayList<>();
                page.at("/story/brief/summary").forEach(x -> summary.add(x.get("text").asText()));
                assertThat(summary).containsExactlyElementsOf(
                        digest.computeBrief(s.id()).summary().stream().map(x -> x.text()).toList());
                assertThat(page.get("articles")).hasSize(s.articles().size());
                assertThat(page.get("articles").get(0).has("text")).isFalse();
            }
            // The same groups as the digest's, each link with the same edits.
            assertThat(storedGroups(store)).containsExactlyInAnyOrderElementsOf(groupsJson(digest.duplicates()));
            assertThat(storedGroups(store).toString()).contains("\"substitutions\":[{\"from\":\"Raqa\",\"to\":\"Raqqa\"");
            // 000 and 002 are near copies of 001; 004 reuses three sentences but reports on its own.
            JsonNode s1 = JSON.readTree(store.storyPage("s1").orElseThrow());
            assertThat(s1.get("independentSources").asInt()).isEqualTo(2);
            assertThat(s1.at("/story/independentSources").asInt()).isEqualTo(2);
            assertThat(s1.at("/story/coverage")).hasSize(4);
            assertThat(s1.at("/story/firstReported/time").asText()).isEqualTo("2017-10-14");
        }
    }

    @Test
    void searchFindsANameByEveryNameTheBriefsKnowAndAnOutletByTheAgencyItCredits() throws IOException {
        try (StoryStore store = open()) {
            ingest(store, Seeds.folder());
            // s2 spells only "Raqa"; the briefs of s1 learned that "Raqqa" is the same place.
            assertThat(storyIds(store, "Raqqa civilians exit talks")).contains("s2");
            assertThat(storyIds(store, "\"Raqqa civilians\"")).as("a quoted phrase stays as written").isEmpty();
            // "IS" stands for "Islamic State" in every story; "is" is a word, not a name.
            assertThat(storyIds(store, "IS surrounded")).contains("s2");
            assertThat(store.articles(new org.storyfold.search.SearchQuery("Daesh talks civilian exit", null, null,
                    null, null, 0, 10)).hits()).extracting(h -> h.id()).contains("003_981cc2d0e73f219a");
            // No seed names its outlet; 000, 001 and 003 credit AFP.
            assertThat(store.articles(new org.storyfold.search.SearchQuery(null, "afp", null, null, null, 0, 10)).hits())
                    .extracting(h -> h.id())
                    .containsExactlyInAnyOrder("000_474674fb51d8608a", "001_58b2e9f6377aac77", "003_981cc2d0e73f219a");
            assertThat(store.stories(new org.storyfold.search.SearchQuery(null, "AFP", null, null, null, 0, 10)).hits())
                    .extracting(h -> h.id()).containsExactlyInAnyOrder("s1", "s2");
        }
    }

    @Test
    void keepsTheStorylineThatLinksTheTwoSeedStoriesWithTheirCountsSideBySide() throws IOException {
        try (StoryStore store = open()) {
            ingest(store, Seeds.folder());
            StoredStoryline line = store.storyline("s1").orElseThrow();
            assertThat(line.stories()).extracting(StoredStoryline.Member::story).containsExactly("s1", "s2");
            assertThat(line.stories().get(0).first()).hasToString("2017-10-14");
            assertThat(line.stories().get(1).first()).as("003 is undated").isNull();
            assertThat(line.stories().get(1).ordered()).isFalse();
            assertThat(line.figures()).anySatisfy(t -> {
                assertThat(t.label()).isEqualTo("fighters remaining in Raqa");
                assertThat(t.points()).extracting(p -> p.value()).contains("up to 500", "between 600 and 700");
                assertThat(t.verdict()).isEqualTo(org.storyfold.synth.FigureTrack.UNDATED);
            });
            assertThat(store.storyline("s2").orElseThrow().stories()).hasSize(2);
        }
    }

    @Test
    void anUndatedStoryHasNoDateRatherThanTheDayItWasStored() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.copy(Seeds.file("003_981cc2d0e73f219a"), one.resolve("003_981cc2d0e73f219a.txt"));
        try (StoryStore store = open()) {
            ingest(store, one);
            var hit = store.stories(org.storyfold.search.SearchQuery.of(null)).hits().get(0);
            assertThat(hit.newest()).isNull();
            JsonNode page = JSON.readTree(store.storyPage(hit.id()).orElseThrow());
            assertThat(page.at("/story/firstReported").isNull()).isTrue();
            assertThat(page.at("/story/lastUpdated").isNull()).isTrue();
            assertThat(page.at("/articles/0/published").isNull()).isTrue();
        }
    }

    private static List<String> storyIds(StoryStore store, String query) {
        return store.stories(new org.storyfold.search.SearchQuery(query, null, null, null, null, 0, 10)).hits().stream()
                .map(h -> h.id()).toList();
    }

    @Test
    void storesTheSeedsInTwoRunsAsTheOnlineClustererFoldsTheTwoBatches() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path rest = Files.createDirectories(dir.resolve("rest"));
        for (String id : List.of("000_474674fb51d8608a", "001_58b2e9f6377aac77", "002_e879aae13f05d629",
                "003_981cc2d0e73f219a", "004_caf3c2726321cc26")) {
            Files.copy(Seeds.file(id), (id.startsWith("003") ? first : rest).resolve(id + ".txt"));
        }
        // What the digest's clusterer makes of the same two batches, kept open between them.
        Storyfold storyfold = new Storyfold(StoryfoldConfig.defaults());
        StoryStream stream = new OnlineStoryClusterer(StoryfoldConfig.defaults().cluster()).open();
        CopyIndex copies = CopyIndex.inMemory(StoryfoldConfig.defaults().dedup());
        for (Path batch : List.of(first, rest)) {
            List<Article> articles = storyfold.articles(List.of(batch), p -> { }, Progress.NONE);
            stream.add(articles, copies.add(articles).groups());
        }
        Set<Set<String>> expected = new HashSet<>();
        stream.stories().forEach(s -> expected.add(new HashSet<>(s.articles())));

        try (StoryStore store = StoryStore.open(dir.resolve("data"), StoryfoldConfig.defaults(), StoreConfig.defaults())) {
            assertThat(ingest(store, first).stories()).containsExactly("s1");
            ingest(store, rest);
            Set<Set<String>> stories = new HashSet<>();
            Map<String, String> storyOf = store.storiesOf(List.of("000_474674fb51d8608a", "001_58b2e9f6377aac77",
                    "002_e879aae13f05d629", "003_981cc2d0e73f219a", "004_caf3c2726321cc26"));
            for (String id : new HashSet<>(storyOf.values())) {
                Set<String> listed = new HashSet<>(texts(JSON.readTree(store.storyPage(id).orElseThrow()).at("/story/articles")));
                storyOf.forEach((article, story) -> assertThat(listed.contains(article)).isEqualTo(story.equals(id)));
                stories.add(listed);
            }
            assertThat(stories).isEqualTo(expected);
            assertThat(store.stats().stories()).isEqualTo(expected.size());
            // Copies are found whatever the batches: the digest's groups, with the same edits.
            assertThat(storedGroups(store)).containsExactlyInAnyOrderElementsOf(groupsJson(digestOfSeeds().duplicates()));
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
            assertThat(store.stats().stories()).isEqualTo(2);
        }
    }

    @Test
    void joinsALaterCopyToTheStoredStoryAndBriefsItAgain() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        for (String id : List.of("001_58b2e9f6377aac77", "003_981cc2d0e73f219a", "004_caf3c2726321cc26")) {
            Files.copy(Seeds.file(id), first.resolve(id + ".txt"));
        }
        // With time falling as an exponential at a threshold of 0.24 (the defaults before the Gaussian), the
        // talks are held with the surrender while three articles are all there is; with the defaults they
        // are apart from the first batch on.
        StoryfoldConfig exponential = StoryfoldConfig.defaults().withCluster(ClusterConfig.defaults().withThreshold(0.24)
                .withMergeThreshold(0.24).withTime(3.0, TimeDecay.EXPONENTIAL));
        try (StoryStore store = StoryStore.open(dir, exponential, StoreConfig.defaults())) {
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
    void storesABatchWholeOrNotAtAll() throws IOException {
        StoreConfig pairs = StoreConfig.defaults().withBatchSize(2);
        int[] batches = {0};
        UnaryOperator<IncrementalStages> failsSecondBatch = real -> new IncrementalStages(real.copies(),
                (fresh, copies, stored) -> {
                    if (++batches[0] == 2) {
                        throw new IllegalStateException("placing failed");
                    }
                    return real.stories().assign(fresh, copies, stored);
                });
        try (StoryStore store = StoryStore.open(dir, StoryfoldConfig.defaults(), pairs, Progress.NONE, failsSecondBatch)) {
            assertThatThrownBy(() -> ingest(store, Seeds.folder())).hasMessage("placing failed");
            assertThat(store.stats().articles()).isEqualTo(2);
            assertThat(store.stats().batches()).isEqualTo(1);

            // The copy index and the stream saw the failed batch: they are restored to the store
            // before the next one, which then places those articles as if nothing had failed.
            IngestReport r = ingest(store, Seeds.folder());
            assertThat(r.alreadyStored()).isEqualTo(2);
            assertThat(r.added()).hasSize(3);
            assertThat(store.stats().articles()).isEqualTo(5);
        }
        Path clean = dir.resolve("clean");
        try (StoryStore store = StoryStore.open(clean, StoryfoldConfig.defaults(), pairs)) {
            ingest(store, Seeds.folder());
        }
        try (StoryStore failed = StoryStore.open(dir, StoryfoldConfig.defaults(), pairs);
             StoryStore uninterrupted = StoryStore.open(clean, StoryfoldConfig.defaults(), pairs)) {
            for (String id : List.of("s1", "s2", "s3")) {
                assertThat(failed.storyPage(id).map(StoryStoreTest::withoutSources))
                        .isEqualTo(uninterrupted.storyPage(id).map(StoryStoreTest::withoutSources));
            }
            assertThat(storedGroups(failed)).isEqualTo(storedGroups(uninterrupted));
        }
    }

    @Test
    void refusesAStoryAssignerThatMovesAStoredArticleWithoutWritingItsStoryAgain() throws IOException {
        UnaryOperator<IncrementalStages> movesOne = real -> new IncrementalStages(real.copies(),
                (fresh, copies, stored) -> {
                    List<StoryAssignment> updates = real.stories().assign(fresh, copies, stored);
                    if (stored.size() == 0) {
                        return updates;
                    }
                    StoryAssignment first = updates.get(0);
                    List<String> articles = new ArrayList<>(first.articles());
                    articles.add(0, "003_981cc2d0e73f219a");
                    return List.of(new StoryAssignment(null, List.of(), first.title(), articles));
                });
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("council.txt"), "Council approves a new budget\n\n"
                + "The town council approved the budget for next year on Monday after a long debate about roads.");
        try (StoryStore store = StoryStore.open(dir.resolve("data"), StoryfoldConfig.defaults(), StoreConfig.defaults(),
                Progress.NONE, movesOne)) {
            ingest(store, Seeds.folder());
            assertThatThrownBy(() -> ingest(store, other)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the story assigner moved stored article 003_981cc2d0e73f219a from story s2 to a new"
                            + " story without naming s2; a story that loses an article is written again");
            assertThat(store.stats().articles()).isEqualTo(5);
        }
    }

    @Test
    void keepsWhatAPageStatesAboutItselfAsTheDigestDoes() throws IOException {
        Path page = Files.createDirectories(dir.resolve("pages")).resolve("budget.html");
        Files.writeString(page, "<html lang=\"en-GB\"><head><title>Council approves a new budget</title>"
                + "<meta name=\"author\" content=\"Jane Roe\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-01T10:00:00Z\">"
                + "<meta property=\"article:modified_time\" content=\"2024-03-02T09:30:00Z\">"
                + "<link rel=\"canonical\" href=\"https://news.example.org/council-budget\"></head><body><article>"
                + "<h1>Council approves a new budget</h1>"
                + "<p>The town council approved the budget for next year on Monday after a long debate about roads,"
                + " schools and the library, which will open on Sundays from the spring.</p>"
                + "<p>The mayor said the new budget keeps taxes where they are while the town repairs its bridges,"
                + " and the opposition said it would vote against the plan for the harbour next month.</p>"
                + "</article></body></html>");
        Article digested = new Storyfold(StoryfoldConfig.defaults()).articles(List.of(page), p -> { }, Progress.NONE).get(0);
        assertThat(digested.modified()).isNotNull();
        assertThat(digested.authors()).isNotEmpty();
        assertThat(digested.language()).isNotNull();
        assertThat(digested.canonical()).isNotNull();
        try (StoryStore store = open()) {
            ingest(store, page);
            assertThat(articleJson(store.article("budget").orElseThrow().article())).isEqualTo(articleJson(digested));
            assertThat(store.article("budget").orElseThrow().language()).isEqualTo(digested.language());
            JsonNode info = JSON.readTree(store.storyPage("s1").orElseThrow()).at("/articles/0");
            assertThat(info.get("authors").get(0).asText()).isEqualTo(digested.authors().get(0));
            assertThat(info.get("canonical").asText()).isEqualTo(digested.canonical());
            assertThat(info.get("publishedTime").asText()).isEqualTo("2024-03-01T10:00Z");
        }
    }

    @Test
    void upgradesAFolderOfTheFirstSchemaAndGoesOnIngesting() throws Exception {
        try (StoryStore store = open()) {
            ingest(store, Seeds.file("001_58b2e9f6377aac77"));
        }
        // The folder as the first schema wrote it: no page metadata columns, no due briefs, no watch tables,
        // no snapshots.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("storyfold.db"));
             var s = c.createStatement()) {
            for (String table : List.of("watch_sources", "watch_items", "article_revisions", "alerts", "alert_deliveries")) {
                s.execute("DROP TABLE " + table);
            }
            for (String column : List.of("modified", "authors", "stated_language", "canonical", "superseded_by", "published_time")) {
                s.execute("ALTER TABLE articles DROP COLUMN " + column);
            }
            s.execute("DROP TABLE names");
            s.execute("DROP TABLE storylines");
            s.execute("DROP TABLE briefs_due");
            s.execute("DROP TABLE paragraph_printers");
            s.execute("DROP TABLE furniture_paragraphs");
            s.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
        }
        Snapshots.deleteRecursively(dir.resolve("snapshots"));
        try (StoryStore store = open()) {
            assertThat(store.stats().schemaVersion()).isEqualTo(Schema.CURRENT);
            Article old = store.article("001_58b2e9f6377aac77").orElseThrow().article();
            assertThat(old.modified()).isNull();
            assertThat(old.authors()).isEmpty();
            IngestReport r = ingest(store, Seeds.file("000_474674fb51d8608a"));
            assertThat(r.stories()).containsExactly("s1");
            assertThat(store.storyPage("s1").orElseThrow()).contains("\"copy\":\"000_474674fb51d8608a\"");
        }
    }



    /** The Internet Archive's crawl notice, as multinews-dev's pages mn010-1, mn036-2 and mn043-0 print it and nothing else. */
    private static final String CRAWL_NOTICE = "Starting in 1996, Alexa Internet has been donating their crawl data to"
            + " the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an"
            + " embargo period.";

    @Test
    void findsANoticeFurnitureWhenItsThirdPrinterComesInALaterBatch() throws IOException {
        // One batch of the three pages rejects them all (three unrelated printers); fed one at a
        // time, the third finds the two stored printers and is rejected as one batch rejects it.
        try (StoryStore store = open()) {
            for (String id : List.of("mn010-1", "mn036-2")) {
                assertThat(ingest(store, page(id, CRAWL_NOTICE)).added()).containsExactly(id);
            }
            List<Problem> problems = new ArrayList<>();
            IngestReport third = store.ingest(List.of(page("mn043-0", CRAWL_NOTICE)), problems::add, Progress.NONE);
            assertThat(third.added()).isEmpty();
            assertThat(problems).extracting(Problem::reason)
                    .containsExactly("not an article: every paragraph recurs across unrelated articles");
            assertThat(store.stats().articles()).isEqualTo(2);
        }
        // Known furniture is remembered: a later printer alone is rejected too, and the memory survives a reopening.
        try (StoryStore store = open()) {
            List<Problem> problems = new ArrayList<>();
            assertThat(store.ingest(List.of(page("mn055-1", CRAWL_NOTICE)), problems::add, Progress.NONE).added())
                    .isEmpty();
            assertThat(store.stats().articles()).isEqualTo(2);
        }
    }

    private Path page(String id, String text) throws IOException {
        Path file = Files.createDirectories(dir.resolve("inputs")).resolve(id + ".jsonl");
        Files.writeString(file, JSON.createObjectNode().put("id", id).put("text", text) + "\n");
        return file;
    }

    @Test
    void refusesAStoryAssignerThatLeavesArticlesOut() {
        UnaryOperator<IncrementalStages> losesOne = real -> new IncrementalStages(real.copies(),
                (fresh, copies, stored) -> {
                    List<StoryAssignment> updates = real.stories().assign(fresh, copies, stored);
                    StoryAssignment first = updates.get(0);
                    return List.of(new StoryAssignment(first.story(), first.absorbed(), first.title(),
                            first.articles().subList(0, first.articles().size() - 1)));
                });
        try (StoryStore store = StoryStore.open(dir, StoryfoldConfig.defaults(), StoreConfig.defaults(), Progress.NONE,
                losesOne)) {
            assertThatThrownBy(() -> ingest(store, Seeds.folder())).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the story assigner left out articles [");
            assertThat(store.stats().articles()).isZero();
        }
    }

    private static Digest digestOfSeeds() {
        return new Storyfold(StoryfoldConfig.defaults()).digest(List.of(Seeds.folder()), p -> { }, Progress.NONE);
    }

    /** The copy groups on the store's story pages, each once, as JSON. */
    static Set<JsonNode> storedGroups(StoryStore store) throws IOException {
        Set<JsonNode> groups = new HashSet<>();
        for (long n = 1; n <= store.stats().stories() + 10; n++) {
            Optional<String> page = store.storyPage("s" + n);
            if (page.isPresent()) {
                JSON.readTree(page.get()).get("duplicates").forEach(groups::add);
            }
        }
        return groups;
    }

    static List<JsonNode> groupsJson(List<DuplicateGroup> groups) throws IOException {
        StringWriter w = new StringWriter();
        JsonFormat.writeGroups(groups, w, false);
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(w.toString()).get("groups").forEach(out::add);
        return out;
    }

    private static String articleJson(Article a) throws IOException {
        StringWriter w = new StringWriter();
        JsonFormat.writeArticleLine(a, w);
        return w.toString();
    }

    /** A story page without the articles' sources, which name the folders they were read from. */
    private static String withoutSources(String page) {
        return page.replaceAll("\"source\":\"[^\"]*\"", "");
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
