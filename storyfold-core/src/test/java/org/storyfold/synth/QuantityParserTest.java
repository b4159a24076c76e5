package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The amounts {@link QuantityParser} reads in sentences of the seed articles, with the values they can mean. */
class QuantityParserTest {

    private static List<Quantity> amounts(String sentence) {
        List<Token> tokens = Token.of(sentence);
        return QuantityParser.find(sentence, tokens, new boolean[tokens.size()]);
    }

    @Test
    void aRangeInWordsAndItsDashedFormMeanTheSameValues() {
        Quantity words = amounts("The coalition estimated that between 300 and 400 IS fighters remained in the city.").get(0);
        Quantity dashed = amounts("The coalition estimated that 300-400 IS fighters remained in the city.").get(0);
        assertThat(words.low()).isEqualTo(300);
        assertThat(words.high()).isEqualTo(400);
        assertThat(dashed.low()).isEqualTo(words.low());
        assertThat(dashed.high()).isEqualTo(words.high());
    }

    @Test
    void upToMeansAnythingBelowAndKeepsThePrintedNumber() {
        Quantity q = amounts("Up to 150 foreign jihadists remain in Raqa, the Observatory said.").get(0);
        assertThat(q.low()).isZero();
        assertThat(q.high()).isEqualTo(150);
        assertThat(q.printedHigh()).isEqualTo(150);
        assertThat(q.text()).containsIgnoringCase("up to 150");
    }

    @Test
    void percentagesAndVagueAmountsAreMarkedAsSuch() {
        List<Quantity> q = amounts("Dozens of IS fighters surrendered, and the SDF have captured around 90 percent of the city.");
        assertThat(q).anySatisfy(x -> {
            assertThat(x.vague()).isTrue();
            assertThat(x.low()).isGreaterThanOrEqualTo(12);
        });
        assertThat(q).anySatisfy(x -> {
            assertThat(x.percent()).isTrue();
            assertThat(x.low()).isLessThan(90);
            assertThat(x.high()).isGreaterThan(90);
        });
    }

    @Test
    void aYearIsNotAnAmount() {
        assertThat(amounts("The jihadists seized Raqa in 2014 and made it their de facto capital.")).isEmpty();
    }
}
