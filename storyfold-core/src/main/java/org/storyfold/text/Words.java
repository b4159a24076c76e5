package org.storyfold.text;

/**
 * Counts words as people do: runs of letters and digits, where an apostrophe between letters
 * ("Raqa’s") and a comma or point between digits ("1,500") do not end a word.
 */
public final class Words {

    private Words() {
    }

    /** The number of words in {@code text}. */
    public static int count(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else if (inWord && i + 1 < n && joins(text.charAt(i - 1), c, text.charAt(i + 1))) {
                continue;
            } else {
                inWord = false;
            }
        }
        return count;
    }

    private static boolean joins(char before, char c, char after) {
        if (c == '\'' || c == '\u2019') {
            return Character.isLetter(before) && Character.isLetter(after);
        }
        if (c == ',' || c == '.') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return false;
    }
}
