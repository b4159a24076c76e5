package org.storyfold.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.extract.Article;

class MinHashDeduplicatorTest {

    private static Map<String, Article> seeds;
    private static List<DuplicateGroup> groups;
    private final MinHashDeduplicator dedup = new MinHashDeduplicator(DedupConfig.defaults());

    @BeforeAll
    static void deduplicateSeeds() {
        seeds = TestData.seedArticles();
        groups = new MinHashDeduplicator(DedupConfig.defaults()).deduplicate(List.copyOf(seeds.values()));
    }

    @Test
    void groupsTheThreeWireCopiesAroundTheCreditedDatedOriginal() {
        DuplicateGroup wire = groups.stream().filter(g -> g.kind() == CopyKind.NEAR).findFirst().orElseThrow();
        assertThat(wire.members()).containsExactlyInAnyOrder(id("000"), id("001"), id("002"));
        assertThat(wire.original()).isEqualTo(id("001"));
        assertThat(wire.links()).allSatisfy(l -> {
            assertThat(l.original()).isEqualTo(id("001"));
            assertThat(l.similarity()).isGreaterThan(0.6);
        });
    }

    @Test
    void linksTheLaterArticleToTheWireCopyItReusesAsAPartialCopy() {
        DuplicateGroup partial = groups.stream().filter(g -> g.kind() == CopyKind.PARTIAL).findFirst().orElseThrow();
        assertThat(partial.members()).containsExactly(id("001"), id("004"));
        assertThat(partial.links()).singleElement().satisfies(l -> {
            assertThat(l.copy()).isEqualTo(id("004"));
            assertThat(l.copiedSentences()).isGreaterThanOrEqualTo(3);
            assertThat(l.similarity()).isBetween(0.1, 0.6);
        });
    }

    @Test
    void leavesTheIndependentEarlierArticleOutOfEveryGroup() {
        assertThat(groups).hasSize(2).allSatisfy(g -> assertThat(g.members()).doesNotContain(id("003")));
    }

    @Test
    void findsExactCopiesDespiteSpacingAndCase() {
        String text = "Dozens of fighters surrendered on Saturday. The coalition confirmed it in a statement.";
        List<DuplicateGroup> found = dedup.deduplicate(List.of(
                article("a", text), article("b", text.toUpperCase().replace(" ", "  ")), article("c", "Something else entirely happened in Paris today.")));
        assertThat(found).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(CopyKind.EXACT);
            assertThat(g.members()).containsExactly("a", "b");
            assertThat(g.similarity()).isEqualTo(1.0);
        });
    }

    @Test
    void survivesEmptyAndOneWordArticlesAndManyExactCopies() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("empty", ""));
        articles.add(article("one", "Word"));
        articles.add(article("one-again", "Word"));
        String text = seeds.get("000").text();
        for (int i = 0; i < 3000; i++) {
            articles.add(article("copy" + i, text));
        }
        List<DuplicateGroup> found = dedup.deduplicate(articles);
        assertThat(found).extracting(g -> g.members().size()).containsExactly(3000, 2);
        assertThat(found.get(0).kind()).isEqualTo(CopyKind.EXACT);
    }

    @Test
    void derivesBandsFromTheTargetSimilarity() {
        LshParameters loose = LshParameters.forThreshold(0.1, 128);
        LshParameters strict = LshParameters.forThreshold(0.8, 128);
        assertThat(loose.bands() * loose.rows()).isLessThanOrEqualTo(128);
        assertThat(loose.candidateProbability(0.3)).isGreaterThan(0.95);
        assertThat(strict.candidateProbability(0.3)).isLessThan(0.05);
        assertThat(strict.candidateProbability(0.95)).isGreaterThan(0.95);
    }

    @Test
    void rejectsImpossibleSettingsWithTheValidRange() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DedupConfig(1.5, 128, 3, 0, 0, 0.5, 0.75, 0.6, 3, 0.1))
                .hasMessage("candidateSimilarity must be in (0.0, 1.0], got 1.5");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DedupConfig(0.1, 128, 3, 16, 0, 0.5, 0.75, 0.6, 3, 0.1))
                .hasMessageContaining("set both bands and rows");
    }

    private static String id(String prefix) {
        return seeds.get(prefix).id();
    }
}
