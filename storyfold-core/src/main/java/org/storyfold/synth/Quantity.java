package org.storyfold.synth;

/**
 * An amount written in a sentence, with the range of values it can mean: "up to 50" is 0 to 50,
 * "more than 40" is 40 and above, "around 60 per cent" is 54 to 66, "30-40" is 30 to 40,
 * "dozens" is 24 to 199.
 *
 * @param from     its first token, modifiers included ("up to")
 * @param to       the token just past it
 * @param text     as printed
 * @param low      the least value it can mean
 * @param high     the greatest value it can mean
 * @param vague    whether it is a vague amount ("dozens", "thousands") rather than a number
 * @param percent  whether it is a percentage
 * @param addition whether it adds to the amount before it ("an additional 800 to 900")
 * @param printedLow  the lesser number as printed, before the words that bend it ("up to 50": 50)
 * @param printedHigh the greater number as printed
 */
record Quantity(int from, int to, String text, double low, double high, boolean vague, boolean percent,
                boolean addition, double printedLow, double printedHigh) {
}
