package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.dedup.OriginalOrder;
import org.storyfold.extract.Article;
import org.storyfold.text.Sentence;
import org.storyfold.text.SentenceAligner;
import org.storyfold.text.Words;

class ExtractiveBrieferTest {

    private static List<Article> story;
    private static Brief brief;

    @BeforeAll
    static void briefTheSeeds() {
        Map<String, Article> seeds = TestData.seedArticles();
        story = seeds.values().stream().sorted(OriginalOrder.LIKELY_ORIGINAL_FIRST).toList();
        brief = new ExtractiveBriefer(BriefConfig.defaults()).brief(story);
    }

    @Test
    void everyCitedSentenceIsPrintedByEachArticleItCites() {
        List<CitedSentence> all = new ArrayList<>(brief.summary());
        all.addAll(brief.facts());
        assertThat(all).isNotEmpty().allSatisfy(c -> {
            assertThat(c.evidence()).extracting(Evidence::article).containsExactlyElementsOf(c.sources());
            assertThat(c.evidence()).extracting(Evidence::text).contains(c.text());
            for (Evidence e : c.evidence()) {
                Article a = byId(e.article());
                assertThat(a.sentences()).extracting(Sentence::text).as("%s prints its evidence", a.id()).contains(e.text());
                assertThat(SentenceAligner.jaccard(tokens(e.text()), tokens(c.text()))).isGreaterThanOrEqualTo(0.5);
            }
        });
    }

    @Test
    void citesEveryArticleOfTheStoryThatPrintsTheSentence() {
        List<CitedSentence> all = new ArrayList<>(brief.summary());
        all.addAll(brief.facts());
        for (CitedSentence c : all) {
            for (Article a : story) {
                boolean prints = a.sentences().stream().anyMatch(s -> normal(s.text()).equals(normal(c.text())));
                if (prints) {
                    assertThat(c.sources()).as("'%s' is printed by %s", c.text(), a.id()).contains(a.id());
                }
            }
        }
    }

    @Test
    void citesAllThreeWirePrintingsOfTheLead() {
        CitedSentence lead = brief.summary().get(0);
        assertThat(lead.text()).startsWith("Dozens of Islamic State (IS) group fighters have surrendered");
        assertThat(lead.sources()).hasSize(3);
    }

    @Test
    void factsAreSentencesOfTwoOrMoreArticlesBestSupportedFirst() {
        assertThat(brief.facts()).isNotEmpty().allSatisfy(f -> assertThat(f.sources().size()).isGreaterThanOrEqualTo(2));
        assertThat(brief.facts().get(0).sources()).hasSize(5);
        assertThat(brief.facts().get(0).text()).contains("90");
    }

    @Test
    void keepsTheSummaryWithinItsWordBudget() {
        for (int budget : new int[] {40, 120, 300}) {
            Brief b = new ExtractiveBriefer(BriefConfig.defaults().withSummaryWords(budget)).brief(story);
            int words = b.summary().stream().mapToInt(c -> Words.count(c.text())).sum();
            assertThat(words).as("budget %d", budget).isLessThanOrEqualTo(budget);
            assertThat(b.summary()).isNotEmpty();
        }
    }

    @Test
    void briefsAOneArticleStoryAndOneWithoutSentences() {
        Brief single = new ExtractiveBriefer(BriefConfig.defaults()).brief(List.of(article("solo",
                "The council approved the new budget on Tuesday after a long debate. Critics said it cut too much.")));
        assertThat(single.facts()).isEmpty();
        assertThat(single.summary()).extracting(CitedSentence::sources).containsOnly(List.of("solo"));
        Brief empty = new ExtractiveBriefer(BriefConfig.defaults()).brief(List.of(article("none", "")));
        assertThat(empty.summary()).isEmpty();
    }

    private static Article byId(String id) {
        return story.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> tokens(String s) {
        return Set.copyOf(org.storyfold.text.WordTokenizer.tokens(s));
    }

    private static String normal(String s) {
        return String.join(" ", org.storyfold.text.WordTokenizer.tokens(s));
    }
}
