package org.storyfold.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind reading dates in news prose: days, months, and words of relative time (as
 * the tokenizer gives them, lower case). One home for the briefs' time expressions and the
 * clusterer's weekdays and named days.
 */
public final class DateWords {

    private DateWords() {
    }

    public static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Month names and their abbreviations, to the month's number. */
    public static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    /** Month names that are also common words: dates only after one of {@link #MONTH_CUES} or before a day. */
    public static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "jan", "jun", "aug", "sep", "dec",
            "oct", "nov", "feb", "apr", "jul", "sept");

    public static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "early", "late", "mid",
            "of", "last", "next", "this", "from", "through", "during", "before", "after", "on");

    /** Words before a weekday or month that belong to the expression. */
    public static final Set<String> LEADS = Set.of("on", "late", "early", "last", "this", "since", "by", "until", "next",
            "earlier", "later", "mid");

    /** Parts of a day after a weekday: "Wednesday morning". */
    public static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    /** Words before a year that make a four-digit number a year. */
    public static final Set<String> YEAR_CUES = Set.of("in", "since", "until", "by", "of", "from", "during", "early",
            "late", "mid", "to", "between", "and", "before", "after", "through");

    /** Words that put the clause in the future, so a weekday means the next one. */
    public static final Set<String> FUTURE = Set.of("will", "shall", "scheduled", "due", "expected", "plans", "planned",
            "upcoming", "next");

    /** Units of "the past five days", in days. */
    public static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("hour", 0), Map.entry("hours", 0),
            Map.entry("day", 1), Map.entry("days", 1), Map.entry("week", 7), Map.entry("weeks", 7),
            Map.entry("month", 30), Map.entry("months", 30), Map.entry("year", 365), Map.entry("years", 365));

    /** Small counts written as words. */
    public static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("couple", 2), Map.entry("few", 3), Map.entry("several", 3), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30));
}
