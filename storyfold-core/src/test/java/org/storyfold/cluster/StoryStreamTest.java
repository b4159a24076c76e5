package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyfold.cluster.OnlineStoryClustererTest.copy;
import static org.storyfold.cluster.OnlineStoryClustererTest.multiNews;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.MinHashDeduplicator;
import org.storyfold.extract.Article;

class StoryStreamTest {

    private static final MinHashDeduplicator DEDUP = new MinHashDeduplicator(DedupConfig.defaults());
    private final OnlineStoryClusterer clusterer = new OnlineStoryClusterer(ClusterConfig.defaults());

    private static Set<Set<String>> partition(List<Story> stories) {
        return stories.stream().map(s -> (Set<String>) new TreeSet<>(s.articles())).collect(Collectors.toSet());
    }

    @Test
    void tellsWhichStoriesABatchOpenedAndWhichItAddedTo() {
        Map<String, Article> seeds = TestData.seedArticles();
        StoryStream stream = clusterer.open();
        List<Article> firstBatch = List.of(seeds.get("000"), seeds.get("001"), seeds.get("003"), seeds.get("004"));
        StoryUpdate first = stream.add(firstBatch, DEDUP.deduplicate(firstBatch));
        assertThat(first.created()).hasSize(2);
        assertThat(first.changed()).isEmpty();
        String main = stream.storyOf(seeds.get("001").id());

        StoryUpdate second = stream.add(List.of(seeds.get("002")), List.of());
        assertThat(second.created()).isEmpty();
        assertThat(second.changed()).containsExactly(main);
        assertThat(stream.storyOf(seeds.get("002").id())).isEqualTo(main);
        assertThat(stream.articles()).isEqualTo(5);
        assertThat(stream.storyOf("never-seen")).isNull();
    }

    @Test
    void putsALaterCopyOfAnEarlierArticleInItsStory() {
        Map<String, Article> seeds = TestData.seedArticles();
        StoryStream stream = clusterer.open();
        stream.add(List.copyOf(seeds.values()), DEDUP.deduplicate(List.copyOf(seeds.values())));
        Article unrelated = org.storyfold.ArticleFixtures.article("cat", "Cat rescued", null,
                "A cat was rescued from a tree in Leeds by firefighters on Tuesday morning.");
        DuplicateGroup copyOfTalks = new DuplicateGroup(List.of(seeds.get("003").id(), "cat"), seeds.get("003").id(),
                CopyKind.NEAR, 0.9, List.of());
        stream.add(List.of(unrelated), List.of(copyOfTalks));
        assertThat(stream.storyOf("cat")).isEqualTo(stream.storyOf(seeds.get("003").id()));
    }

    @Test
    void mergesStoriesWhenACopyJoinsThemAndSaysSo() {
        Map<String, Article> seeds = TestData.seedArticles();
        StoryStream stream = clusterer.open();
        stream.add(List.copyOf(seeds.values()), DEDUP.deduplicate(List.copyOf(seeds.values())));
        String main = stream.storyOf(seeds.get("001").id());
        String talks = stream.storyOf(seeds.get("003").id());
        assertThat(main).isNotEqualTo(talks);
        DuplicateGroup bridge = new DuplicateGroup(List.of(seeds.get("001").id(), seeds.get("003").id(), "x"),
                seeds.get("001").id(), CopyKind.NEAR, 0.8, List.of());
        StoryUpdate update = stream.add(List.of(org.storyfold.ArticleFixtures.article("x", "A copy.")), List.of(bridge));
        String survivor = stream.storyOf(seeds.get("001").id());
        assertThat(stream.storyOf(seeds.get("003").id())).isEqualTo(survivor);
        assertThat(update.merged()).hasSize(1);
        assertThat(update.merged().values()).containsExactly(survivor);
        assertThat(stream.stories()).extracting(Story::id).doesNotContainAnyElementsOf(update.merged().keySet());
    }

