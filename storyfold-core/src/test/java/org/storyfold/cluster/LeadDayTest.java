package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.storyfold.ArticleFixtures.article;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.extract.Article;

class LeadDayTest {

    private static final Map<String, Article> SEEDS = TestData.seedArticles();

    private static double factor(long a, long b) {
        return LeadDay.factor(a, b, gap -> gap <= 1 ? 1 : Math.exp(-(gap - 1) / LeadDay.SCALE_DAYS));
    }

    @Test
    void countsTheMembersThatNameEachDay() {
        // The talks on a civilian exit were "under way Wednesday".
        int wednesday = LeadDay.of(SEEDS.get("003"), null);
        assertThat(wednesday).isEqualTo(1 << 2);
        long story = LeadDay.plus(LeadDay.counted(wednesday, 1), LeadDay.counted(1 << 5, 3));
        assertThat(LeadDay.count(story, 2)).isEqualTo(1);
        assertThat(LeadDay.count(story, 5)).isEqualTo(3);
        assertThat(LeadDay.count(story, 0)).isZero();
        long crowded = LeadDay.plus(LeadDay.counted(wednesday, 500), LeadDay.counted(wednesday, 500));
        assertThat(LeadDay.count(crowded, 2)).isEqualTo((int) LeadDay.COUNT_MAX);
        assertThat(LeadDay.count(crowded, 3)).isZero();
    }

    @Test
    void weighsADayByTheShareOfReportsThatNameIt() {
        int wednesday = LeadDay.of(SEEDS.get("003"), null);
        int saturday = 1 << 5;
        long talks = LeadDay.counted(wednesday, 1);
        // Three days apart: the talks and the surrender keep a quarter of their likeness.
        double apart = factor(talks, LeadDay.counted(saturday, 1));
        assertThat(apart).isCloseTo(Math.exp(-2 / LeadDay.SCALE_DAYS), within(1e-9));
        // A story of nine Saturday reports that took one report naming Wednesday is still a
        // Saturday story: the talks are not drawn to it by that one report, as they were when a
        // story held the union of its members' days.
        long surrender = LeadDay.plus(LeadDay.counted(saturday, 9), talks);
        assertThat(factor(talks, surrender)).isCloseTo(0.1 + 0.9 * apart, within(1e-9)).isLessThan(0.5);
        // Nothing named on either side: time does not part them.
        assertThat(factor(0, surrender)).isEqualTo(1);
        assertThat(factor(talks, talks)).isEqualTo(1);
    }

    @Test
    void weighsTheDaysOfUndatedStoriesByTheShareOfTheirReportsThatNameOne() {
        // ECB topic 1 in ecbplus-dev: Tara Reid's rehab, 18 undated reports. Four name Friday (the day her
        // publicist confirmed it), three Tuesday (the day she checked in, by their account), the rest no day.
        int friday = LeadDay.of(article("1_2ecb", "A publicist says Tara Reid has checked herself into rehab. "
                + "Jack Ketsoyan said Friday that the \"American Pie\" star went to the Promises Treatment Center."), null);
        int tuesday = LeadDay.of(article("1_7ecb", "The \"American Pie\" actress has entered Promises for "
                + "undisclosed reasons. The actress, 33, reportedly headed to a Malibu treatment facility on Tuesday."), null);
        int none = LeadDay.of(article("1_3ecb", "Tara Reid has seemingly spent the last decade out and about, but "
                + "her latest destination hits much closer to home."), null);
        assertThat(friday).isEqualTo(1 << 4);
        assertThat(tuesday).isEqualTo(1 << 1);
        assertThat(none).isZero();
        long fridays = LeadDay.counted(friday, 4);
        long tuesdays = LeadDay.counted(tuesday, 3);
        java.util.function.IntToDoubleFunction decay = gap -> gap <= 1 ? 1 : Math.exp(-(gap - 1) / LeadDay.SCALE_DAYS);
        double apart = Math.exp(-2 / LeadDay.SCALE_DAYS);
        // Counted over the reports that name a day, a story of 11 and one of 7 are three days apart...
        assertThat(factor(fridays, tuesdays)).isCloseTo(apart, within(1e-9));
        // ... over all their reports, 12 of their 77 pairs are.
        assertThat(LeadDay.factorAmong(fridays, 11, tuesdays, 7, decay))
                .isCloseTo(1 - 12.0 / 77 * (1 - apart), within(1e-9)).isGreaterThan(0.85);
        // The seeds' talks and surrender name their days in every report: still a quarter.
        long talks = LeadDay.counted(LeadDay.of(SEEDS.get("003"), null), 1);
        assertThat(LeadDay.factorAmong(talks, 1, LeadDay.counted(1 << 5, 4), 4, decay)).isCloseTo(apart, within(1e-9));
        // Nor does the silence of one report in two weigh in: too few to say the day is unknown.
        assertThat(LeadDay.factorAmong(LeadDay.counted(friday, 1), 2, tuesdays, 3, decay)).isCloseTo(apart, within(1e-9));
        assertThat(LeadDay.named(LeadDay.plus(fridays, tuesdays))).isEqualTo(7);
    }
}
