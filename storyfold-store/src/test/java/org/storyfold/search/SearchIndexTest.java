package org.storyfold.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on hand-made stories and articles: ranking, filters, highlights, neighbours, commits. */
class SearchIndexTest {

    private static final LocalDate DAY = LocalDate.of(2017, 10, 14);

    @TempDir
    Path dir;

    @Test
    void ranksAStoryToldByMoreIndependentSourcesAboveAnEquallyRelevantOne() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            // The same words, so the same relevance: only the number of independent sources differs.
            String text = "Flood waters rose along the river and the town council opened shelters for residents.";
            index.update(List.of(), List.of(
                    story("s1", "River flood in Aldham", text, 4, 1, "Aldham Post"),
                    story("s2", "River flood in Brisk", text, 4, 3, "Brisk Times")), List.of());
            assertThat(index.stories(SearchQuery.of("flood shelters")).hits()).extracting(StoryHit::id)
                    .containsExactly("s2", "s1");
            ResultPage<StoryHit> hits = index.stories(SearchQuery.of("flood shelters"));
            assertThat(hits.hits().get(0).score() / hits.hits().get(1).score())
                    .isCloseTo((1 + 0.5 * Math.log(3)) / (1 + 0.5 * Math.log(1)), org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void listsStoriesByDateOrBySourcesAndPagesOnByCursorPastAnyOffset() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            List<IndexedStory> stories = new java.util.ArrayList<>();
            for (int i = 1; i <= 25; i++) {
                LocalDate day = i % 5 == 0 ? null : DAY.plusDays(i % 7);
                stories.add(new IndexedStory("s" + i, "Story " + i, "words", List.of(), day == null ? List.of()
                        : List.of(day), List.of(), 10, 1 + i % 4, day));
            }
            index.update(List.of(), stories, List.of());
            for (SearchQuery.Order order : SearchQuery.Order.values()) {
                List<StoryHit> all = index.stories(new SearchQuery(null, null, null, null, null, 0, 100, order, null))
                        .hits();
                List<StoryHit> paged = new java.util.ArrayList<>();
                String after = null;
                do {
                    ResultPage<StoryHit> page = index.stories(new SearchQuery(null, null, null, null, null, 0, 7, order, after));
                    paged.addAll(page.hits());
                    after = page.next();
                } while (after != null);
                assertThat(paged).extracting(StoryHit::id).as(order.name()).containsExactlyElementsOf(
                        all.stream().map(StoryHit::id).toList());
                assertThat(paged).hasSize(25);
            }
            List<StoryHit> bySources = index.stories(new SearchQuery(null, null, null, null, null, 0, 100,
                    SearchQuery.Order.SOURCES, null)).hits();
            assertThat(bySources).extracting(StoryHit::independentSources)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            List<StoryHit> newest = index.stories(new SearchQuery(null, null, null, null, null, 0, 100,
                    SearchQuery.Order.NEWEST, null)).hits();
            assertThat(newest.subList(20, 25)).as("undated last").allSatisfy(h -> assertThat(h.newest()).isNull());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.stories(new SearchQuery(null, null, null,
                    null, null, 0, 7, SearchQuery.Order.SOURCES, "bm90IGEgY3Vyc29y")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
        }
    }

