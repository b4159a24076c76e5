package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers of dates and amounts on sentences of the kinds news prose writes. */
class ReadersTest {

    private static final LocalDate SATURDAY = LocalDate.of(2017, 10, 14);

    @Test
    void resolvesRelativeDatesAgainstTheDayOfWriting() {
        assertThat(when("Forces entered the town on Saturday.")).isEqualTo("2017-10-14");
        assertThat(when("Late Tuesday, the coalition said talks had begun.")).isEqualTo("2017-10-10");
        assertThat(when("The militia broke into the city in June.")).isEqualTo("2017-06");
        assertThat(when("The city fell in November.")).as("a later month is last year's").isEqualTo("2016-11");
        assertThat(when("Similar deals were struck earlier this year.")).isEqualTo("2017");
        assertThat(when("All of them left over the past five days.")).isEqualTo("2017-10-09/2017-10-14");
        assertThat(when("Within the past 24 hours, 100 surrendered.")).isEqualTo("2017-10-13/2017-10-14");
        assertThat(when("The coalition estimated earlier this week that 300 remained.")).isEqualTo("2017-10-09/2017-10-13");
        assertThat(when("Talks will resume on Monday.")).as("the future means the next one").isEqualTo("2017-10-16");
        assertThat(when("The group seized the city on October 3, 2014.")).isEqualTo("2014-10-03");
        assertThat(when("The group seized the city in 2014.")).isEqualTo("2014");
        assertThat(when("Officials may still change the plan.")).isNull();
    }

    @Test
    void readsAmountsWithTheRangesTheyMean() {
        assertThat(amount("Up to 150 foreign jihadists remain.")).containsExactly("Up to 150", "0.0", "150.0");
        assertThat(amount("More than 400 civilians escaped.")).containsExactly("More than 400", "400.0", "Infinity");
        assertThat(amount("Sources put the number at 300-400 fighters.")).containsExactly("300-400", "300.0", "400.0");
        assertThat(amount("Between 600 and 700 fighters remain.")).containsExactly("Between 600 and 700", "600.0", "700.0");
        assertThat(amount("They hold around 90 percent of the city.")).containsExactly("around 90 percent", "81.0", "99.0");
        assertThat(amount("They hold 90% of the city.")).containsExactly("90%", "90.0", "90.0");
        assertThat(amount("Dozens of fighters surrendered.")).containsExactly("Dozens", "24.0", "199.0");
        assertThat(amount("Thousands of civilians are trapped.")).containsExactly("Thousands", "2000.0", "99999.0");
        assertThat(amount("The plan costs 1.5 million dollars.")).containsExactly("1.5 million", "1500000.0", "1500000.0");
        assertThat(amount("Twenty-five people were hurt.")).containsExactly("Twenty-five", "25.0", "25.0");
        assertThat(amount("The city fell in 2014.")).isEmpty();
    }

    private static String when(String sentence) {
        List<Token> t = Token.of(sentence);
        List<TimeExpression> found = TimeExpressions.find(sentence, t);
        return found.isEmpty() ? null : found.get(0).resolve(SATURDAY).iso();
    }

    private static List<String> amount(String sentence) {
        List<Token> t = Token.of(sentence);
        List<Quantity> found = QuantityParser.find(sentence, t, new boolean[t.size()]);
        return found.isEmpty() ? List.of() : List.of(found.get(0).text(), round(found.get(0).low()),
                round(found.get(0).high()));
    }

    private static String round(double x) {
        return Double.isInfinite(x) ? "Infinity" : String.valueOf(Math.round(x * 10) / 10.0);
    }
}
