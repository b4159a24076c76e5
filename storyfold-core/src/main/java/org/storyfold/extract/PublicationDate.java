package org.storyfold.extract;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Chooses an article's publication date among what the input, the markup, the address and the
 * printed page state, in that order of trust, believing none after the page's fetch or before
 * 1990. Exceptions to the order: markup a day off the date in the address, or after it, yields to
 * the address, which is the outlet's own day (the markup being in UTC, or a later edit's); markup
 * in UTC a day off the date the page prints yields to the printed day; and markup whose modified
 * day is later yields to the printed day when the page prints that later day. Without markup, an
 * address dated more than a month after the date the page prints above the article (not a date heading
 * a part of its body) yields to that printed date: the page was given that address later (moved,
 * re-filed), and prints the day it first came out. Thread-safe.
 */
final class PublicationDate {

    /**
     * How many days after the date a page prints its address may be dated and still be the page's first
     * address (a print edition's day, a late upload); later, it was given when the page moved.
     */
    private static final int MOVED_AFTER_DAYS = 31;

    private PublicationDate() {
    }

    /**
     * The publication date, or null: {@code stated} by the input, {@code markup} the first
     * plausible markup date, {@code modified} the markup's modification date, {@code address} the
     * date in the page's address, {@code printed} the dates the page prints as dates, most trusted first
     * (read only when needed), {@code printedAbove} those of them printed above the article (a date line
     * within the body left out), the only ones that show an address to be a later one, {@code inferred} a
     * date the lead names without its year (a weekday date, its year inferred: trusted after those
     * printed, and never over the address), {@code unmarked} a
     * date the page prints beside its headline in text that says nothing of what it holds (read only when
     * nothing else dates the page: it settles no disagreement).
     */
    static DateStamp choose(Instant fetched, Optional<DateStamp> stated, Optional<DateStamp> markup,
                            Optional<DateStamp> modified, Optional<DateStamp> address,
                            List<Supplier<Optional<DateStamp>>> printed,
                            List<Supplier<Optional<DateStamp>>> printedAbove, Supplier<Optional<DateStamp>> inferred,
                            Supplier<Optional<DateStamp>> unmarked) {
        if (stated.isPresent() && stated.get().plausibleBefore(fetched)) {
            return stated.get();
        }
        Optional<DateStamp> url = address.filter(a -> a.plausibleBefore(fetched));
        Supplier<Optional<DateStamp>> firstDated = () -> firstPlausible(printed, fetched);
        Supplier<Optional<DateStamp>> firstPrinted = () -> firstDated.get()
                .or(() -> inferred.get().filter(p -> p.plausibleBefore(fetched)));
        if (markup.isPresent()) {
            DateStamp m = markup.get();
            if (url.isPresent() && (daysApart(url.get(), m) == 1 || m.day().isAfter(url.get().day()))
                    && !dayAfterEverywhere(m, url.get())) {
                // The address's day is the outlet's own, set when the page was made; markup a day off
                // it is in UTC, markup after it is a later edit's.
                return url.get();
            }
            Optional<DateStamp> later = modified.filter(d -> d.plausibleBefore(fetched) && d.day().isAfter(m.day()));
            if (url.isEmpty() && (m.inUtc() || later.isPresent())) {
                Optional<DateStamp> print = firstPrinted.get();
                if (print.isPresent() && m.inUtc() && daysApart(print.get(), m) == 1) {
                    // The day the page prints beside the article is its own; the markup's UTC day is not.
                    return print.get();
                }
                if (print.isPresent() && later.isPresent() && print.get().day().equals(later.get().day())) {
                    // The page prints the day of its latest version beside the article: that is the day
                    // its readers see and cite, not the day the markup says the record was first made.
                    return print.get();
                }
            }
            return m;
        }
        if (url.isPresent()) {
            Optional<DateStamp> print = firstPlausible(printedAbove, fetched);
            // An address made more than a month after the day the page prints above the article is a later
            // address of the page.
            return print.isPresent() && print.get().day().plusDays(MOVED_AFTER_DAYS).isBefore(url.get().day())
                    ? print.get() : url.get();
        }
        return firstPrinted.get().or(() -> unmarked.get().filter(p -> p.plausibleBefore(fetched))).orElse(null);
    }

    private static Optional<DateStamp> firstPlausible(List<Supplier<Optional<DateStamp>>> dates, Instant fetched) {
        return dates.stream().map(Supplier::get).flatMap(Optional::stream).filter(p -> p.plausibleBefore(fetched)).findFirst();
    }

    /**
     * Whether markup in UTC falls on the day after the address's at an hour that is that next day in
     * every inhabited zone west of Greenwich down to Hawaii's (10:00 UTC or later): no zone puts it on
     * the address's day, which then is the day the page was made, not the day it was published.
     */
    static boolean dayAfterEverywhere(DateStamp markup, DateStamp address) {
        return markup.inUtc() && markup.day().equals(address.day().plusDays(1))
                && markup.time().getHour() >= WESTMOST_OFFSET_HOURS;
    }

    /** How many hours behind UTC the westernmost inhabited zones with news outlets run (Hawaii). */
    private static final int WESTMOST_OFFSET_HOURS = 10;

    private static long daysApart(DateStamp a, DateStamp b) {
        return Math.abs(ChronoUnit.DAYS.between(a.day(), b.day()));
    }
}
