package org.storyfold.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names a story mentions by their capitals: runs of capitalised words, joined across
 * connectors ("National Institute for Health Research") and possessives ("People’s"), with words that
 * are capitalised only because they open a sentence, titles ("Colonel"), dates and nationality
 * adjectives left out; a capitalised prefix of a hyphenated modifier ("US" in "US-led") is a
 * mention that cannot speak. Knowledge of the whole story decides the doubtful cases: a word is a
 * name at the start of a sentence only if the story also capitalises it elsewhere and never
 * writes it in lower case. Stateless.
 */
final class MentionFinder {

    private record Span(int article, int sentence, int from, int to, boolean initial, boolean modifier) {
    }

    private MentionFinder() {
    }

    static List<Mention> find(StoryText story) {
        Set<String> lowerWords = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        List<Span> spans = new ArrayList<>();
        for (int a = 0; a < story.articleCount(); a++) {
            for (int s = 0; s < story.sentenceCount(a); s++) {
                List<Token> tokens = story.tokens(a, s);
                if (shouting(tokens)) {
                    continue;
                }
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (t.isWord() && !t.isCapitalised()) {
                        lowerWords.add(t.text());
                    } else if (t.isWord() && !initial(tokens, i)) {
                        capitalisedInside.add(t.text());
                    }
                }
                rawSpans(a, s, tokens, spans);
            }
        }
        Set<String> standalone = new HashSet<>();
        Map<String, Boolean> alwaysBeforeAWord = new HashMap<>();
        List<int[]> cleaned = new ArrayList<>();
        for (Span sp : spans) {
            List<Token> tokens = story.tokens(sp.article, sp.sentence);
            int[] range = trim(tokens, sp, lowerWords);
            cleaned.add(range);
            if (range != null && !hasPossessive(tokens, range[0], range[1])) {
                String surface = surface(tokens, range[0], range[1]);
                standalone.add(surface);
                boolean beforeWord = range[1] < tokens.size() && tokens.get(range[1]).isWord();
                alwaysBeforeAWord.merge(surface, beforeWord, Boolean::logicalAnd);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            Span sp = spans.get(k);
            int[] range = cleaned.get(k);
            if (range == null) {
                continue;
            }
            List<Token> tokens = story.tokens(sp.article, sp.sentence);
            for (int[] part : split(tokens, range, standalone)) {
                String surface = surface(tokens, part[0], part[1]);
                boolean single = part[1] - part[0] == 1;
                if (single && sp.initial && part[0] == sp.from && !capitalisedInside.contains(surface)) {
                    continue;
                }
                if (single && demonym(surface) && alwaysBeforeAWord.getOrDefault(surface, true)) {
                    continue;
                }
                if (surface.length() < 2) {
                    continue;
                }
                mentions.add(EntityVotes.mention(sp.article, sp.sentence, tokens, part[0], part[1], surface,
                        sp.modifier, part[2] == 1));
            }
        }
        return mentions;
    }

    private static void rawSpans(int a, int s, List<Token> tokens, List<Span> out) {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!nameToken(t)) {
                int dash = t.text().indexOf('-');
                if (t.isWord() && t.isCapitalised() && dash > 0 && modifierSuffix(t.text().substring(dash + 1))) {
                    out.add(new Span(a, s, i, i + 1, initial(tokens, i), true));
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size()) {
                Token u = tokens.get(j);
                if (nameToken(u)) {
                    j++;
                } else if (j + 1 < tokens.size() && nameToken(tokens.get(j + 1))
                        && (EntityWords.CONNECTORS.contains(u.text()) || possessive(u))) {
                    j += 2;
                } else {
                    break;
                }
            }
            out.add(new Span(a, s, i, j, initial(tokens, i), false));
            i = j;
        }
    }

    /** Drops leading function words, sentence-initial common words, titles and trailing connectors; null if nothing is left. */
    private static int[] trim(List<Token> tokens, Span sp, Set<String> lowerWords) {
        if (sp.modifier) {
            return new int[] {sp.from, sp.to, 0};
        }
        int from = sp.from;
        int to = sp.to;
        boolean titled = false;
        while (from < to) {
            Token t = tokens.get(from);
            String lower = t.lower();
            boolean acronym = acronym(t.text());
            if (!acronym && EntityWords.FUNCTION_WORDS.contains(lower) || EntityWords.CONNECTORS.contains(t.text())
                    || possessive(t) || !acronym && from == sp.from && sp.initial && lowerWords.contains(lower)) {
                from++;
            } else if (to - from > 1 && EntityWords.TITLES.contains(lower.replace(".", ""))) {
                titled = true;
                from++;
            } else {
                break;
            }
        }
        while (to > from && (EntityWords.CONNECTORS.contains(tokens.get(to - 1).text()) || possessive(tokens.get(to - 1)))) {
            to--;
        }
        return from < to ? new int[] {from, to, titled ? 1 : 0} : null;
    }

    /** Splits a name at a possessive whose owner is named alone elsewhere, and drops a leading nationality adjective. */
    private static List<int[]> split(List<Token> tokens, int[] range, Set<String> standalone) {
        List<int[]> parts = new ArrayList<>();
        int from = range[0];
        for (int k = range[0]; k < range[1]; k++) {
            if (possessive(tokens.get(k)) && standalone.contains(surface(tokens, from, k))) {
                parts.add(new int[] {from, k, range[2]});
                from = k + 1;
            }
        }
        parts.add(new int[] {from, range[1], range[2]});
        for (int[] p : parts) {
            if (p[1] - p[0] > 1 && demonym(tokens.get(p[0]).text()) && standalone.contains(surface(tokens, p[0] + 1, p[1]))) {
                p[0]++;
            }
        }
        return parts;
    }

    static String surface(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (sb.length() > 0 && !possessive(t)) {
                sb.append(' ');
            }
            String text = t.text();
            int dash = text.indexOf('-');
            sb.append(k == from && to - from == 1 && dash > 0 && modifierSuffix(text.substring(dash + 1))
                    ? text.substring(0, dash) : text);
        }
        return sb.toString();
    }

    private static boolean nameToken(Token t) {
        if (!t.isWord() || !t.isCapitalised() || t.isNumber()) {
            return false;
        }
        String lower = t.lower();
        if (EntityWords.CALENDAR.contains(lower)) {
            return false;
        }
        int dash = t.text().indexOf('-');
        return dash < 0 || !modifierSuffix(t.text().substring(dash + 1));
    }

    private static boolean modifierSuffix(String suffix) {
        return !suffix.isEmpty() && Character.isLowerCase(suffix.charAt(0));
    }

    static boolean initial(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String prev = tokens.get(i - 1).text();
        return tokens.get(i - 1).isQuoteMark() || prev.equals(":") || prev.equals("(") || prev.equals("[")
                || prev.equals("—") || prev.equals("–") || prev.equals("‘") || prev.equals("'");
    }

    private static boolean hasPossessive(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (possessive(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean possessive(Token t) {
        return t.text().length() == 2 && Token.isApostrophe(t.text().charAt(0));
    }

    static boolean acronym(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean demonym(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.length() > 4 && !acronym(word) && EntityWords.DEMONYM_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /** A sentence in capitals throughout (a shouted headline) tells nothing by its capitals. */
    private static boolean shouting(List<Token> tokens) {
        int words = 0;
        int caps = 0;
        for (Token t : tokens) {
            if (t.isWord() && !t.isNumber()) {
                words++;
                if (acronym(t.text())) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps * 2 > words;
    }
}
