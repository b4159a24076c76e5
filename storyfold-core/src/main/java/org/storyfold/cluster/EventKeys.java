package org.storyfold.cluster;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyfold.extract.Article;
import org.storyfold.text.DateWords;
import org.storyfold.text.StopWords;
import org.storyfold.text.TextHash;
import org.storyfold.text.WordTokenizer;

/**
 * What tells one event from another of its kind, for a group of articles (one article, a family of
 * copies, a story): the figures its leads give ("23 pirates", "magnitude 5.6"), the names its texts
 * repeat (the participants and places each report is about), the names its texts mention at all,
 * the names its headlines and leads give (whom a report is about: {@link #subjectConflict}), and the
 * days of the month its leads name ("Sept. 9"). Two earthquakes share every word but the
 * place, the magnitude and the day; two reports of one event give the same figures and name the
 * same participants; a report weeks later of the same happening (the trial after a shooting) names
 * the day it took place ({@link #restates}).
 *
 * <p>Each part is a short list of hashed tokens, each with a count (how many members have it; for
 * repeated names, each member's share of its own), kept to a bound (the most counted), so that a
 * story of thousands of articles costs no more than one of dozens. {@link #conflict} weighs how far
 * two groups disagree. Mutable (groups grow); not thread-safe; built from an article alone, so many
 * can be built in parallel.
 */
final class EventKeys {

    /** Characters of the text that count as its lead, where its figures are read. */
    static final int LEAD_CHARS = 300;
    /** Tokens of mentioned names kept per group, the most mentioned. */
    static final int NAME_TOKENS = 64;
    /** Tokens of repeated names kept per group. */
    static final int KEY_TOKENS = 16;
    /** Figures kept per group. */
    static final int FIGURES = 16;
    /** What a member's repeated names add up to, shared among them by how often each is repeated. */
    static final int KEY_SHARE = 1000;
    /** Share of a group's members that must give a figure for it to count as the group's. */
    static final double COVER = 0.25;
    /** Words after a number searched for its unit ("23 Somali pirates" is read as "23 somali"). */
    static final int UNIT_REACH = 2;
    /** Characters of the text whose named days count ({@link #namedDays}): the lead, where a report says what it is about. */
    static final int DAY_CHARS = 600;
    /** Days before a group's first date, and after its last, that a named day may fall on to be that group's happening's. */
    static final int DAYS_BEFORE = 3;
    static final int DAYS_AFTER = 1;
    /** Tokens of the names of headlines and leads kept per group, the most given. */
    static final int LEAD_NAME_TOKENS = 32;
    /** Members each group needs before what most of them lead with counts as its subject ({@link #subjectConflict}). */
    static final int SUBJECT_MEMBERS = 5;
    /** Share of a group's members whose headline or lead must give a name for it to be the group's subject. */
    static final double SUBJECT_HOLD = 0.7;
    /** Share of the other group's members whose headline or lead may give that name too, at most. */
    static final double SUBJECT_ABSENT = 0.2;
    /** Month names and abbreviations as the tokenizer gives them ("sept" from "Sept."), each with its month. */
    private static final Map<String, Integer> MONTHS = DateWords.MONTHS;

    private int members;
    /** Tokens of the names the members' texts mention, each with how many members do. */
    private Counts names;
    /** Tokens of the names each member repeats, each with its share of the member's ({@link #KEY_SHARE}), added up. */
    private Counts keys;
    /** The leads' figures, each a hash of its word and value ({@link #figure}), with how many members give it. */
    private Counts figures;
    /** The days the leads name, as epoch days ({@link #namedDays}), with how many members name each. */
    private Counts days;
    /** Tokens of the names the members' headlines and leads give ({@link #leadNames}), with how many members give each. */
    private Counts leads;

    private EventKeys(int members, Counts names, Counts keys, Counts figures, Counts days, Counts leads) {
        this.members = members;
        this.names = names;
        this.keys = keys;
        this.figures = figures;
        this.days = days;
        this.leads = leads;
    }

    /** An empty group, to add members to. */
    static EventKeys none() {
        return new EventKeys(0, Counts.EMPTY, Counts.EMPTY, Counts.EMPTY, Counts.EMPTY, Counts.EMPTY);
    }

