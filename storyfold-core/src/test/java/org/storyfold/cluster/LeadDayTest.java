package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
