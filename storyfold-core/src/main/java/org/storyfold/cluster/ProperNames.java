package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyfold.text.StopWords;
import org.storyfold.text.WordTokenizer;

/**
 * Finds the proper-name phrases of a text (people, places, organisations) from capitalisation
 * alone: runs of capitalised words, joined across small connectors ("Bank of England"), without
 * titles ("President"), calendar words or function words. A capitalised word that opens a sentence
 * counts only if the text also capitalises it elsewhere, mid-sentence.
 *
 * <p>Written by hand rather than with a tagger: OpenNLP ships no English name model on Maven
 * Central, and a part-of-speech tagger costs tens of microseconds a word, too much for millions of
 * articles; this costs one pass over the characters. Stateless and thread-safe.
 */
final class ProperNames {

    private ProperNames() {
    }

    /** A name as printed ({@code surface}) and as compared ({@code key}: its comparison tokens joined by spaces). */
    record Name(String key, String surface) {
    }

    /** The names in {@code text}, in order, repeats kept. */
    static List<Name> find(String text) {
        Words words = Words.of(text);
        Set<String> capitalisedMidSentence = new HashSet<>();
        for (int i = 0; i < words.size; i++) {
            if (words.capitalised(i) && !words.sentenceStart(i)) {
                capitalisedMidSentence.add(words.text(i));
            }
        }
        List<Name> names = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int pendingConnectors = 0;
        for (int i = 0; i < words.size; i++) {
            boolean capitalised = words.capitalised(i);
            // Only a capitalised word's text is needed to tell a name, only a connector's inside a run.
            String word = capitalised ? words.text(i) : null;
            String lower = capitalised ? lower(word) : null;
            boolean nameWord = capitalised && isNameWord(word, lower, words.sentenceStart(i), capitalisedMidSentence);
            boolean connector = !capitalised && !run.isEmpty() && isConnector(words, i);
            if (words.breakBefore(i) || (!nameWord && !(connector && pendingConnectors < 2))) {
                flush(run, pendingConnectors, names);
                pendingConnectors = 0;
            }
            if (nameWord) {
                if (run.isEmpty() && NameHeuristics.TITLES.contains(lower)) {
                    continue;
                }
                run.add(word);
                pendingConnectors = 0;
            } else if (connector && !run.isEmpty()) {
                run.add(words.text(i));
                pendingConnectors++;
            }
        }
        flush(run, pendingConnectors, names);
        return names;
    }

    private static boolean isNameWord(String word, String lower, boolean sentenceStart, Set<String> capitalisedMidSentence) {
        if (word.length() < 2 || NameHeuristics.CALENDAR.contains(lower) || NameHeuristics.NOT_NAMES.contains(lower)
                || StopWords.isStopWord(lower)) {
            return false;
        }
        return !sentenceStart || capitalisedMidSentence.contains(word);
    }

    /** Whether the (not capitalised) word is a connector; none is longer than {@link #CONNECTOR_CHARS}. */
    private static boolean isConnector(Words words, int i) {
        return words.end[i] - words.start[i] <= CONNECTOR_CHARS && NameHeuristics.CONNECTORS.contains(words.text(i));
    }

    private static final int CONNECTOR_CHARS = 5;

    private static void flush(List<String> run, int trailingConnectors, List<Name> names) {
        for (int i = 0; i < trailingConnectors; i++) {
            run.remove(run.size() - 1);
        }
        if (!run.isEmpty()) {
            String surface = String.join(" ", run);
            String key = String.join(" ", WordTokenizer.tokens(surface));
            if (!key.isEmpty()) {
                names.add(new Name(key, surface));
            }
        }
        run.clear();
    }

    /**
     * The words of a text, as spans of it with what their spelling says, in parallel arrays: a text of
     * thousands of words need not become thousands of strings when only its names are read.
     */
    private static final class Words {
        private static final byte CAPITALISED = 1;
        private static final byte SENTENCE_START = 2;
        private static final byte BREAK_BEFORE = 4;

        final String text;
        int[] start;
        int[] end;
        byte[] flags;
        int size;

        private Words(String text) {
            this.text = text;
            // About as many words as a text of English has (a word and a space take six characters on average).
            int capacity = text.length() / 5 + 16;
            start = new int[capacity];
            end = new int[capacity];
            flags = new byte[capacity];
        }

        String text(int i) {
            return text.substring(start[i], end[i]);
        }

        boolean capitalised(int i) {
            return (flags[i] & CAPITALISED) != 0;
        }

        boolean sentenceStart(int i) {
            return (flags[i] & SENTENCE_START) != 0;
        }

        boolean breakBefore(int i) {
            return (flags[i] & BREAK_BEFORE) != 0;
        }

        private void add(int from, int to, boolean capitalised, boolean sentenceStart, boolean breakBefore) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
                flags = Arrays.copyOf(flags, size * 2);
            }
            start[size] = from;
            end[size] = to;
            flags[size++] = (byte) ((capitalised ? CAPITALISED : 0) | (sentenceStart ? SENTENCE_START : 0)
                    | (breakBefore ? BREAK_BEFORE : 0));
        }

        /**
         * The words of the text: runs of letters and digits, with inner apostrophes and hyphens
         * ("al-Assad", "O'Brien"). A word opens a sentence after . ! ? or a line break; a break in
         * a name falls at any punctuation other than those inner marks.
         */
        static Words of(String text) {
            Words words = new Words(text);
            int n = text.length();
            boolean sentenceStart = true;
            boolean breakBefore = true;
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    int start = i;
                    while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                            || (isInnerMark(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                        i++;
                    }
                    words.add(start, i, isCapitalised(text, start, i), sentenceStart, breakBefore);
                    sentenceStart = false;
                    breakBefore = false;
                } else {
                    if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';') {
                        sentenceStart = true;
                    }
                    if (!Character.isWhitespace(c) || c == '\n') {
                        breakBefore = true;
                    }
                    i++;
                }
            }
            return words;
        }
    }

    private static boolean isInnerMark(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    /**
     * Starts with an upper-case letter, or with a connector and a hyphen before one ("al-Assad"),
     * and is not a whole word in capitals of more than four letters (shouting): the word
     * {@code text[from, to)}.
     */
    private static boolean isCapitalised(String text, int from, int to) {
        if (!Character.isUpperCase(text.charAt(from))) {
            int hyphen = from;
            while (hyphen < to && text.charAt(hyphen) != '-') {
                hyphen++;
            }
            return hyphen > from && hyphen + 1 < to && Character.isUpperCase(text.charAt(hyphen + 1))
                    && NameHeuristics.CONNECTORS.contains(text.substring(from, hyphen));
        }
        if (to - from <= 4) {
            return true;
        }
        for (int i = from + 1; i < to; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
