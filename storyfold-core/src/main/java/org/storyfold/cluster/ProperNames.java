package org.storyfold.cluster;

import java.util.ArrayList;
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

    /** One word of the text and what its spelling says. */
    private record Word(String text, boolean capitalised, boolean sentenceStart, boolean breakBefore) {
    }

    /** The names in {@code text}, in order, repeats kept. */
    static List<Name> find(String text) {
        List<Word> words = words(text);
        Set<String> capitalisedMidSentence = new HashSet<>();
        for (Word w : words) {
            if (w.capitalised && !w.sentenceStart) {
                capitalisedMidSentence.add(w.text);
            }
        }
        List<Name> names = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int pendingConnectors = 0;
        for (Word w : words) {
            boolean nameWord = w.capitalised && isNameWord(w, capitalisedMidSentence);
            if (w.breakBefore || (!nameWord && !(isConnector(w) && !run.isEmpty() && pendingConnectors < 2))) {
                flush(run, pendingConnectors, names);
                pendingConnectors = 0;
            }
            if (nameWord) {
                if (run.isEmpty() && NameHeuristics.TITLES.contains(lower(w.text))) {
                    continue;
                }
                run.add(w.text);
                pendingConnectors = 0;
            } else if (isConnector(w) && !run.isEmpty()) {
                run.add(w.text);
                pendingConnectors++;
            }
        }
        flush(run, pendingConnectors, names);
        return names;
    }

    private static boolean isNameWord(Word w, Set<String> capitalisedMidSentence) {
        String lower = lower(w.text);
        if (w.text.length() < 2 || NameHeuristics.CALENDAR.contains(lower) || NameHeuristics.NOT_NAMES.contains(lower)
                || StopWords.isStopWord(lower)) {
            return false;
        }
        return !w.sentenceStart || capitalisedMidSentence.contains(w.text);
    }

    private static boolean isConnector(Word w) {
        return !w.capitalised && NameHeuristics.CONNECTORS.contains(w.text);
    }

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
     * The words of the text: runs of letters and digits, with inner apostrophes and hyphens
     * ("al-Assad", "O'Brien"). A word opens a sentence after . ! ? or a line break; a break in
     * a name falls at any punctuation other than those inner marks.
     */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
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
                String w = text.substring(start, i);
                words.add(new Word(w, isCapitalised(w), sentenceStart, breakBefore));
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

    private static boolean isInnerMark(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    /**
     * Starts with an upper-case letter, or with a connector and a hyphen before one ("al-Assad"),
     * and is not a whole word in capitals of more than four letters (shouting).
     */
    private static boolean isCapitalised(String w) {
        if (!Character.isUpperCase(w.charAt(0))) {
            int hyphen = w.indexOf('-');
            return hyphen > 0 && hyphen + 1 < w.length() && Character.isUpperCase(w.charAt(hyphen + 1))
                    && NameHeuristics.CONNECTORS.contains(w.substring(0, hyphen));
        }
        if (w.length() <= 4) {
            return true;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
