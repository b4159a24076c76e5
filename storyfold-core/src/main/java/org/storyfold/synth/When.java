package org.storyfold.synth;

import java.time.LocalDate;

/**
 * A resolved date, as precise as its expression: a day, a span of days, a month or a year.
 * Written in ISO 8601: {@code 2017-10-14}, {@code 2017-10-09/2017-10-14}, {@code 2017-06}, {@code 2017}.
 *
 * @param from      the first day it may mean
 * @param to        the last day it may mean
 * @param precision how it was stated
 */
record When(LocalDate from, LocalDate to, Precision precision) implements Comparable<When> {

    enum Precision { DAY, SPAN, MONTH, YEAR }

    static When day(LocalDate d) {
        return new When(d, d, Precision.DAY);
    }

    static When span(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : new When(from, to, Precision.SPAN);
    }

    static When month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new When(first, first.plusMonths(1).minusDays(1), Precision.MONTH);
    }

    static When year(int year) {
        return new When(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
    }

    String iso() {
        return switch (precision) {
            case DAY -> from.toString();
            case SPAN -> from + "/" + to;
            case MONTH -> from.toString().substring(0, 7);
            case YEAR -> String.valueOf(from.getYear());
        };
    }

    @Override
    public int compareTo(When o) {
        int c = from.compareTo(o.from);
        return c != 0 ? c : to.compareTo(o.to);
    }
}
