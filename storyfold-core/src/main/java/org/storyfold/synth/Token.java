package org.storyfold.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * One token of a sentence, as the brief's readers (entities, quotes, figures, dates) see it: a word
 * (letters and digits, joined across an inner hyphen between letters or an inner apostrophe, so
 * "US-led" and "don't" are one token), a number ("1,500", "2.5"), a possessive ("’s") or one
 * punctuation mark. Immutable.
 *
 * @param text  the token as printed
 * @param lower the token in lower case
 * @param start its first character's offset in the sentence
 * @param end   the offset just past it
 */
record Token(String text, String lower, int start, int end) {

    Token(String text, int start, int end) {
        this(text, text.toLowerCase(java.util.Locale.ROOT), start, end);
    }

    /** Whether the token is a word or number. */
    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Whether the token is a word that begins with a capital letter. */
    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Whether the token is a number written in digits. */
    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    /** Whether the token is an opening or closing quotation mark. */
    boolean isQuoteMark() {
        return text.length() == 1 && "\"“”„«»".indexOf(text.charAt(0)) >= 0 || text.equals("''") || text.equals("``");
    }

    /** The tokens of {@code sentence}, in order. */
    static List<Token> of(String sentence) {
        List<Token> out = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                i = wordEnd(sentence, i);
                out.add(new Token(sentence.substring(start, i), start, i));
                if (i + 1 < n && isApostrophe(sentence.charAt(i)) && (sentence.charAt(i + 1) == 's' || sentence.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(sentence.charAt(i + 2)))) {
                    out.add(new Token(sentence.substring(i, i + 2), i, i + 2));
                    i += 2;
                }
            } else if (c == '\'' && i + 1 < n && sentence.charAt(i + 1) == '\'') {
                out.add(new Token("''", i, i + 2));
                i += 2;
            } else {
                out.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return out;
    }

    private static int wordEnd(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (i + 1 < n && i > 0 && (c == ',' || c == '.') && Character.isDigit(s.charAt(i - 1))
                    && Character.isDigit(s.charAt(i + 1))) {
                i++;
            } else if (i + 1 < n && i > 0 && c == '-' && Character.isLetter(s.charAt(i - 1))
                    && Character.isLetterOrDigit(s.charAt(i + 1))) {
                i++;
            } else if (i + 1 < n && i > 0 && isApostrophe(c) && Character.isLetter(s.charAt(i - 1))
                    && Character.isLetter(s.charAt(i + 1))
                    && !((s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2))))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