    /**
     * The keys of one article: its lead's figures and named days always (the days resolved against
     * {@code published}, the article's date or null), its names only if {@code names} (they cost a
     * pass over the text, spared when names are not weighed), the names of its headline and lead only
     * if {@code subjects}.
     */
    static EventKeys of(Article article, LocalDate published, boolean names, boolean subjects) {
        String text = article.text();
        Counts figures = Counts.once(figures(text.substring(0, Math.min(text.length(), LEAD_CHARS))), FIGURES);
        Counts days = Counts.once(namedDays(text.substring(0, Math.min(text.length(), DAY_CHARS)), published), FIGURES);
        Counts leads = subjects ? Counts.once(leadNames(article.title(), text), LEAD_NAME_TOKENS) : Counts.EMPTY;
        if (!names) {
            return new EventKeys(1, Counts.EMPTY, Counts.EMPTY, figures, days, leads);
        }
        List<Integer> tokens = nameTokens(text);
        return new EventKeys(1, Counts.once(tokens, NAME_TOKENS), Counts.repeated(tokens, KEY_TOKENS).shares(KEY_SHARE),
                figures, days, leads);
    }

    /** The hashed tokens (of two letters or more) of the proper names in {@code text}, in order, repeats kept. */
    private static List<Integer> nameTokens(String text) {
        List<Integer> tokens = new ArrayList<>();
        for (ProperNames.Name n : ProperNames.find(text)) {
            for (String token : n.key().split(" ")) {
                if (token.length() > 1) {
                    tokens.add(token.hashCode());
                }
            }
        }
        return tokens;
    }

    /**
     * The name tokens of an article's headline ({@code title}, if the text does not open with it) and
     * the first {@link #LEAD_CHARS} characters of its text: whom and what the report is about. Only
     * the lead is read, so this costs a fraction of a pass over the whole text.
     */
    static List<Integer> leadNames(String title, String text) {
        String lead = text.substring(0, Math.min(text.length(), LEAD_CHARS));
        if (title != null && !title.isBlank() && !lead.startsWith(title)) {
            lead = title + "\n" + lead;
        }
        return nameTokens(lead);
    }

    /**
     * The days a lead names, as epoch days: a month with a day ("September 9", "Sept. 9th, 2010", "9
     * September", "the 9th of September"), in the year written beside it, else in the year that puts it
     * on or before the day after {@code published} ("Sept. 9" written in December is this year's, in
     * January last year's); none without a year when {@code published} is null.
     */
    static List<Integer> namedDays(String lead, LocalDate published) {
        List<Integer> out = new ArrayList<>();
        if (!mayNameDay(lead)) {
            return out;
        }
        List<String> tokens = WordTokenizer.tokens(lead);
        for (int i = 0; i < tokens.size(); i++) {
            Integer month = MONTHS.get(tokens.get(i));
            if (month == null) {
                continue;
            }
            int day = dayOfMonth(tokens, i + 1);
            int yearAt = i + 2;
            if (day == 0) {
                boolean of = i >= 2 && tokens.get(i - 1).equals("of");
                day = dayOfMonth(tokens, of ? i - 2 : i - 1);
                yearAt = i + 1;
            }
            int year = yearAt < tokens.size() ? year(tokens.get(yearAt)) : 0;
            if (day == 0 || (year == 0 && published == null)) {
                continue;
            }
            try {
                LocalDate d = LocalDate.of(year > 0 ? year : published.getYear(), month, day);
                if (year == 0 && d.isAfter(published.plusDays(1))) {
                    d = d.minusYears(1);
                }
                out.add((int) d.toEpochDay());
            } catch (DateTimeException e) {
                // "February 30": not a day
            }
        }
        return out;
    }

    /** Characters either side of a number of one or two digits searched for a month by {@link #mayNameDay}. */
    private static final int MONTH_REACH = 16;

