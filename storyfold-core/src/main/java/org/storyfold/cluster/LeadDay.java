package org.storyfold.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.storyfold.extract.Article;
import org.storyfold.text.DateWords;
import org.storyfold.text.WordTokenizer;

/**
 * The day of the week an article's events happened, as its lead names it ("the coalition said
 * on Saturday"), else as its publication date gives it: time for articles without a date. An
 * article's day is a bit mask, Monday {@code 1}, Tuesday {@code 2}, ... Sunday {@code 64}; a group's
 * (a family of copies, a story) is how many of its members name each day, packed in a {@code long}
 * ({@link #counted}), so that a day named by one member in ten weighs one tenth ({@link #factor}).
 * Stateless.
 */
final class LeadDay {

    /** The weekday names, Monday first, as the tokenizer gives them. */
    static final List<String> WEEKDAYS = DateWords.WEEKDAYS;
    /** Words of the text that count as its lead. */
    static final int LEAD_WORDS = 60;
    /**
     * Days over which the likeness of two groups whose leads name weekdays that far apart falls by 1/e
     * beyond the first ({@link ArticlePlacer#timeFactor}): a lead's weekday says when the event
     * happened, so it parts faster than publication dates, which say when it was reported.
     */
    static final double SCALE_DAYS = 1.5;

    /**
     * The fewest members each of two undated groups must have for the members that name no weekday to
     * weigh in {@link #factorAmong}.
     */
    static final int SILENCE_MEMBERS = 3;

    /** Bits of a group's packed counts that hold one weekday's count. */
    private static final int COUNT_BITS = 9;
    /** The most members a weekday's count holds: a larger group's counts stay at it. */
    static final long COUNT_MAX = (1L << COUNT_BITS) - 1;

    private LeadDay() {
    }

    /** The packed counts of {@code members} articles whose leads name the days of {@code mask}. */
    static long counted(int mask, int members) {
        long counts = 0;
        for (int d = 0; d < WEEKDAYS.size(); d++) {
            if ((mask & (1 << d)) != 0) {
                counts |= Math.min(COUNT_MAX, members) << (d * COUNT_BITS);
            }
        }
        return counts;
    }

    /** How many members of a group with packed {@code counts} name weekday {@code day} (0 Monday to 6 Sunday). */
    static int count(long counts, int day) {
        return (int) ((counts >>> (day * COUNT_BITS)) & COUNT_MAX);
    }

    /** The counts of two groups together, each day's at most {@link #COUNT_MAX}. */
    static long plus(long a, long b) {
        long sum = 0;
        for (int d = 0; d < WEEKDAYS.size(); d++) {
            sum |= Math.min(COUNT_MAX, count(a, d) + count(b, d)) << (d * COUNT_BITS);
        }
        return sum;
    }

    /**
     * The time factor of two groups by the weekdays their members name: over the pairs of a member
     * of one and a member of the other that both name a day, the mean of {@code decay} of the days
     * between them ({@link #gap}); 1 when either group names none. A mean, not the closest pair: a
     * story whose reports say Wednesday is not drawn to a Saturday by the one report that says
     * Wednesday, and a story that grows does not come to hold every day of the week.
     */
    static double factor(long a, long b, IntToDoubleFunction decay) {
        if (a == 0 || b == 0) {
            return 1;
        }
        double pairs = 0;
        double sum = 0;
        for (int i = 0; i < WEEKDAYS.size(); i++) {
            int ai = count(a, i);
            for (int j = 0; ai > 0 && j < WEEKDAYS.size(); j++) {
                double n = (double) ai * count(b, j);
                if (n > 0) {
                    pairs += n;
                    sum += n * decay.applyAsDouble(gap(1 << i, 1 << j));
                }
            }
        }
        return sum / pairs;
    }

    /**
     * The time factor of two undated groups of {@code aMembers} and {@code bMembers} members by the
     * weekdays their leads name: the mean of {@code decay} over all pairs of a member of one and a
     * member of the other, a pair in which either names no day counting as 1 (nothing parts them);
     * that is {@link #factor} for the pairs that both name a day, weighed by the share of pairs that
     * do. Reports of one undated event mostly say no day, and those that do may name different
     * ones (the day the event happened, the day a spokesman confirmed it): two stories of such
     * reports are not parted in full by the few that name days three apart. Groups with fewer than
     * {@link #SILENCE_MEMBERS} members each are read as {@link #factor} reads them: one report's
     * silence says little.
     */
    static double factorAmong(long a, int aMembers, long b, int bMembers, IntToDoubleFunction decay) {
        double f = factor(a, b, decay);
        if (f >= 1 || Math.min(aMembers, bMembers) < SILENCE_MEMBERS) {
            return f;
        }
        double aShare = Math.min(1, named(a) / (double) aMembers);
        double bShare = Math.min(1, named(b) / (double) bMembers);
        return 1 - aShare * bShare * (1 - f);
    }

    /** How many members of a group with packed {@code counts} name a weekday (each names at most one). */
    static int named(long counts) {
        int n = 0;
        for (int d = 0; d < WEEKDAYS.size(); d++) {
            n += count(counts, d);
        }
        return n;
    }

    /** The day's mask, or 0 when neither the lead nor the date tells it. */
    static int of(Article article, LocalDate date) {
        // The first weekday among the lead's first LEAD_WORDS tokens, read as characters (no string a token).
        int[] day = {-1};
        int[] read = {0};
        WordTokenizer.forEachTokenChars(lead(article.text()), (chars, length) -> {
            if (day[0] < 0 && read[0]++ < LEAD_WORDS) {
                day[0] = weekday(chars, length);
            }
        });
        if (day[0] >= 0) {
            return 1 << day[0];
        }
        return date == null ? 0 : 1 << (date.getDayOfWeek().getValue() - 1);
    }

    /** The index in {@link #WEEKDAYS} of the token {@code chars[0, length)}, or -1. */
    private static int weekday(char[] chars, int length) {
        for (int d = 0; d < WEEKDAYS.size(); d++) {
            String name = WEEKDAYS.get(d);
            int k = 0;
            while (k < length && name.length() == length && name.charAt(k) == chars[k]) {
                k++;
            }
            if (k == length && name.length() == length) {
                return d;
            }
        }
        return -1;
    }

    /**
     * The fewest days between a day of {@code a} and a day of {@code b}, going either way round
     * the week (0 to 3), or -1 when either mask is empty.
     */
    static int gap(int a, int b) {
        if (a == 0 || b == 0) {
            return -1;
        }
        int best = 3;
        for (int i = 0; i < 7; i++) {
            if ((a & (1 << i)) == 0) {
                continue;
            }
            for (int j = 0; j < 7; j++) {
                if ((b & (1 << j)) != 0) {
                    int d = Math.abs(i - j);
                    best = Math.min(best, Math.min(d, 7 - d));
                }
            }
        }
        return best;
    }

    private static String lead(String text) {
        int end = 0;
        int words = 0;
        boolean inWord = false;
        while (end < text.length() && words <= LEAD_WORDS) {
            boolean letter = Character.isLetterOrDigit(text.charAt(end));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
            end++;
        }
        return text.substring(0, end);
    }
}
