package org.storyfold.synth;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind reading amounts in news prose: numbers written as words, vague amounts
 * with the ranges they are read as, and the words before a number that make it approximate, a
 * ceiling or a floor. Data, not logic.
 */
final class QuantityWords {

    private QuantityWords() {
    }

    static final Map<String, Integer> CARDINALS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    static final Map<String, Double> SCALES = Map.of("hundred", 100.0, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "bn", 1e9, "m", 1e6);

    /** A vague amount: its words and the range it is read as. */
    record Vague(List<String> words, double low, double high) {
    }

    /** Vague amounts, longest first so that "several dozen" wins over "dozen". */
    static final List<Vague> VAGUE = List.of(
            new Vague(List.of("tens", "of", "thousands"), 20_000, 99_999),
            new Vague(List.of("hundreds", "of", "thousands"), 200_000, 999_999),
            new Vague(List.of("several", "dozen"), 24, 99),
            new Vague(List.of("a", "few", "dozen"), 24, 72),
            new Vague(List.of("several", "hundred"), 200, 999),
            new Vague(List.of("a", "few", "hundred"), 200, 500),
            new Vague(List.of("several", "thousand"), 2_000, 9_999),
            new Vague(List.of("a", "few", "thousand"), 2_000, 5_000),
            new Vague(List.of("a", "dozen"), 12, 12),
            new Vague(List.of("dozens"), 24, 199),
            new Vague(List.of("scores"), 40, 199),
            new Vague(List.of("hundreds"), 200, 999),
            new Vague(List.of("thousands"), 2_000, 99_999),
            new Vague(List.of("millions"), 2e6, 999e6),
            new Vague(List.of("billions"), 2e9, 999e9));

    /** How a word before a number bends it. */
    enum Bound { ABOUT, AT_MOST, AT_LEAST, UP_TO }

    /** Words before a number, longest first, and how they bend it. */
    static final List<Map.Entry<List<String>, Bound>> MODIFIERS = List.of(
            Map.entry(List.of("as", "many", "as"), Bound.UP_TO),
            Map.entry(List.of("in", "excess", "of"), Bound.AT_LEAST),
            Map.entry(List.of("an", "estimated"), Bound.ABOUT),
            Map.entry(List.of("up", "to"), Bound.UP_TO),
            Map.entry(List.of("more", "than"), Bound.AT_LEAST),
            Map.entry(List.of("at", "least"), Bound.AT_LEAST),
            Map.entry(List.of("upwards", "of"), Bound.AT_LEAST),
            Map.entry(List.of("fewer", "than"), Bound.AT_MOST),
            Map.entry(List.of("less", "than"), Bound.AT_MOST),
            Map.entry(List.of("close", "to"), Bound.ABOUT),
            Map.entry(List.of("around"), Bound.ABOUT),
            Map.entry(List.of("about"), Bound.ABOUT),
            Map.entry(List.of("approximately"), Bound.ABOUT),
            Map.entry(List.of("roughly"), Bound.ABOUT),
            Map.entry(List.of("nearly"), Bound.ABOUT),
            Map.entry(List.of("almost"), Bound.ABOUT),
            Map.entry(List.of("some"), Bound.ABOUT),
            Map.entry(List.of("estimated"), Bound.ABOUT),
            Map.entry(List.of("over"), Bound.AT_LEAST),
            Map.entry(List.of("under"), Bound.AT_MOST));

    /** Words before an amount that add it to the amount before it: "an additional 800". */
    static final Set<String> ADDITIONS = Set.of("additional", "another", "further", "plus", "extra");

    /** Words that join the two ends of a range: "30-40", "30 to 40", "between 60 and 70". */
    static final Set<String> RANGE_JOINS = Set.of("-", "–", "to", "and");

    /** Nouns after a number that make it a duration or a distance, not a count of what the story is about. */
    static final Set<String> UNITS = Set.of("hour", "hours", "day", "days", "week", "weeks", "month", "months",
            "year", "years", "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
            "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter",
            "meters", "feet", "foot", "inch", "inches", "cm", "mm", "am", "pm", "gmt", "utc", "times", "time",
            "o'clock", "th", "st", "nd", "rd", "m", "ft", "lb", "lbs", "kg", "kilograms", "grams", "g", "mph", "kph",
            "points", "pts", "milliseconds", "ms", "degrees", "acres", "hectares", "sq", "square", "yards",
            "gallons", "litres", "liters", "barrels", "tonnes", "tons", "calories", "mg", "ml", "kb", "mb", "gb",
            "pixels", "percentage", "bps", "basis", "round", "rounds", "innings", "goals", "games", "runs");

    /** Words after an amount that make it a rate: "dozens a day", "500 each week". */
    static final Set<String> RATE_LEADS = Set.of("a", "each", "every", "per");

    /** Words naming percentages. */
    static final Set<String> PERCENT = Set.of("%", "percent", "pc");
}
