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

class SentenceFingerprintDeduplicatorTest {

    private static Map<String, Article> seeds;
    private static List<DuplicateGroup> groups;
    private final SentenceFingerprintDeduplicator dedup = new SentenceFingerprintDeduplicator(DedupConfig.defaults());

    @BeforeAll
    static void deduplicateSeeds() {
        seeds = TestData.seedArticles();
        groups = new SentenceFingerprintDeduplicator(DedupConfig.defaults()).deduplicate(List.copyOf(seeds.values()));
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
    void listsTheEditsOfEachWireCopy() {
        DuplicateGroup wire = groups.stream().filter(g -> g.kind() == CopyKind.NEAR).findFirst().orElseThrow();
        CopyEdits daesh = link(wire, "002").edits();
        assertThat(daesh.substitutions()).extracting(s -> s.from() + " -> " + s.to())
                .startsWith("Raqa -> Raqqa", "IS -> Daesh");
        assertThat(daesh.substitutions().get(0).count()).isGreaterThanOrEqualTo(5);
        assertThat(daesh.added()).anyMatch(s -> s.startsWith("Meanwhile, troops of the Syrian regime and allied forces captured the city of Mayadeen"))
                .anyMatch(s -> s.startsWith("“Units of our armed forces"));
        assertThat(daesh.changed()).anySatisfy(c -> {
            assertThat(c.original()).contains("IS fighters had handed themselves in");
            assertThat(c.copy()).contains("Daesh fighters had handed themselves in");
        });

        CopyEdits cut = link(wire, "000").edits();
        assertThat(cut.dropped()).anyMatch(s -> s.startsWith("In neighboring Deir Ezzor province meanwhile, Syria’s army captured the IS stronghold of Mayadeen"))
                .contains("City on verge of capture", "The army and the SDF are fighting two separate campaigns in the province.");
        assertThat(cut.added()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void listsOnlyTheReprintedSentencesOfAPartialCopy() {
        DuplicateGroup partial = groups.stream().filter(g -> g.kind() == CopyKind.PARTIAL).findFirst().orElseThrow();
        CopyEdits edits = partial.links().get(0).edits();
        assertThat(edits.added()).isEmpty();
        assertThat(edits.dropped()).isEmpty();
        assertThat(edits.changed()).hasSize(3);
        assertThat(edits.substitutions()).extracting(CopyEdits.Substitution::from).contains("Raqa");
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

    private static CopyLink link(DuplicateGroup g, String copyPrefix) {
        return g.links().stream().filter(l -> l.copy().equals(id(copyPrefix))).findFirst().orElseThrow();
    }

    private static String id(String prefix) {
        return seeds.get(prefix).id();
    }
}