    @Test
    void resumesFromSavedStateExactlyAsIfItHadNeverStopped() throws IOException {
        List<Article> pool = multiNews(200);
        List<Article> first = dated(pool.subList(0, 120), 0);
        List<Article> second = dated(pool.subList(120, 200), 2);
        MinHashDeduplicator dedup = DEDUP;

        StoryStream straight = clusterer.open();
        straight.add(first, dedup.deduplicate(first));
        StoryUpdate straightUpdate = straight.add(second, dedup.deduplicate(second));

        StoryStream before = clusterer.open();
        before.add(first, dedup.deduplicate(first));
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        before.save(saved);
        StoryStream resumed = OnlineStoryClusterer.load(new ByteArrayInputStream(saved.toByteArray()));
        assertThat(resumed.stories()).isEqualTo(before.stories());
        StoryUpdate resumedUpdate = resumed.add(second, dedup.deduplicate(second));

        assertThat(resumedUpdate).isEqualTo(straightUpdate);
        assertThat(resumed.stories()).isEqualTo(straight.stories());
        assertThat(resumed.storylines()).isEqualTo(straight.storylines());
        assertThat(partition(resumed.stories()).stream().mapToInt(Set::size).sum()).isEqualTo(200);
    }

    @Test
    void goesOnFromAStreamSavedByTheVersionBefore() throws IOException {
        // The seeds' first batch (the surrender's 000, 001 and 004, the talks' 003) as the previous release
        // saved it (stream file version 8, before stories kept their members' pairs): a store made then
        // loads it, and the late report 002 joins the surrender's story, as in a stream never saved.
        Map<String, Article> seeds = TestData.seedArticles();
        StoryStream resumed = seedsFirstBatchSavedByVersion8();
        assertThat(resumed.articles()).isEqualTo(4);
        String surrender = resumed.storyOf(seeds.get("001").id());
        assertThat(resumed.storyOf(seeds.get("000").id())).isEqualTo(surrender);
        assertThat(resumed.storyOf(seeds.get("003").id())).isNotEqualTo(surrender);
        StoryUpdate second = resumed.add(List.of(seeds.get("002")), List.of());
        assertThat(second.changed()).containsExactly(surrender);

        StoryStream fresh = clusterer.open();
        List<Article> firstBatch = List.of(seeds.get("000"), seeds.get("001"), seeds.get("003"), seeds.get("004"));
        fresh.add(firstBatch, DEDUP.deduplicate(firstBatch));
        fresh.add(List.of(seeds.get("002")), List.of());
        assertThat(partition(resumed.stories())).isEqualTo(partition(fresh.stories()));
    }

    @Test
    void aStoryOfOneArticleFromAStreamSavedByTheVersionBeforeGathersItsCohesion() throws IOException {
        // Version 8 saved no member pairs. A story of one article has none, so it is judged by the cohesion rule
        // once it grows; a larger story's pairs stay unknown, and it is never judged.
        Map<String, Article> seeds = TestData.seedArticles();
        StoryStream resumed = seedsFirstBatchSavedByVersion8();
        StoryRegistry registry = resumed.registry();
        GrowingStory talks = registry.stories.get(registry.storyOfArticle.get(seeds.get("003").id()));
        GrowingStory surrender = registry.stories.get(registry.storyOfArticle.get(seeds.get("001").id()));
        assertThat(talks.members).hasSize(1);
        talks.pairs.join(1, null, 1, 0.4);
        surrender.pairs.join(3, null, 1, 0.4);
        assertThat(talks.pairs.mean()).isEqualTo(0.4);
        assertThat(surrender.pairs.mean()).isNaN();
    }

