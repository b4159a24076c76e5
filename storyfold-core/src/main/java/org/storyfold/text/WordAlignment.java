package org.storyfold.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The word-level alignment of two printings of a sentence: the longest common subsequence of
 * their words, compared by keys the caller chooses (comparison tokens, case or accents ignored),
 * and the hunks between the kept words where the printings differ. The one word diff of storyfold:
 * the copy diff marks its changed words with it, and dedup and the brief learn substitutions from
 * its hunks. Stateless.
 */
public final class WordAlignment {

    /**
     * Where two printings differ: words {@code [leftStart, leftEnd)} of the left stand where words
     * {@code [rightStart, rightEnd)} of the right do; one side is empty for a word only one prints.
     */
    public record Hunk(int leftStart, int leftEnd, int rightStart, int rightEnd) {

        public int leftWords() {
            return leftEnd - leftStart;
        }

        public int rightWords() {
            return rightEnd - rightStart;
        }
    }

    private WordAlignment() {
    }

    /**
     * The hunks where {@code left} and {@code right} (word keys, compared with {@code equals})
     * differ, in reading order; none for equal sequences. Among equally long common subsequences,
     * the one that keeps the left's earlier words is taken. Costs time and memory in the product of
     * the two lengths: callers cap it.
     */
    public static List<Hunk> hunks(List<String> left, List<String> right) {
        int n = left.size();
        int m = right.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = left.get(i).equals(right.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Hunk> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && left.get(i).equals(right.get(j))) {
                i++;
                j++;
                continue;
            }
            int i0 = i;
            int j0 = j;
            while ((i < n || j < m) && !(i < n && j < m && left.get(i).equals(right.get(j)))) {
                if (j >= m || i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
            out.add(new Hunk(i0, i, j0, j));
        }
        return out;
    }
}
