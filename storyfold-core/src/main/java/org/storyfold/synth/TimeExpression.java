package org.storyfold.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A date or span of time written in a sentence ("on Saturday", "late Tuesday", "in June",
 * "earlier this year", "the past five days", "October 14, 2017"), resolved against a reference
 * date: the day the article was written. Immutable.
 *
 * @param from   the first token of the expression
 * @param to     the token just past it
 * @param phrase the expression as printed
 * @param kind   what it says
 * @param a      the kind's first value (a weekday 1-7, a month, a year, a number of days)
 * @param b      the kind's second value (a day of the month), or 0
 * @param c      the kind's third value (a year), or 0
 * @param future whether the clause looks forward, so that "on Monday" is the next Monday
 */
record TimeExpression(int from, int to, String phrase, Kind kind, int a, int b, int c, boolean future) {

    enum Kind { WEEKDAY, DAY_OF_MONTH, MONTH, YEAR, DAYS_AGO, OVERNIGHT, THIS_WEEK, EARLIER_THIS_WEEK, LAST_WEEK,
        THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR, PAST_DAYS }

    /** Whether the expression needs a reference date: "in 2014" and "October 14, 2017" do not. */
    boolean relative() {
        return !(kind == Kind.YEAR || (kind == Kind.DAY_OF_MONTH || kind == Kind.MONTH) && c > 0);
    }

    /** Whether it names a day of the week or a span of this week, which only the days near its writing can mean. */
    boolean recent() {
        return kind == Kind.WEEKDAY || kind == Kind.THIS_WEEK || kind == Kind.EARLIER_THIS_WEEK
                || kind == Kind.OVERNIGHT || kind == Kind.DAYS_AGO && a <= 1;
    }

    /** What the expression means when written on {@code ref}; null when it needs a reference and has none. */
    When resolve(LocalDate ref) {
        if (ref == null && relative()) {
            return null;
        }
        return switch (kind) {
            case WEEKDAY -> When.day(future
                    ? ref.with(TemporalAdjusters.next(DayOfWeek.of(a)))
                    : b == 1 ? ref.with(TemporalAdjusters.previous(DayOfWeek.of(a)))
                    : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(a))));
            case DAY_OF_MONTH -> When.day(dayOfMonth(ref));
            case MONTH -> month(ref);
            case YEAR -> When.year(a);
            case DAYS_AGO -> When.day(ref.minusDays(a));
            case OVERNIGHT -> When.span(ref.minusDays(1), ref);
            case THIS_WEEK -> When.span(ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), ref);
            case EARLIER_THIS_WEEK -> When.span(ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    ref.getDayOfWeek() == DayOfWeek.MONDAY ? ref : ref.minusDays(1));
            case LAST_WEEK -> {
                LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield When.span(monday, monday.plusDays(6));
            }
            case THIS_MONTH -> When.month(ref.getYear(), ref.getMonthValue());
            case LAST_MONTH -> When.month(ref.minusMonths(1).getYear(), ref.minusMonths(1).getMonthValue());
            case THIS_YEAR -> When.year(ref.getYear());
            case LAST_YEAR -> When.year(ref.getYear() - 1);
            case PAST_DAYS -> When.span(ref.minusDays(Math.max(1, a)), ref);
        };
    }

    private LocalDate dayOfMonth(LocalDate ref) {
        int day = b;
        if (c > 0) {
            return safeDate(c, a, day);
        }
        LocalDate candidate = safeDate(ref.getYear(), a, day);
        // A date more than a month after the article was written is most likely last year's.
        return candidate.isAfter(ref.plusMonths(1)) && !future ? safeDate(ref.getYear() - 1, a, day) : candidate;
    }

    private When month(LocalDate ref) {
        if (c > 0) {
            return When.month(c, a);
        }
        int year = ref.getYear();
        if (future ? a < ref.getMonthValue() : a > ref.getMonthValue()) {
            year += future ? 1 : -1;
        }
        return When.month(year, a);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }
}
