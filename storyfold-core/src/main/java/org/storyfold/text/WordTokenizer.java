package org.storyfold.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts text into comparison tokens: words and numbers, lower-cased, without diacritics, with the
 * spelling variants of house styles folded together so that two printings of one sentence give the
 * same tokens: a possessive {@code 's} is dropped, digit groups are joined ({@code 1,500} is
 * {@code 1500}), and {@code %}, {@code per cent} and {@code percent} are all {@code percent}.
 *
 * <p>Written by hand rather than with an analyzer library because it is on the hot path of dedup
 * (every shingle of every article) and must not allocate more than the tokens themselves.
 * Stateless and thread-safe.
 */
public final class WordTokenizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private WordTokenizer() {
    }

    /** The comparison tokens of {@code text}, in order. */
    public static List<String> tokens(CharSequence text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder(16);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.setLength(0);
                boolean ascii = true;
                while (i < n) {
                    c = text.charAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        if (c > 0x7f) {
                            ascii = false;
                        }
                        word.append(c);
                        i++;
                    } else if ((c == ',' || c == '.') && i + 1 < n && isDigit(text.charAt(i + 1))
                            && word.length() > 0 && isDigit(word.charAt(word.length() - 1))) {
                        if (c == '.') {
                            word.append('.');
                        }
                        i++;
                    } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                        boolean possessive = (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                                && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)));
                        i += possessive ? 2 : 1;
                        if (possessive) {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                add(out, word, ascii);
            } else {
                if (c == '%') {
                    out.add("percent");
                }
                i++;
            }
        }
        return out;
    }

    private static void add(List<String> out, StringBuilder word, boolean ascii) {
        String token = word.toString().toLowerCase(Locale.ROOT);
        if (!ascii) {
            token = MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
        }
        int last = out.size() - 1;
        if (token.equals("cent") && last >= 0 && out.get(last).equals("per")) {
            out.set(last, "percent");
            return;
        }
        out.add(token);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
