package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    private static final String TRUTH = "Dozens of Islamic State group fighters have surrendered in Raqa.";

    @Test
    void scoresAPerfectExtractionAsOne() {
        ShingleMetric.PageScore s = ShingleMetric.page(TRUTH, "  Dozens of Islamic State group fighters have surrendered in Raqa  ");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void countsShinglesOfFourWordsAsMultisets() {
        // 10 words: 7 shingles. Extracting the first 6 words gives 3 of them, nothing extra.
        ShingleMetric.PageScore s = ShingleMetric.page(TRUTH, "Dozens of Islamic State group fighters");
        assertThat(s.tp()).isCloseTo(3.0 / 7, within(1e-9));
        assertThat(s.fn()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(3.0 / 7, within(1e-9));
        // A repeated passage counts twice: the second copy is a false positive.
        ShingleMetric.PageScore twice = ShingleMetric.page(TRUTH, TRUTH + " " + TRUTH);
        assertThat(twice.precision()).isLessThan(0.6);
    }

    @Test
    void tokenisesWordsAsPythonsBackslashWDoesInAnyScript() {
        assertThat(ShingleMetric.tokens("Raqa’s fall: 90% of the city — 엔터 미디어, Москва_1"))
                .containsExactly("Raqa", "s", "fall", "90", "of", "the", "city", "엔터", "미디어", "Москва_1");
    }

    @Test
    void averagesPrecisionAndRecallOverPagesBeforeTheirF1() {
        ShingleMetric.Score score = ShingleMetric.average(List.of(
                ShingleMetric.page(TRUTH, TRUTH), ShingleMetric.page(TRUTH, ""), ShingleMetric.page("", "Extra words here and there")));
        // Precision over the two pages with a prediction (1 and 0), recall over the two with a truth (1 and 0).
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.f1()).isEqualTo(0.5);
    }
}
