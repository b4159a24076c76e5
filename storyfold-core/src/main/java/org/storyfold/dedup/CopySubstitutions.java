package org.storyfold.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyfold.text.WordAlignment;

/**
 * Learns the word substitutions a copy makes from its aligned sentence pairs: each pair's words
 * are aligned ({@link WordAlignment}, case and accents ignored), and each run of at most
 * {@link #MAX_WORDS} words of the original replaced by at most as many words of the copy is a
 * substitution; one seen in two or more pairs is systematic (a house style: "IS" → "Daesh",
 * "Raqa" → "Raqqa", "per cent" → "%"). Not thread-safe; one instance per copy.
 */
final class CopySubstitutions {

    static final int MAX_WORDS = 3;
    private static final int MAX_SENTENCE_WORDS = 200;
    private static final int SYSTEMATIC = 2;

    private record Seen(String from, String to, int[] count) {
    }

    private final Map<String, Seen> seen = new LinkedHashMap<>();

    /** Adds the substitutions of one aligned pair, each counted once per pair. */
    void add(String originalSentence, String copySentence) {
        List<String> a = words(originalSentence);
        List<String> b = words(copySentence);
        if (a.size() > MAX_SENTENCE_WORDS || b.size() > MAX_SENTENCE_WORDS) {
            return;
        }
        List<String> ka = a.stream().map(CopySubstitutions::key).toList();
        List<String> kb = b.stream().map(CopySubstitutions::key).toList();
        java.util.Set<String> inThisPair = new java.util.HashSet<>();
        for (WordAlignment.Hunk h : WordAlignment.hunks(ka, kb)) {
            if (h.leftWords() >= 1 && h.rightWords() >= 1 && h.leftWords() <= MAX_WORDS && h.rightWords() <= MAX_WORDS) {
                String from = String.join(" ", a.subList(h.leftStart(), h.leftEnd()));
                String to = String.join(" ", b.subList(h.rightStart(), h.rightEnd()));
                String key = key(from) + "\u0000" + key(to);
                if (inThisPair.add(key)) {
                    seen.computeIfAbsent(key, k -> new Seen(from, to, new int[1])).count()[0]++;
                }
            }
        }
    }

    /** The substitutions seen in two or more pairs, most frequent first. */
    List<CopyEdits.Substitution> systematic() {
        List<CopyEdits.Substitution> out = new ArrayList<>();
        for (Seen s : seen.values()) {
            if (s.count()[0] >= SYSTEMATIC) {
                out.add(new CopyEdits.Substitution(s.from(), s.to(), s.count()[0]));
            }
        }
        out.sort(Comparator.comparingInt(CopyEdits.Substitution::count).reversed());
        return out;
    }

    /** The words of a sentence as printed: letters and digits with inner apostrophes and digit separators, and "%". */
    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sentence.charAt(i))
                        || i + 1 < n && "'\u2019.,".indexOf(sentence.charAt(i)) >= 0 && i > start
                        && Character.isLetterOrDigit(sentence.charAt(i + 1))
                        && (sentence.charAt(i) == '\'' || sentence.charAt(i) == '\u2019'
                        || Character.isDigit(sentence.charAt(i - 1)) && Character.isDigit(sentence.charAt(i + 1))))) {
                    i++;
                }
                out.add(sentence.substring(start, i));
            } else {
                if (c == '%') {
                    out.add("%");
                }
                i++;
            }
        }
        return out;
    }

    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = lower.chars().allMatch(ch -> ch < 0x80);
        return ascii ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
