package org.storyfold.synth;

import java.time.LocalDate;

/**
 * An article whose stated date contradicts its own content: it reports, with words such as
 * "on Saturday" that only make sense near their writing, what the story's other articles report
 * at a date more than a week away.
 *
 * @param article the article id
 * @param stated  the date the article states (its published date)
 * @param content the date its content points to, used instead to resolve its relative dates
 * @param reason  one line saying what contradicts the stated date
 */
public record Misdated(String article, LocalDate stated, LocalDate content, String reason) {
}
