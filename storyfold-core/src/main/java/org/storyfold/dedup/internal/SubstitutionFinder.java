package org.storyfold.dedup.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns, from the sentences two printings already share, the words one prints systematically in
 * place of the other's ("Daesh" for "IS", "Raqqa" for "Raqa"): a word the left text never prints
 * and a word the right text never prints that stand in the same aligned sentence pair, in two
 * pairs or more, each pair differing by at most {@link #MAX_DIFFERENCE} words on either side.
 * Such a substitution costs a sentence one word of similarity each time it occurs, and a name
 * occurs often; replacing it lets the alignment see the sentences as the copies they are.
 * Thread-safe.
 */
public final class SubstitutionFinder {

    static final int MAX_DIFFERENCE = 3;
    static final int LEAST_PAIRS = 2;

    private SubstitutionFinder() {
    }

    /**
     * The substitutions as two arrays, {@code [from (left words, sorted), to (right words)]}, or
     * null when there are none.
     */
    public static int[][] find(Profile left, Profile right, int[] leftMatch) {
        int[] leftWords = left.vocabulary();
        int[] rightWords = right.vocabulary();
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < leftMatch.length; i++) {
            if (leftMatch[i] < 0) {
                continue;
            }
            int[] onlyLeft = missing(left.sentence(i), rightWords);
            int[] onlyRight = missing(right.sentence(leftMatch[i]), leftWords);
            if (onlyLeft.length == 0 || onlyRight.length == 0 || onlyLeft.length > MAX_DIFFERENCE
                    || onlyRight.length > MAX_DIFFERENCE) {
                continue;
            }
            for (int x : onlyLeft) {
                for (int y : onlyRight) {
                    counts.merge(((long) x << 32) | (y & 0xffffffffL), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<Long, Integer>> strong = new ArrayList<>();
        counts.forEach((pair, n) -> {
            if (n >= LEAST_PAIRS) {
                strong.add(Map.entry(pair, n));
            }
        });
        if (strong.isEmpty()) {
            return null;
        }
        strong.sort(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<Integer, Integer> mapping = new HashMap<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (Map.Entry<Long, Integer> e : strong) {
            int x = (int) (e.getKey() >>> 32);
            int y = (int) (long) e.getKey();
            if (!mapping.containsKey(x) && taken.add(y)) {
                mapping.put(x, y);
            }
        }
        int[] from = mapping.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] to = new int[from.length];
        for (int i = 0; i < from.length; i++) {
            to[i] = mapping.get(from[i]);
        }
        return new int[][] {from, to};
    }

    /** The words of {@code sentence} that {@code vocabulary} (as {@link Profile#vocabulary} gives it) lacks. */
    private static int[] missing(int[] sentence, int[] vocabulary) {
        int[] out = new int[sentence.length];
        int n = 0;
        for (int w : sentence) {
            if (Arrays.binarySearch(vocabulary, w ^ Integer.MIN_VALUE) < 0) {
                out[n++] = w;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
