package org.storyfold.synth;

/**
 * An amount one article states, with what it counts and who claims it.
 *
 * @param subject     what it counts, in the article's words ("residents remain, Kherson")
 * @param value       the amount as printed ("up to 50", "30-40", "around 60 per cent", "dozens")
 * @param text        the sentence that states it, verbatim
 * @param source      the article's id
 * @param speaker     who the article says claims it, or null when the article states it itself
 * @param affiliation the organisation the speaker speaks for, when the text says, or null
 * @param date        the day (or span of days) the claim was made, in ISO 8601, or null when unknown
 * @param label       what it counts, as a reader is told ("foreign jihadists remaining in Raqa")
 * @param measure     the key under which figures about one quantity meet, within a story and
 *                    across the stories of a storyline (the counted noun's class and qualifiers,
 *                    the verb's class, the place; opaque), or null when it is compared with nothing
 * @param low         the least value the amount can mean ("up to 50": 0)
 * @param high        the greatest value it can mean ("at least 300": infinity)
 * @param state       whether it counts a state at a time (how many remain, how much is held), which
 *                    changes from day to day, rather than an event (how many fled)
 */
public record Figure(String subject, String value, String text, String source, String speaker, String affiliation,
                     String date, String label, String measure, double low, double high, boolean state) {

    /** Whether both amounts can be true at once: their ranges overlap. */
    public boolean compatible(Figure o) {
        return Math.max(low, o.low) < Math.min(high, o.high)
                || low == high && o.low <= low && low <= o.high
                || o.low == o.high && low <= o.low && o.low <= high;
    }
}
