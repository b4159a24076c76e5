package org.storyfold.synth;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares the spellings of names: a folded form that ignores case, accents, spaces, hyphens and
 * doubled letters ("Gadafi" and "Gaddafi", "Al-Qaida" and "Al Qaida" fold alike), a consonant
 * skeleton for transliterated vowels ("Medvedev" and "Medvedyev"), and the Jaro-Winkler similarity
 * for the rest ("Abdel Aziz" and "Abdulaziz"). Stateless.
 */
final class NameSpelling {

    private NameSpelling() {
    }

    static String fold(String name) {
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) && (sb.length() == 0 || sb.charAt(sb.length() - 1) != c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The first letter and the consonants that follow, folded. */
    static String skeleton(String name) {
        String f = fold(name);
        if (f.isEmpty()) {
            return f;
        }
        StringBuilder sb = new StringBuilder().append(f.charAt(0));
        for (int i = 1; i < f.length(); i++) {
            char c = f.charAt(i);
            if ("aeiouy".indexOf(c) < 0 && sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] ma = new boolean[a.length()];
        boolean[] mb = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < a.length(); i++) {
            if (ma[i]) {
                while (!mb[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
