package org.storyfold.synth;

import java.util.List;

/**
 * An event of a story on its date: a sentence that dates what it reports, with its date expression
 * resolved against the day its article was written.
 *
 * @param date       the resolved date in ISO 8601: a day ({@code 2017-10-14}), a span of days
 *                   ({@code 2017-10-09/2017-10-14}), a month ({@code 2017-06}) or a year ({@code 2014})
 * @param text       the sentence, verbatim from the first source
 * @param sources    every article that prints it, or states it in other words at the same date
 * @param expression the words that date it, as printed ("on Saturday", "in June")
 */
public record TimelineEntry(String date, String text, List<String> sources, String expression) {
    public TimelineEntry {
        sources = List.copyOf(sources);
    }
}
