package org.storyfold.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
        forEachToken(text, out::add);
        return out;
    }

    /**
     * Gives {@code sink} the comparison tokens of {@code text}, in order, as {@link #tokens} lists
     * them, without building the list: for callers that only count or scan them once.
     */
    public static void forEachToken(CharSequence text, Consumer<String> sink) {
        forEachTokenChars(text, (chars, length) -> sink.accept(new String(chars, 0, length)));
    }

    /** Receives each token as characters, without a string made for it. */
    @FunctionalInterface
    public interface TokenChars {
        /** The token is {@code chars[0, length)}; the array is reused for later tokens, so it must be read at once. */
        void accept(char[] chars, int length);
    }

    /**
     * Gives {@code sink} the comparison tokens of {@code text}, in order, as {@link #tokens} lists
     * them, as characters: for callers that look most tokens up rather than keep them (a term
     * count meets each word many times), so that no string need be made for a token already met.
     */
    public static void forEachTokenChars(CharSequence text, TokenChars sink) {
        char[] word = new char[32];
        // The token before is held back one step, so that "per" followed by "cent" can become "percent".
        char[] pending = new char[32];
        int pendingLength = -1;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int length = 0;
                boolean ascii = true;
                while (i < n) {
                    c = text.charAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        if (c > 0x7f) {
                            ascii = false;
                        } else if (c >= 'A' && c <= 'Z') {
                            // Lower-cased as String.toLowerCase(Locale.ROOT) would, without a second string.
                            c = (char) (c + ('a' - 'A'));
                        }
                        if (length == word.length) {
                            word = Arrays.copyOf(word, length * 2);
                        }
                        word[length++] = c;
                        i++;
                    } else if ((c == ',' || c == '.') && i + 1 < n && isDigit(text.charAt(i + 1))
                            && length > 0 && isDigit(word[length - 1])) {
                        if (c == '.') {
                            if (length == word.length) {
                                word = Arrays.copyOf(word, length * 2);
                            }
                            word[length++] = '.';
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
                if (!ascii) {
                    char[] folded = fold(new String(word, 0, length)).toCharArray();
                    word = folded.length > word.length ? folded : word;
                    System.arraycopy(folded, 0, word, 0, folded.length);
                    length = folded.length;
                }
                if (pendingLength == 3 && is(word, length, "cent") && is(pending, pendingLength, "per")) {
                    pending = put(pending, "percent");
                    pendingLength = PERCENT.length();
                } else {
                    if (pendingLength >= 0) {
                        sink.accept(pending, pendingLength);
                    }
                    char[] swap = pending;
                    pending = word;
                    word = swap;
                    pendingLength = length;
                }
            } else {
                if (c == '%') {
                    if (pendingLength >= 0) {
                        sink.accept(pending, pendingLength);
                    }
                    pending = put(pending, PERCENT);
                    pendingLength = PERCENT.length();
                }
                i++;
            }
        }
        if (pendingLength >= 0) {
            sink.accept(pending, pendingLength);
        }
    }

    private static final String PERCENT = "percent";

    /** A word with letters outside ASCII: lower-cased, without diacritics. */
    private static String fold(String word) {
        String token = word.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean is(char[] chars, int length, String word) {
        if (length != word.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (chars[k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code word}'s characters at the start of {@code chars} (grown if needed). */
    private static char[] put(char[] chars, String word) {
        char[] out = chars.length >= word.length() ? chars : new char[Math.max(32, word.length())];
        word.getChars(0, word.length(), out, 0);
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
