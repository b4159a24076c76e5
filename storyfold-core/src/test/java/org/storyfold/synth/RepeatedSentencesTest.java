package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyfold.extract.Article;

/**
 * Sentence families and paraphrase links on articles that repeat their sentences: every sentence
 * in one family, printings paired in order, and a bounded number of paraphrase links per family,
 * while a single printing links as before.
 */
class RepeatedSentencesTest {

    private static final BriefConfig CONFIG = BriefConfig.defaults();
    private static final String MINE = "Rescuers said approximately 100 miners have been rescued from the flooded mine"
            + " in Shanxi province on Monday.";
    private static final String MINE_EDITED = "Rescuers said approximately 100 miners were rescued from the flooded mine"
            + " in Shanxi province on Monday.";
    private static final String ROADS = "The provincial government promised to inspect every mine in the region before"
            + " the end of the year.";
    private static final String MINE_RETOLD = "On Monday, around 100 of the miners were finally rescued by rescuers at"
            + " a flooded Shanxi mine, according to the province.";

    @Test
    void repeatedPrintingsPairUpInOrderAndEverySentenceIsInOneFamily() {
        Article a = article("a", (MINE + " " + ROADS + "\n\n").repeat(300));
        Article b = article("b", (MINE_EDITED + " " + ROADS + "\n\n").repeat(200));
        List<SentenceFamilies.Family> families = SentenceFamilies.build(List.of(a, b), CONFIG.sentenceMatch());
        assertThat(families).hasSize(600);
        Set<String> seen = new HashSet<>();
        for (SentenceFamilies.Family f : families) {
            Set<Integer> articles = new HashSet<>();
            for (SentenceFamilies.Member m : f.members()) {
                assertThat(seen.add(m.article() + ":" + m.sentence())).as("each sentence once").isTrue();
                assertThat(articles.add(m.article())).as("one sentence per article").isTrue();
            }
        }
        assertThat(seen).hasSize(1000);
        for (int k = 0; k < 400; k++) {
            SentenceFamilies.Family f = families.get(k);
            assertThat(f.members()).extracting(SentenceFamilies.Member::article, SentenceFamilies.Member::sentence)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, k), org.assertj.core.groups.Tuple.tuple(1, k));
        }
        assertThat(families.subList(400, 600)).allMatch(f -> f.support() == 1);
    }

    @Test
    void aRepeatedParaphraseIsLinkedToABoundedNumberOfPrintings() {
        // Once each: the retelling is a paraphrase of the report.
        assertThat(links(article("a", MINE), article("c", MINE_RETOLD)).of(0))
                .extracting(Paraphrases.Link::family).containsExactly(1);

        Article a = article("a", (MINE + "\n\n").repeat(100));
        Article c = article("c", (MINE_RETOLD + "\n\n").repeat(100));
        StoryText story = new StoryText(List.of(a, c), CONFIG.sentenceMatch());
        assertThat(story.families).hasSize(200);
        Paraphrases paraphrases = links(a, c);
        for (int f = 0; f < 200; f++) {
            List<Paraphrases.Link> links = paraphrases.of(f);
            int other = f < 100 ? 1 : 0;
            assertThat(links).as("links of family " + f).hasSize(Paraphrases.MOST_PER_GROUP)
                    .allMatch(l -> story.families.get(l.family()).head().article() == other);
            assertThat(links).extracting(Paraphrases.Link::family).isSorted();
        }
    }

    private static Paraphrases links(Article... articles) {
        StoryText story = new StoryText(List.of(articles), CONFIG.sentenceMatch());
        AliasLearner.Learned learned = AliasLearner.learn(story);
        Entities entities = EntityResolver.resolve(story, MentionFinder.find(story), learned);
        return new Paraphrases(story, new ContentKeys(entities, learned.words()), CONFIG.paraphraseMatch());
    }
}
