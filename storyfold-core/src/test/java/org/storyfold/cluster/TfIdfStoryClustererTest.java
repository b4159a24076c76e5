package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.MinHashDeduplicator;
import org.storyfold.extract.Article;

class TfIdfStoryClustererTest {

    private final TfIdfStoryClusterer clusterer = new TfIdfStoryClusterer(ClusterConfig.defaults());

    @Test
    void foldsTheSameDaysReportsIntoOneStory() {
        Map<String, Article> seeds = TestData.seedArticles();
        List<Article> articles = List.copyOf(seeds.values());
        List<DuplicateGroup> groups = new MinHashDeduplicator(DedupConfig.defaults()).deduplicate(articles);
        List<Story> stories = clusterer.cluster(articles, groups);

        Story main = stories.stream().filter(s -> s.articles().contains(seeds.get("001").id())).findFirst().orElseThrow();
        assertThat(main.articles()).contains(seeds.get("000").id(), seeds.get("002").id(), seeds.get("004").id());
        assertThat(stories.stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(5);
        assertThat(main.title()).isIn(articles.stream().map(Article::title).toList());
    }

    @Test
    void foldsTheSameDaysReportsIntoOneStoryOnTheOnlineClusterersSimilarity() {
        Map<String, Article> seeds = TestData.seedArticles();
        List<Article> articles = List.copyOf(seeds.values());
        List<DuplicateGroup> groups = new MinHashDeduplicator(DedupConfig.defaults()).deduplicate(articles);
        List<Story> whole = TfIdfStoryClusterer.onOnlineSimilarity(ClusterConfig.defaults()).cluster(articles, groups);
        Story main = whole.stream().filter(s -> s.articles().contains(seeds.get("001").id())).findFirst().orElseThrow();
        assertThat(main.articles()).contains(seeds.get("000").id(), seeds.get("002").id(), seeds.get("004").id());
    }

    @Test
    void weighsProperNamesOnTheOnlineClusterersSimilarityAndNotOnThePlainOne() {
        // Two reports that share little but the names of the place and the commander.
        List<Article> articles = List.of(
                article("a", null, null, "Fighters left Raqqa on Sunday under a deal brokered by Talal Silo, "
                        + "the convoy heading north from Raqqa towards the desert."),
                article("b", null, null, "Talal Silo told reporters in Raqqa that the last holdouts had been "
                        + "counted and that mines still covered the stadium."));
        // On plain cosines (no density scaling), so that the threshold reads as a cosine.
        ClusterConfig plain = ClusterConfig.defaults().withDensity(0, ClusterConfig.defaults().densityFloor());
        ClusterConfig withoutNames = plain.withNameWeight(0).withThreshold(0.25);
        ClusterConfig withNames = plain.withNameWeight(10).withThreshold(0.25);
        assertThat(TfIdfStoryClusterer.onOnlineSimilarity(withoutNames).cluster(articles, List.of())).hasSize(2);
        assertThat(TfIdfStoryClusterer.onOnlineSimilarity(withNames).cluster(articles, List.of())).hasSize(1);
        // The baseline reads neither setting.
        assertThat(new TfIdfStoryClusterer(withoutNames).cluster(articles, List.of()))
                .hasSameSizeAs(new TfIdfStoryClusterer(withNames).cluster(articles, List.of()));
    }

    @Test
    void keepsUnrelatedEventsApart() {
        List<Article> articles = List.of(
                article("q1", "Earthquake hits Chile", null, "A strong earthquake struck central Chile on Monday, "
                        + "damaging buildings in Santiago. Chilean officials said the quake had a magnitude of 7.1."),
                article("q2", "Chile quake damages Santiago", null, "Buildings in Santiago were damaged when a magnitude "
                        + "7.1 earthquake hit central Chile, officials said. Rescue teams searched the rubble in Santiago."),
                article("f1", "Cup final goes to penalties", null, "The football cup final in Madrid ended in a "
                        + "penalty shootout after a goalless draw. The home team's goalkeeper saved two penalties."));
        List<Story> stories = clusterer.cluster(articles, List.of());
        assertThat(stories).extracting(Story::articles).containsExactly(List.of("q1", "q2"), List.of("f1"));
        assertThat(stories).extracting(Story::id).containsExactly("s1", "s2");
    }

    @Test
    void keepsDuplicateGroupsTogetherEvenWhenTheirWordsDiffer() {
        List<Article> articles = List.of(article("a", "Markets rose in Tokyo."), article("b", "A cat was rescued in Leeds."));
        DuplicateGroup forced = new DuplicateGroup(List.of("a", "b"), "a", org.storyfold.dedup.CopyKind.NEAR, 0.7, List.of());
        assertThat(clusterer.cluster(articles, List.of(forced))).singleElement()
                .satisfies(s -> assertThat(s.articles()).containsExactly("a", "b"));
    }

    @Test
    void handlesNoArticlesAndArticlesWithoutWords() {
        assertThat(clusterer.cluster(List.of(), List.of())).isEmpty();
        assertThat(clusterer.cluster(List.of(article("x", "—"), article("y", "…")), List.of())).hasSize(2);
    }
}
