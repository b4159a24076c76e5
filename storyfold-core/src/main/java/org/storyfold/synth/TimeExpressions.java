package org.storyfold.synth;

import java.util.ArrayList;
import java.util.List;
import org.storyfold.text.DateWords;

/**
 * Finds the date expressions of a sentence by their words: weekdays with their lead and part of
 * day ("late Tuesday", "on Wednesday morning"), months with or without a day and year
 * ("in June", "October 14, 2017", "14 October"), years after a preposition ("in 2014"), and
 * relative time ("yesterday", "overnight", "earlier this week", "last month", "earlier this year",
 * "the past five days", "within the past 24 hours"). Stateless.
 */
final class TimeExpressions {

    private static final int FUTURE_REACH = 6;

    private TimeExpressions() {
    }

    static List<TimeExpression> find(String sentence, List<Token> tokens) {
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TimeExpression e = at(sentence, tokens, i);
            if (e != null) {
                out.add(e);
                i = e.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private static TimeExpression at(String s, List<Token> t, int i) {
        String w = t.get(i).lower().replace(".", "");
        if (!t.get(i).isWord()) {
            return null;
        }
        boolean future = t.get(i).isCapitalised() && future(t, i);
        int weekday = DateWords.WEEKDAYS.indexOf(w);
        if (weekday >= 0 && t.get(i).isCapitalised()) {
            int from = i;
            boolean last = false;
            if (i > 0 && DateWords.LEADS.contains(t.get(i - 1).lower())) {
                from = i - 1;
                last = t.get(i - 1).lower().equals("last");
                future |= t.get(i - 1).lower().equals("next");
            }
            int to = i + 1 < t.size() && DateWords.DAY_PARTS.contains(t.get(i + 1).lower()) ? i + 2 : i + 1;
            return make(s, t, from, to, TimeExpression.Kind.WEEKDAY, weekday + 1, last ? 1 : 0, 0, future);
        }
        Integer month = DateWords.MONTHS.get(w);
        if (month != null && t.get(i).isCapitalised()) {
            return month(s, t, i, month, future);
        }
        if (t.get(i).isNumber() && i + 1 < t.size()) {
            Integer after = DateWords.MONTHS.get(t.get(i + 1).lower().replace(".", ""));
            int day = smallNumber(t.get(i).text());
            if (after != null && t.get(i + 1).isCapitalised() && day >= 1 && day <= 31) {
                int to = i + 2;
                int year = 0;
                if (to < t.size() && year(t.get(to).text()) > 0) {
                    year = year(t.get(to).text());
                    to++;
                }
                return make(s, t, i, to, TimeExpression.Kind.DAY_OF_MONTH, after, day, year, future);
            }
        }
        int year = year(t.get(i).text());
        if (year > 0 && i > 0 && DateWords.YEAR_CUES.contains(t.get(i - 1).lower())) {
            return make(s, t, i - 1, i + 1, TimeExpression.Kind.YEAR, year, 0, 0, future);
        }
        return relative(s, t, i, w, future);
    }

    private static TimeExpression month(String s, List<Token> t, int i, int month, boolean future) {
        boolean cued = i > 0 && DateWords.MONTH_CUES.contains(t.get(i - 1).lower());
        int next = i + 1;
        if (next < t.size() && t.get(next).text().equals(".")) {
            next++;
        }
        int day = next < t.size() && t.get(next).isNumber() ? smallNumber(t.get(next).text()) : -1;
        String w = t.get(i).lower().replace(".", "");
        if (day >= 1 && day <= 31) {
            int to = next + 1;
            int year = 0;
            if (to + 1 < t.size() && t.get(to).text().equals(",") && year(t.get(to + 1).text()) > 0) {
                year = year(t.get(to + 1).text());
                to += 2;
            } else if (to < t.size() && year(t.get(to).text()) > 0) {
                year = year(t.get(to).text());
                to++;
            }
            return make(s, t, cued ? i - 1 : i, to, TimeExpression.Kind.DAY_OF_MONTH, month, day, year, future);
        }
        if (!cued && DateWords.AMBIGUOUS_MONTHS.contains(w)) {
            return null;
        }
        int year = next < t.size() ? year(t.get(next).text()) : 0;
        return make(s, t, cued ? i - 1 : i, year > 0 ? next + 1 : i + 1, TimeExpression.Kind.MONTH, month, 0, year,
                future);
    }

    private static TimeExpression relative(String s, List<Token> t, int i, String w, boolean future) {
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        String prev = i > 0 ? t.get(i - 1).lower() : "";
        switch (w) {
            case "yesterday":
                return make(s, t, i, i + 1, TimeExpression.Kind.DAYS_AGO, 1, 0, 0, false);
            case "today":
            case "tonight":
                return make(s, t, i, i + 1, TimeExpression.Kind.DAYS_AGO, 0, 0, 0, false);
            case "overnight":
                return make(s, t, i, i + 1, TimeExpression.Kind.OVERNIGHT, 0, 0, 0, false);
            case "this":
            case "last":
                TimeExpression.Kind k = switch (next) {
                    case "week" -> w.equals("this") ? (prev.equals("earlier") ? TimeExpression.Kind.EARLIER_THIS_WEEK
                            : TimeExpression.Kind.THIS_WEEK) : TimeExpression.Kind.LAST_WEEK;
                    case "month" -> w.equals("this") ? TimeExpression.Kind.THIS_MONTH : TimeExpression.Kind.LAST_MONTH;
                    case "year" -> w.equals("this") ? TimeExpression.Kind.THIS_YEAR : TimeExpression.Kind.LAST_YEAR;
                    default -> null;
                };
                if (k == null) {
                    return null;
                }
                int from = prev.equals("earlier") || prev.equals("later") ? i - 1 : i;
                return make(s, t, from, i + 2, k, 0, 0, 0, false);
            default:
                if (w.equals("the") && (next.equals("past") || next.equals("last"))) {
                    return past(s, t, i);
                }
                if (w.equals("throughout") && next.equals("the") && i + 2 < t.size() && t.get(i + 2).lower().equals("week")) {
                    return make(s, t, i, i + 3, TimeExpression.Kind.THIS_WEEK, 0, 0, 0, false);
                }
        }
        return null;
    }

    /** "the past five days", "the past 24 hours", "the past week", "the last two months". */
    private static TimeExpression past(String s, List<Token> t, int i) {
        int k = i + 2;
        int count = 1;
        if (k < t.size() && (t.get(k).isNumber() || DateWords.COUNTS.containsKey(t.get(k).lower()))) {
            count = t.get(k).isNumber() ? smallNumber(t.get(k).text()) : DateWords.COUNTS.get(t.get(k).lower());
            k++;
        }
        if (k >= t.size() || count < 0) {
            return null;
        }
        Integer unit = DateWords.UNITS.get(t.get(k).lower());
        if (unit == null) {
            return null;
        }
        int days = unit == 0 ? Math.max(1, (count + 23) / 24) : count * unit;
        int from = i > 0 && List.of("in", "over", "within", "during", "for").contains(t.get(i - 1).lower()) ? i - 1 : i;
        return make(s, t, from, k + 1, TimeExpression.Kind.PAST_DAYS, days, 0, 0, false);
    }

    private static TimeExpression make(String s, List<Token> t, int from, int to, TimeExpression.Kind kind, int a,
                                       int b, int c, boolean future) {
        return new TimeExpression(from, to, s.substring(t.get(from).start(), t.get(to - 1).end()), kind, a, b, c, future);
    }

    private static boolean future(List<Token> t, int i) {
        for (int k = Math.max(0, i - FUTURE_REACH); k < i; k++) {
            if (DateWords.FUTURE.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int year(String text) {
        if (text.length() != 4 || !text.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int y = Integer.parseInt(text);
        return y >= 1900 && y <= 2100 ? y : 0;
    }

    private static int smallNumber(String text) {
        String digits = text.replaceAll("(st|nd|rd|th)$", "");
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }
}