    @Test
    void aLaterCopyOfAMemberLeavesItsStorysCohesionAsItWas() {
        // Three reports of LFO singer Devin Lima's death (multinews-dev mn111), then in a later batch a
        // republication of one of them: the copy is as alike as can be with its original, and counted, would
        // make the story look tighter than its reports are.
        List<Article> lfo = multiNews(Integer.MAX_VALUE).stream().filter(a -> a.id().contains("mn111-")).toList();
        assertThat(lfo).hasSize(3);
        StoryStream stream = clusterer.open();
        stream.add(lfo, DEDUP.deduplicate(lfo));
        StoryRegistry registry = stream.registry();
        GrowingStory story = registry.stories.get(registry.storyOfArticle.get(lfo.get(0).id()));
        assertThat(story.members).hasSize(3);
        double before = story.pairs.mean();
        assertThat(before).isPositive();
        Article republished = copy(lfo.get(0), "republished", lfo.get(0).published(), lfo.get(0).title());
        DuplicateGroup copies = new DuplicateGroup(List.of(lfo.get(0).id(), "republished"), lfo.get(0).id(),
                CopyKind.EXACT, 1.0, List.of());
        stream.add(List.of(republished), List.of(copies));
        GrowingStory after = registry.stories.get(registry.resolve(registry.storyOfArticle.get("republished")));
        assertThat(after.members).hasSize(4);
        assertThat(after.pairs.mean()).isEqualTo(before);
    }

    @Test
    void aStoryReadFromASavedStreamKeepsHowAlikeItsMembersAre() throws IOException {
        // A stream past its young days (placing batches as they come) holds the three reports of the Homs
        // journalists' evacuation; the three reports of the Damascus clashes come after it is saved and
        // read. Their group joins the Homs story unless the story's cohesion was saved with it
        // (ClusterConfig#coheres, MemberPairs).
        List<Article> all = multiNews(1000);
        List<Article> first = all.stream().filter(a -> !a.id().contains("mn076-")).toList();
        List<Article> second = all.stream().filter(a -> a.id().contains("mn076-")).toList();
        assertThat(second).hasSize(3);
        StoryStream before = new StoryStream(new StoryRegistry(ClusterConfig.defaults()),
                OnlineStoryClusterer.latestPlausible());
        before.add(first, DEDUP.deduplicate(first));
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        before.save(saved);
        StoryStream resumed = OnlineStoryClusterer.load(new ByteArrayInputStream(saved.toByteArray()));
        resumed.add(second, DEDUP.deduplicate(second));

        String homs = resumed.storyOf(first.stream().filter(a -> a.id().contains("mn047-0")).findFirst().orElseThrow().id());
        String damascus = resumed.storyOf(second.get(0).id());
        assertThat(resumed.story(homs).articles()).hasSize(3);
        assertThat(damascus).isNotEqualTo(homs);
        assertThat(resumed.story(damascus).articles()).hasSize(3);
    }

    @Test
    void aYoungStreamFedInSmallBatchesEndsWithTheStoriesOfOneBatch() {
        List<Article> pool = multiNews(150);
        Set<Set<String>> once = partition(clusterer.cluster(pool, DEDUP.deduplicate(pool)));

        StoryStream stream = clusterer.open();
        List<String> reported = new ArrayList<>();
        for (int from = 0; from < pool.size(); from += 25) {
            List<Article> batch = pool.subList(from, Math.min(pool.size(), from + 25));
            StoryUpdate update = stream.add(batch, DEDUP.deduplicate(pool.subList(0, from + batch.size())));
            reported.addAll(update.created());
            // What a batch reports exists, and no story merged away is still listed.
            update.created().forEach(id -> assertThat(stream.story(id)).isNotNull());
            update.changed().forEach(id -> assertThat(stream.story(id)).isNotNull());
            update.merged().keySet().forEach(id -> assertThat(stream.story(id)).isNull());
        }
        assertThat(partition(stream.stories())).isEqualTo(once);
        // Story ids are kept from batch to batch: every story listed was reported as created once.
        assertThat(reported).containsAll(stream.stories().stream().map(Story::id).toList());
    }

