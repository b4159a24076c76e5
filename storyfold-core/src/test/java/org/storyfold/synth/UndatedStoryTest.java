package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A story told by undated text has no dates: none is borrowed from today or from another article. */
class UndatedStoryTest {

    @Test
    void undatedTextGivesNullDatesAndResolvesNoRelativeDate() {
        Brief brief = new ExtractiveBriefer(BriefConfig.defaults()).brief(List.of(
                article("a", "Storm hits coast", null, "A storm hit the coast on Tuesday, the weather service said."
                        + " Thousands of homes lost power on Tuesday night across the region."),
                article("b", "Coast battered", null, "A storm hit the coast on Tuesday, the weather service said."
                        + " Roads were closed after trees fell on Tuesday evening.")));
        assertThat(brief.coverage().firstReported()).isNull();
        assertThat(brief.coverage().lastUpdated()).isNull();
        assertThat(brief.coverage().articles()).allSatisfy(e -> assertThat(e.published()).isNull());
        assertThat(brief.timeline()).as("\"on Tuesday\" of an undated article is no date").isEmpty();
        assertThat(brief.headline()).isNull();
    }
}
