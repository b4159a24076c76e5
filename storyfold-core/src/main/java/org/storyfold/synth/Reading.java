package org.storyfold.synth;

/**
 * A figure as the brief reads it, before it is written out: the amount, the key under which
 * figures about one thing meet, and whether that thing is a state (how many remain) or an event.
 *
 * @param article  the article's index in the story
 * @param sentence the sentence's index in the article
 * @param subject  what it counts, as printed
 * @param label    what it counts, as a reader is told ("foreign fighters remaining in Raqa")
 * @param key      what it counts, as compared: noun class and qualifiers, verb class, place, and
 *                 rate or share
 * @param stock    whether it counts a state at a time rather than an event
 * @param value    the amount as printed
 * @param low      the least value the amount can mean
 * @param high     the greatest value it can mean
 * @param vague    whether the amount is vague ("dozens")
 * @param speaker  who claims it, or null
 * @param date     when it was claimed, or null
 * @param window   the time the sentence itself names, if any ("in the past week"): resolved, else as
 *                 printed; or null
 * @param printedLow  the lesser number as printed ("up to 150": 150)
 * @param printedHigh the greater number as printed
 */
record Reading(int article, int sentence, String subject, String label, String key, boolean stock, String value,
               double low, double high, boolean vague, Speaker speaker, When date, String window, double printedLow,
               double printedHigh) {

    /** Whether it may be set against other figures: its verb says what happened to what it counts. */
    boolean comparable() {
        return !key.contains("|-|");
    }

    boolean compatible(Reading o) {
        return Math.max(low, o.low) < Math.min(high, o.high)
                || low == high && o.low <= low && low <= o.high
                || o.low == o.high && low <= o.low && o.low <= high;
    }
}