    @Test
    void goesOnWithTheShapeOfTimeItWasSavedWith() throws IOException {
        // The seeds' surrender saved, the talks (their lead's weekday three days before) added after loading:
        // a stream saved with time falling as an exponential folds them into one story at the threshold of
        // 0.20, as it did before it was saved; one saved with the Gaussian keeps them apart.
        Map<String, Article> seeds = TestData.seedArticles();
        List<Article> surrender = List.of(seeds.get("000"), seeds.get("001"), seeds.get("002"), seeds.get("004"));
        List<Article> talks = List.of(seeds.get("003"));
        for (TimeDecay shape : TimeDecay.values()) {
            ClusterConfig config = ClusterConfig.defaults().withTime(shape == TimeDecay.GAUSSIAN ? 2.5 : 3.0, shape);
            StoryStream before = new OnlineStoryClusterer(config).open();
            before.add(surrender, DEDUP.deduplicate(surrender));
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            before.save(saved);
            StoryStream resumed = OnlineStoryClusterer.load(new ByteArrayInputStream(saved.toByteArray()));
            resumed.add(talks, List.of());
            boolean together = resumed.stories().stream()
                    .anyMatch(s -> s.articles().contains(seeds.get("003").id()) && s.articles().contains(seeds.get("001").id()));
            assertThat(together).as(shape.name()).isEqualTo(shape == TimeDecay.EXPONENTIAL);
        }
    }

    /** The seeds' first batch (000, 001, 003, 004) as stream file version 8 saved it. */
    private StoryStream seedsFirstBatchSavedByVersion8() throws IOException {
        try (java.io.InputStream in = getClass().getResourceAsStream("/streams/seeds-first-batch-v8.stream")) {
            return OnlineStoryClusterer.load(in);
        }
    }

    @Test
    void refusesAFileThatIsNotASavedStream() {
        assertThatThrownBy(() -> OnlineStoryClusterer.load(new ByteArrayInputStream("{\"not\": 1}".getBytes())))
                .isInstanceOf(IOException.class);
    }

    @Test
    void stopsFeedingAStoryThatWentQuietButLinksItsSequel() {
        Article seed = TestData.seedArticles().get("001");
        // A stream past its young days (a young one places all it holds as one batch, in which no story goes quiet).
        StoryStream stream = new StoryStream(new StoryRegistry(ClusterConfig.defaults()), LocalDate.of(2030, 1, 1));
        stream.add(List.of(copy(seed, "june", LocalDate.of(2017, 6, 1), seed.title())), List.of());
        stream.add(List.of(copy(seed, "july", LocalDate.of(2017, 7, 20), seed.title())), List.of());
        assertThat(stream.storyOf("july")).isNotEqualTo(stream.storyOf("june"));
        assertThat(stream.activeStories()).isEqualTo(1);
        assertThat(stream.storylines()).singleElement().satisfies(l -> {
            assertThat(l.stories()).containsExactly(stream.storyOf("june"), stream.storyOf("july"));
            assertThat(l.links().get(0).days()).isEqualTo(49L);
        });
    }

    @Test
    void foldsAYoungStreamSavedAndLoadedAsTheOneNeverSaved() throws IOException {
        // A young stream saved (a store between two ingests) keeps its copy groups with their links: a
        // partial copy of a few sentences of a site's furniture (Us Weekly's newsletter lines on Taylor
        // Swift's break-up and on the LFO singer's death) is still judged by its words at the next fold.
        // Saved as families, every copy came back bound to its original.
        List<Article> pool = multiNews(Integer.MAX_VALUE);
        List<Article> first = pool.subList(0, 601);
        List<Article> second = pool.subList(601, pool.size());
        org.storyfold.dedup.SentenceFingerprintDeduplicator copies =
                new org.storyfold.dedup.SentenceFingerprintDeduplicator(DedupConfig.defaults());
        List<DuplicateGroup> firstCopies = copies.deduplicate(first);
        List<DuplicateGroup> allCopies = copies.deduplicate(pool);
        StoryStream kept = clusterer.open();
        kept.add(first, firstCopies);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        kept.save(saved);
        StoryStream resumed = OnlineStoryClusterer.load(new ByteArrayInputStream(saved.toByteArray()));
        kept.add(second, allCopies);
        resumed.add(second, allCopies);
        assertThat(kept.storyOf("mn201-0")).isNotEqualTo(kept.storyOf("mn111-0"));
        assertThat(partition(resumed.stories())).isEqualTo(partition(kept.stories()));
    }

