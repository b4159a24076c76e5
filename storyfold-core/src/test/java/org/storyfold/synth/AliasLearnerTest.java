package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link AliasLearner} learns from two printings of the seeds' AFP sentences. */
class AliasLearnerTest {

    @Test
    void namesPutForNamesAreAliasesAndWordsForWordsAreInterchangeable() {
        StoryText story = new StoryText(List.of(
                article("afp", "Dozens of IS fighters have surrendered in their former Syrian stronghold of Raqa."
                        + " The jihadists are holed up in the city centre and the stadium."),
                article("reprint", "Dozens of Daesh fighters have surrendered in their former Syrian stronghold of Raqqa."
                        + " The militants are holed up in the city centre and the stadium.")), 0.5);
        AliasLearner.Learned learned = AliasLearner.learn(story);
        assertThat(learned.names()).contains(new AliasLearner.Pair("IS", "Daesh"), new AliasLearner.Pair("Raqa", "Raqqa"));
        assertThat(learned.words()).containsExactly(new AliasLearner.Pair("jihadists", "militants"));
    }

    @Test
    void unrelatedSentencesTeachNothing() {
        StoryText story = new StoryText(List.of(
                article("a", "Dozens of IS fighters have surrendered in their former Syrian stronghold of Raqa."),
                article("b", "Civilians fled the eastern province of Deir Ezzor as regime troops advanced.")), 0.5);
        AliasLearner.Learned learned = AliasLearner.learn(story);
        assertThat(learned.names()).isEmpty();
        assertThat(learned.words()).isEmpty();
    }
}