    @Test
    void filtersByOutletDateRangeAndLanguage() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.update(List.of(
                    new IndexedArticle("a1", "Budget passes", "The council passed the budget after a long debate.",
                            "City Times", DAY, "en"),
                    new IndexedArticle("a2", "Le budget adopté", "Le conseil a adopté le budget après un long débat.",
                            "Le Journal", DAY.plusDays(3), "fr"),
                    new IndexedArticle("a3", "Budget row", "The budget row went on at the council.", "Daily Ledger",
                            null, "en")), List.of(), List.of());
            assertThat(ids(index, new SearchQuery("budget", "city times", null, null, null, 0, 10))).containsExactly("a1");
            assertThat(ids(index, new SearchQuery("budget", null, DAY.plusDays(1), null, null, 0, 10))).containsExactly("a2");
            assertThat(ids(index, new SearchQuery("budget", null, null, DAY, null, 0, 10))).containsExactly("a1");
            assertThat(ids(index, new SearchQuery("budget", null, null, null, "FR", 0, 10))).containsExactly("a2");
            assertThat(ids(index, new SearchQuery(null, null, null, null, "en", 0, 10))).containsExactly("a1", "a3");
        }
    }

    @Test
    void highlightsTheMatchingWordsWithOffsetsIntoThePassage() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.update(List.of(new IndexedArticle("a1", "Fighters surrender", "Nothing here. Dozens of fighters"
                    + " have surrendered in the city, the coalition said. More later.", null, null, null)),
                    List.of(), List.of());
            Highlight h = index.articles(SearchQuery.of("surrender")).hits().get(0).highlights().get(0);
            assertThat(h.text()).isEqualTo("Dozens of fighters have surrendered in the city, the coalition said.");
            assertThat(h.matches()).singleElement()
                    .satisfies(m -> assertThat(h.text().substring(m.start(), m.end())).isEqualTo("surrendered"));
        }
    }

    @Test
    void listsStoriesNewestFirstAPageAtATime() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.update(List.of(), List.of(story("s1", "One", "first", 1, 1, "A"),
                    storyOn("s2", DAY.plusDays(2)), storyOn("s3", DAY.plusDays(1))), List.of("s9"));
            ResultPage<StoryHit> page = index.stories(new SearchQuery(null, null, null, null, null, 1, 1));
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.hits()).extracting(StoryHit::id).containsExactly("s3");
            index.update(List.of(), List.of(), List.of("s2"));
            assertThat(index.stories(SearchQuery.of(null)).hits()).extracting(StoryHit::id).containsExactly("s3", "s1");
        }
    }

    @Test
    void findsTheArticlesMostLikeAGivenOne() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.update(List.of(
                    new IndexedArticle("raqa", "Raqa falls", "Kurdish fighters took Raqa from the jihadists after"
                            + " months of fighting in Raqa.", null, null, null),
                    new IndexedArticle("budget", "Budget", "The council passed the budget.", null, null, null),
                    new IndexedArticle("mosul", "Mosul", "Iraqi forces fought the jihadists in Mosul for months.",
                            null, null, null)), List.of(), List.of());
            assertThat(index.similarArticles("Fighters in Raqa", "The jihadists lost Raqa to Kurdish fighters.", 2,
                    Set.of())).containsExactly("raqa", "mosul");
            assertThat(index.similarArticles(null, "The jihadists lost Raqa.", 5, Set.of("raqa")))
                    .doesNotContain("raqa");
        }
    }

    @Test
    void remembersTheLastBatchItCommittedAcrossReopening() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.sequence()).isZero();
            index.update(List.of(new IndexedArticle("a1", null, "Some words here.", null, null, null)), List.of(),
                    List.of());
            index.commit(7);
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.sequence()).isEqualTo(7);
            assertThat(index.counts()).containsExactly(1, 0);
        }
        try (SearchIndex readOnly = SearchIndex.openReadOnly(dir)) {
            assertThat(readOnly.articles(SearchQuery.of("words")).total()).isEqualTo(1);
        }
    }

    @Test
    void emptiesAnIndexWrittenInAnotherFormatForTheStoreToFillAgain() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.update(List.of(new IndexedArticle("a1", null, "Some words here.", null, null, null)), List.of(),
                    List.of());
            index.commit(3);
        }
        try (var d = org.apache.lucene.store.FSDirectory.open(dir);
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of("format", "1", "sequence", "3").entrySet());
            w.commit();
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.sequence()).isZero();
            assertThat(index.counts()).containsExactly(0, 0);
        }
    }

    private static IndexedStory story(String id, String title, String text, int articles, int independent,
                                      String outlet) {
        return new IndexedStory(id, title, text, List.of(outlet), List.of(DAY), List.of("en"), articles, independent,
                DAY);
    }

    private static IndexedStory storyOn(String id, LocalDate day) {
        return new IndexedStory(id, id, "words", List.of(), List.of(day), List.of(), 1, 1, day);
    }

    private static List<String> ids(SearchIndex index, SearchQuery q) throws IOException {
        return index.articles(q).hits().stream().map(ArticleHit::id).toList();
    }
}
