package org.storyfold.cluster;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storyfold.extract.Article;
import org.storyfold.text.StopWords;
import org.storyfold.text.TextHash;
import org.storyfold.text.WordTokenizer;

/**
 * What tells one event from another of its kind, for a group of articles (one article, a family of
 * copies, a story): the figures its leads give ("23 pirates", "magnitude 5.6"), the names its texts
 * repeat (the participants and places each report is about), and the names its texts mention at
 * all. Two earthquakes share every word but the place, the magnitude and the day; two reports of one
 * event give the same figures and name the same participants.
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

    private int members;
    /** Tokens of the names the members' texts mention, each with how many members do. */
    private Counts names;
    /** Tokens of the names each member repeats, each with its share of the member's ({@link #KEY_SHARE}), added up. */
    private Counts keys;
    /** The leads' figures, each a hash of its word and value ({@link #figure}), with how many members give it. */
    private Counts figures;

    private EventKeys(int members, Counts names, Counts keys, Counts figures) {
        this.members = members;
        this.names = names;
        this.keys = keys;
        this.figures = figures;
    }

    /** An empty group, to add members to. */
    static EventKeys none() {
        return new EventKeys(0, Counts.EMPTY, Counts.EMPTY, Counts.EMPTY);
    }

    /**
     * The keys of one article: its lead's figures always, its names only if {@code names} (they
     * cost a pass over the text, spared when names are not weighed).
     */
    static EventKeys of(Article article, boolean names) {
        String text = article.text();
        Counts figures = Counts.once(figures(text.substring(0, Math.min(text.length(), LEAD_CHARS))), FIGURES);
        if (!names) {
            return new EventKeys(1, Counts.EMPTY, Counts.EMPTY, figures);
        }
        List<Integer> tokens = new ArrayList<>();
        for (ProperNames.Name n : ProperNames.find(text)) {
            for (String token : n.key().split(" ")) {
                if (token.length() > 1) {
                    tokens.add(token.hashCode());
                }
            }
        }
        return new EventKeys(1, Counts.once(tokens, NAME_TOKENS), Counts.repeated(tokens, KEY_TOKENS).shares(KEY_SHARE),
                figures);
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
    }

    EventKeys copy() {
        return new EventKeys(members, names, keys, figures);
    }

    /**
     * How far two groups disagree on what tells events of one kind apart: {@code figureWeight} times
     * the share of the figure words both groups' leads give (each in a {@link #COVER} of its members)
     * on which they share no value, plus {@code nameWeight} times how much of what each group's
     * members repeat the other's members do not mention ({@link #unmentioned}), the smaller of the
     * two ways (a follow-up may add a name; two events each have a participant the other lacks).
     */
    double conflict(EventKeys other, double figureWeight, double nameWeight) {
        if (members == 0 || other.members == 0) {
            return 0;
        }
        double c = figureWeight > 0 ? figureWeight * figureConflict(other) : 0;
        if (nameWeight > 0) {
            c += nameWeight * Math.min(unmentioned(keys, other.names, other.members),
                    unmentioned(other.keys, names, members));
        }
        return c;
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
        for (Counts c : new Counts[]{names, keys, figures}) {
            out.writeInt(c.size);
            for (int i = 0; i < c.size; i++) {
                out.writeInt(c.keys[i]);
                out.writeInt(c.counts[i]);
            }
        }
    }

    /** Keys written by {@link #write}. */
    static EventKeys read(DataInputStream in) throws IOException {
        int members = in.readInt();
        Counts[] parts = new Counts[3];
        for (int p = 0; p < parts.length; p++) {
            int size = in.readInt();
            int[] keys = new int[size];
            int[] counts = new int[size];
            for (int i = 0; i < size; i++) {
                keys[i] = in.readInt();
                counts[i] = in.readInt();
            }
            parts[p] = new Counts(keys, counts, size);
        }
        return new EventKeys(members, parts[0], parts[1], parts[2]);
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
