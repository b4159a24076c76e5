package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.extract.Article;

/** Conflicts set side by side only amounts about one quantity that cannot all be true. */
class ConflictFinderTest {

    private static final LocalDate DAY = LocalDate.of(2021, 5, 3);

    @Test
    void equalRangesWrittenThreeWaysAreOneClaim() {
        Brief brief = brief(
                article("a", "t", DAY, "Officials said 300 to 400 militants remained in the town of Harmon after the raid."),
                article("b", "t", DAY, "Officials said 300-400 militants remained in the town of Harmon after the raid on Sunday."),
                article("c", "t", DAY, "Officials said between 300 and 400 militants remained in the town of Harmon, the army added."),
                article("d", "t", DAY, "A rebel commander said up to 150 militants remained in the town of Harmon on Monday."));
        assertThat(brief.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.claims()).hasSize(2);
            Conflict.Claim range = c.claims().stream().filter(cl -> cl.values().size() == 3).findFirst().orElseThrow();
            assertThat(range.sources()).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(range.values()).containsExactlyInAnyOrder("300 to 400", "300-400", "between 300 and 400");
            assertThat(c.spread().low()).isEqualTo(150);
            assertThat(c.spread().high()).isEqualTo(300);
            assertThat(c.label()).isEqualTo("militants remaining in Harmon");
        });
    }

    @Test
    void overlappingIntervalsAreNoConflict() {
        Brief brief = brief(
                article("a", "t", DAY, "The coalition said 300 to 400 fighters remained in the city of Korvan on Monday."),
                article("b", "t", DAY, "A council official said up to 500 fighters remained in the city of Korvan on Monday."),
                article("c", "t", DAY, "A monitor said at least 350 fighters remained in the city of Korvan on Monday."));
        assertThat(brief.conflicts()).isEmpty();
    }

    @Test
    void aCountOfSomeIsNotSetAgainstACountOfAll() {
        Brief brief = brief(
                article("a", "t", DAY, "The monitor said up to 150 foreign fighters remained in the city of Korvan."),
                article("b", "t", DAY, "The coalition said 300 to 400 fighters remained in the city of Korvan."));
        assertThat(brief.conflicts()).isEmpty();
        assertThat(brief.figures()).extracting(Figure::label)
                .contains("foreign fighters remaining in Korvan", "fighters remaining in Korvan");
    }

    private static Brief brief(Article... articles) {
        return new ExtractiveBriefer(BriefConfig.defaults()).brief(List.of(articles));
    }
}
