package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date expressions {@link TimeExpressions} finds in seed sentences, and the days they resolve to. */
class TimeExpressionsTest {

    /** The seeds' AFP dispatch is dated Saturday, 14 October 2017. */
    private static final LocalDate DISPATCH = LocalDate.of(2017, 10, 14);

    private static List<TimeExpression> find(String sentence) {
        return TimeExpressions.find(sentence, Token.of(sentence));
    }

    @Test
    void aWeekdayResolvesToTheLastSuchDayOnOrBeforeTheArticlesDate() {
        List<TimeExpression> found = find("On Saturday, the US-led coalition confirmed dozens of IS fighters had handed themselves in.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TimeExpression.Kind.WEEKDAY);
            assertThat(e.relative()).isTrue();
            assertThat(e.resolve(DISPATCH).from()).isEqualTo(DISPATCH);
        });
        TimeExpression wednesday = find("The SDF said on Wednesday that talks were under way.").get(0);
        assertThat(wednesday.resolve(DISPATCH).from()).isEqualTo(LocalDate.of(2017, 10, 11));
    }

    @Test
    void aMonthWithItsYearNeedsNoReference() {
        TimeExpression e = find("The jihadists overran Raqa in January 2014.").get(0);
        assertThat(e.relative()).isFalse();
        assertThat(e.resolve(DISPATCH).iso()).startsWith("2014-01");
    }

    @Test
    void aMonthWithoutYearIsTheLastSuchMonth() {
        TimeExpression e = find("In June, the SDF broke into Raqa.").get(0);
        assertThat(e.resolve(DISPATCH).iso()).startsWith("2017-06");
    }

    @Test
    void aSentenceWithoutDateWordsHasNone() {
        assertThat(find("Dozens of Islamic State fighters have surrendered in their former Syrian stronghold.")).isEmpty();
    }
}