    @Test
    void takesTheDaysArticlesAsDatedInAStreamKeptOpenForMonths() {
        // A store that watches feeds keeps one stream open for days: dates after tomorrow are taken for
        // mistakes as of each batch, not as of the day the stream was opened. Else every article of a later
        // month came undated, and the same words months apart (below) were one story.
        Article seed = TestData.seedArticles().get("001");
        java.util.concurrent.atomic.AtomicReference<LocalDate> today = new java.util.concurrent.atomic.AtomicReference<>(
                LocalDate.of(2017, 6, 1));
        StoryStream stream = new StoryStream(ClusterConfig.defaults(), () -> today.get().plusDays(1));
        stream.add(List.of(copy(seed, "june", LocalDate.of(2017, 6, 1), seed.title())), List.of());
        today.set(LocalDate.of(2017, 10, 1));
        stream.add(List.of(copy(seed, "october", LocalDate.of(2017, 10, 1), seed.title())), List.of());
        assertThat(stream.storyOf("october")).isNotEqualTo(stream.storyOf("june"));
        assertThat(stream.story(stream.storyOf("october")).articles()).containsExactly("october");

        // A date after tomorrow is still taken for a mistake: the article is placed as undated, with its words.
        stream.add(List.of(copy(seed, "next-year", LocalDate.of(2018, 10, 1), seed.title())), List.of());
        assertThat(stream.storyOf("next-year")).isIn(stream.storyOf("june"), stream.storyOf("october"));
    }

    private static List<Article> dated(List<Article> articles, int day) {
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(copy(a, a.id(), LocalDate.of(2019, 5, 1).plusDays(day), a.title()));
        }
        return out;
    }

    @Test
    void placesBatchesReadAheadOnAnotherThreadAsItPlacesThemOneByOne() throws Exception {
        List<Article> pool = multiNews(240);
        List<List<Article>> batches = List.of(pool.subList(0, 80), pool.subList(80, 160), pool.subList(160, 240));
        StoryStream plain = clusterer.open();
        for (List<Article> batch : batches) {
            plain.add(batch, DEDUP.deduplicate(batch));
        }
        StoryStream ahead = clusterer.open();
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<PreparedBatch> next = reader.submit(() -> ahead.prepare(batches.get(0)));
            for (int b = 0; b < batches.size(); b++) {
                PreparedBatch batch = next.get();
                if (b + 1 < batches.size()) {
                    List<Article> following = batches.get(b + 1);
                    next = reader.submit(() -> ahead.prepare(following));
                }
                ahead.add(batch, DEDUP.deduplicate(batch.articles()));
            }
        } finally {
            reader.shutdown();
        }
        assertThat(partition(ahead.stories())).isEqualTo(partition(plain.stories())).hasSizeGreaterThan(10);
        assertThat(ahead.stories()).extracting(Story::title).isEqualTo(plain.stories().stream().map(Story::title).toList());
    }

    @Test
    void placesAPreparedBatchOnceAndOnlyInTheStreamThatReadIt() {
        List<Article> batch = multiNews(20);
        StoryStream stream = clusterer.open();
        PreparedBatch prepared = stream.prepare(batch);
        assertThatThrownBy(() -> clusterer.open().add(prepared, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another stream");
        stream.add(prepared, List.of());
        assertThat(stream.articles()).isEqualTo(20);
        assertThatThrownBy(() -> stream.add(prepared, List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("placed already");
    }
}