    /**
     * Whether a number of one or two digits has the first three letters of a month within {@link
     * #MONTH_REACH} characters: most leads name no day, and this spares them the tokenizer (on Multi-News's
     * leads, reading named days took 13 to 17 us of CPU an article without it, 3 us with it).
     */
    private static boolean mayNameDay(String lead) {
        int n = lead.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(lead.charAt(i)) || (i > 0 && Character.isDigit(lead.charAt(i - 1)))) {
                continue;
            }
            int end = i;
            while (end < n && Character.isDigit(lead.charAt(end))) {
                end++;
            }
            if (end - i > 2) {
                continue;
            }
            String around = lead.substring(Math.max(0, i - MONTH_REACH), Math.min(n, end + MONTH_REACH))
                    .toLowerCase(Locale.ROOT);
            for (String month : MONTH_STEMS) {
                if (around.contains(month)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final List<String> MONTH_STEMS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    /** The day of a month token {@code i} gives ("9", "9th"), or 0. */
    private static int dayOfMonth(List<String> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return 0;
        }
        String t = tokens.get(i);
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        String rest = t.substring(digits);
        if (digits == 0 || digits > 2 || !(rest.isEmpty() || List.of("st", "nd", "rd", "th").contains(rest))) {
            return 0;
        }
        int d = Integer.parseInt(t.substring(0, digits));
        return d <= 31 ? d : 0;
    }

    /** The year a token gives (1900 to 2099), or 0. */
    private static int year(String t) {
        return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && t.chars().allMatch(Character::isDigit)
                ? Integer.parseInt(t) : 0;
    }

    /**
     * The figures of a lead: a number (not a year) with the word after it ("23 pirates") and the word
     * before it ("magnitude 5.6", "killing 10"); each hashed from word and value, with the word's own
     * hash in its high bits so that the figures of one word can be found together. A day of a month
     * ("December 2") is not a figure: one event's reports name several days (the heart attack on
     * December 2, the death on December 11), and time is weighed apart ({@link ArticlePlacer#timeFactor}).
     */
    static List<Integer> figures(String lead) {
        List<String> tokens = WordTokenizer.tokens(lead);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!isFigure(t) || isDay(tokens, i - 1) || isDay(tokens, i + 1)) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(tokens.size() - 1, i + UNIT_REACH); j++) {
                if (isWord(tokens.get(j))) {
                    out.add(figure(tokens.get(j), t));
                    break;
                }
            }
            if (i > 0 && isWord(tokens.get(i - 1))) {
                out.add(figure(tokens.get(i - 1), t));
            }
        }
        return out;
    }

    /**
     * A figure's hash: the word's in the high bits, the value's in the low. Both from FNV-1a, whose
     * high bits are spread for short words too (a {@code String.hashCode} of three letters is below
     * 2^17, so "age", "pst" and "gmt" would share their high bits and "age 85" conflict with
     * "PST 6").
     */
    private static int figure(String word, String value) {
        return ((int) (TextHash.fnv1a(word) >>> 32) & WORD) | ((int) TextHash.fnv1a(value) & ~WORD);
    }

    /** The bits of a figure's hash that come from its word. */
    private static final int WORD = 0xFFFF0000;

    private static boolean isWord(String w) {
        return w.length() > 2 && Character.isLetter(w.charAt(0)) && !StopWords.isStopWord(w);
    }

    /** Whether token {@code i} is a month or weekday: the number beside it is a day, not a figure. */
    private static boolean isDay(List<String> tokens, int i) {
        return i >= 0 && i < tokens.size() && NameHeuristics.CALENDAR.contains(tokens.get(i));
    }

    /** A number that is not a year: digits, perhaps with a decimal point. */
    private static boolean isFigure(String t) {
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return !(t.length() == 4 && (t.startsWith("19") || t.startsWith("20")));
    }

    /** Adds another group's members (a member's keys, or a whole group's). */
    void add(EventKeys other) {
        members += other.members;
        names = names.plus(other.names, NAME_TOKENS);
        keys = keys.plus(other.keys, KEY_TOKENS);
        figures = figures.plus(other.figures, FIGURES);
        days = days.plus(other.days, FIGURES);
        leads = leads.plus(other.leads, LEAD_NAME_TOKENS);
    }

    EventKeys copy() {
        return new EventKeys(members, names, keys, figures, days, leads);
    }

    /**
     * Whether a later group restates an earlier one's happening, or the earlier the later's: both give
     * a figure (word and value, each in a {@link #COVER} of its members), or a {@link #COVER} of one's
     * members name a day that falls on the other's dates ({@code first} to {@code last}, epoch days,
     * widened by {@link #DAYS_BEFORE} and {@link #DAYS_AFTER}) or that a {@link #COVER} of the other's
     * name too, within a day. The trial after a shooting names the day of the shooting; the surrender
     * after the talks does not name the talks' day.
     */
    boolean restates(EventKeys other, long aFirst, long aLast, long bFirst, long bLast) {
        if (members == 0 || other.members == 0) {
            return false;
        }
        for (int i = 0; i < figures.size; i++) {
            if (figures.counts[i] >= COVER * members && other.figures.count(figures.keys[i]) >= COVER * other.members) {
                return true;
            }
        }
        return namesDayOf(other, bFirst, bLast) || other.namesDayOf(this, aFirst, aLast);
    }

    /** Whether a {@link #COVER} of the members name a day on {@code [first, last]} (widened) or one the other's name. */
    private boolean namesDayOf(EventKeys other, long first, long last) {
        for (int i = 0; i < days.size; i++) {
            if (days.counts[i] < COVER * members) {
                continue;
            }
            long d = days.keys[i];
            if (d >= first - DAYS_BEFORE && d <= last + DAYS_AFTER) {
                return true;
            }
            for (int j = 0; j < other.days.size; j++) {
                if (other.days.counts[j] >= COVER * other.members && Math.abs(d - other.days.keys[j]) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How far two groups disagree on what tells events of one kind apart: {@code figureWeight} times
     * the share of the figure words both groups' leads give (each in a {@link #COVER} of its members)
     * on which they share no value, plus {@code nameWeight} times how much of what each group's
     * members repeat the other's members do not mention ({@link #unmentioned}), the smaller of the
     * two ways (a follow-up may add a name; two events each have a participant the other lacks), plus
     * {@code subjectWeight} if each group has a subject the other's leads lack ({@link #subjectConflict}).
     */
    double conflict(EventKeys other, double figureWeight, double nameWeight, double subjectWeight) {
        if (members == 0 || other.members == 0) {
            return 0;
        }
        double c = figureWeight > 0 ? figureWeight * figureConflict(other) : 0;
        if (nameWeight > 0) {
            c += nameWeight * Math.min(unmentioned(keys, other.names, other.members),
                    unmentioned(other.keys, names, members));
        }
        if (subjectWeight > 0 && subjectConflict(other)) {
            c += subjectWeight;
        }
        return c;
    }

    /**
     * Whether each group, of at least {@link #SUBJECT_MEMBERS} members, leads with a name that a
     * {@link #SUBJECT_HOLD} of its members' headlines or leads give and at most a {@link
     * #SUBJECT_ABSENT} of the other's do: two events of one kind about different participants (Reggie
     * Bush put on injured reserve, and two years later Pierre Thomas), although each side's reports
     * mention the other's participant further down. Both ways, so that a follow-up that leads with a
     * new name is not parted; among several reports, so that one event's reports leading with
     * different names (of its two victims, its town and its county) are not parted while its groups are
     * small.
     */
    boolean subjectConflict(EventKeys other) {
        return members >= SUBJECT_MEMBERS && other.members >= SUBJECT_MEMBERS && hasSubjectLacking(other)
                && other.hasSubjectLacking(this);
    }

    /** Whether a {@link #SUBJECT_HOLD} of the members lead with a name at most a {@link #SUBJECT_ABSENT} of the other's do. */
    private boolean hasSubjectLacking(EventKeys other) {
        for (int i = 0; i < leads.size; i++) {
            if (leads.counts[i] >= SUBJECT_HOLD * members
                    && other.leads.count(leads.keys[i]) <= SUBJECT_ABSENT * other.members) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mean, over pairs of a member of one group and a member of the other, of the share of the
     * first's repeated names (by weight) that the second does not mention: {@code keys} are the first
     * group's, {@code names} and {@code members} the second's.
     */
    private static double unmentioned(Counts keys, Counts names, int members) {
        double total = 0;
        double missing = 0;
        for (int i = 0; i < keys.size; i++) {
            total += keys.counts[i];
            missing += keys.counts[i] * (1 - Math.min(1, names.count(keys.keys[i]) / (double) members));
        }
        return total == 0 ? 0 : missing / total;
    }

    /** The share of the figure words both groups give (in a {@link #COVER} of their members) on which no value is shared. */
    private double figureConflict(EventKeys other) {
        int shared = 0;
        int differ = 0;
        int lastWord = 0;
        boolean first = true;
        // Figures are in hash order, so those of one word are next to each other.
        for (int i = 0; i < figures.size; i++) {
            int word = figures.keys[i] & WORD;
            if (figures.counts[i] < COVER * members || (!first && word == lastWord)) {
                continue;
            }
            first = false;
            lastWord = word;
            boolean otherHasWord = false;
            boolean sameValue = false;
            for (int j = 0; j < other.figures.size; j++) {
                if ((other.figures.keys[j] & WORD) == word && other.figures.counts[j] >= COVER * other.members) {
                    otherHasWord = true;
                    sameValue |= figures.count(other.figures.keys[j]) >= COVER * members;
                }
            }
            if (otherHasWord) {
                shared++;
                differ += sameValue ? 0 : 1;
            }
        }
        return shared == 0 ? 0 : (double) differ / shared;
    }

    /** Writes the keys, for a saved stream. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(members);
        for (Counts c : new Counts[]{names, keys, figures, days, leads}) {
            out.writeInt(c.size);
            for (int i = 0; i < c.size; i++) {
                out.writeInt(c.keys[i]);
                out.writeInt(c.counts[i]);
            }
        }
    }

    /**
     * Keys written by {@link #write}: {@code parts} 3 for those saved before named days were kept, 4
     * before the names of headlines and leads were, 5 since.
     */
    static EventKeys read(DataInputStream in, int parts) throws IOException {
        int members = in.readInt();
        Counts[] read = new Counts[5];
        Arrays.fill(read, Counts.EMPTY);
        for (int p = 0; p < parts; p++) {
            int size = in.readInt();
            int[] keys = new int[size];
            int[] counts = new int[size];
            for (int i = 0; i < size; i++) {
                keys[i] = in.readInt();
                counts[i] = in.readInt();
            }
            read[p] = new Counts(keys, counts, size);
        }
        return new EventKeys(members, read[0], read[1], read[2], read[3], read[4]);
    }

    /** Hashed keys in ascending order, each with a count. Immutable. */
    private static final class Counts {

        static final Counts EMPTY = new Counts(new int[0], new int[0], 0);

        final int[] keys;
        final int[] counts;
        final int size;

        Counts(int[] keys, int[] counts, int size) {
            this.keys = keys;
            this.counts = counts;
            this.size = size;
        }

        /** Each distinct key once, counted once; at most {@code max} keys, the most frequent in {@code keys} kept. */
        static Counts once(List<Integer> keys, int max) {
            Counts top = frequencies(keys, 1, max);
            int[] ones = new int[top.size];
            Arrays.fill(ones, 1);
            return new Counts(top.keys, ones, top.size);
        }

        /** The keys that occur at least twice, each counted as often as it occurs, at most three times; the {@code max} most frequent. */
        static Counts repeated(List<Integer> keys, int max) {
            Counts top = frequencies(keys, 2, max);
            int[] capped = new int[top.size];
            for (int i = 0; i < top.size; i++) {
                capped[i] = Math.min(3, top.counts[i]);
            }
            return new Counts(top.keys, capped, top.size);
        }

        /** The keys that occur at least {@code least} times, with how often; the {@code max} most frequent. */
        private static Counts frequencies(List<Integer> keys, int least, int max) {
            int[] sorted = keys.stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] distinct = new int[sorted.length];
            int[] frequency = new int[sorted.length];
            int n = 0;
            for (int k : sorted) {
                if (n > 0 && distinct[n - 1] == k) {
                    frequency[n - 1]++;
                } else {
                    distinct[n] = k;
                    frequency[n++] = 1;
                }
            }
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (frequency[i] >= least) {
                    distinct[m] = distinct[i];
                    frequency[m++] = frequency[i];
                }
            }
            return top(distinct, frequency, m, max);
        }

        /** The counts scaled to add up to about {@code total}, each at least 1. */
        Counts shares(int total) {
            long sum = 0;
            for (int i = 0; i < size; i++) {
                sum += counts[i];
            }
            int[] c = new int[size];
            for (int i = 0; i < size; i++) {
                c[i] = (int) Math.max(1, Math.round(counts[i] * (double) total / sum));
            }
            return new Counts(keys, c, size);
        }

        int count(int key) {
            int i = Arrays.binarySearch(keys, 0, size, key);
            return i >= 0 ? counts[i] : 0;
        }

        Counts plus(Counts other, int max) {
            if (other.size == 0) {
                return this;
            }
            int[] k = new int[size + other.size];
            int[] c = new int[size + other.size];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < size || j < other.size) {
                if (j >= other.size || (i < size && keys[i] < other.keys[j])) {
                    k[n] = keys[i];
                    c[n++] = counts[i++];
                } else if (i >= size || other.keys[j] < keys[i]) {
                    k[n] = other.keys[j];
                    c[n++] = other.counts[j++];
                } else {
                    k[n] = keys[i];
                    c[n++] = counts[i++] + other.counts[j++];
                }
            }
            return top(k, c, n, max);
        }

        /** The {@code max} most counted keys (ties: the smaller key), in key order. */
        private static Counts top(int[] keys, int[] counts, int n, int max) {
            if (n <= max) {
                return new Counts(Arrays.copyOf(keys, n), Arrays.copyOf(counts, n), n);
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> counts[x] != counts[y] ? Integer.compare(counts[y], counts[x])
                    : Integer.compare(keys[x], keys[y]));
            int[] kept = new int[max];
            for (int i = 0; i < max; i++) {
                kept[i] = order[i];
            }
            Arrays.sort(kept);
            int[] k = new int[max];
            int[] c = new int[max];
            for (int i = 0; i < max; i++) {
                k[i] = keys[kept[i]];
                c[i] = counts[kept[i]];
            }
            return new Counts(k, c, max);
        }
    }
}
