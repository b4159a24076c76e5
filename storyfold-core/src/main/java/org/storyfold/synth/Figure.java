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
 */
public record Figure(String subject, String value, String text, String source, String speaker, String affiliation,
                     String date) {
}
