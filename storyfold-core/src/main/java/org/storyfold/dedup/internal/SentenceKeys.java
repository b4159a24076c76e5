package org.storyfold.dedup.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fingerprints sentences: each sentence of at least {@code minWords} words gets {@code bands}
 * keys, each the MinHash of its word pairs under {@code rows} hash functions, so that two
 * printings of a sentence share a key with probability {@code 1 - (1 - J^rows)^bands} at word-pair
 * Jaccard similarity J (one substituted word in a 20-word sentence leaves J at 0.8). Word pairs
 * made only of function words ("of the") are left out: they do not tell sentences apart. An
 * article keeps at most {@code maxKeys} keys, the smallest, so that two printings keep the same
 * ones. The hash functions are fixed by a seed: keys are comparable across runs. Thread-safe.
 */
public final class SentenceKeys {

    /** The keys of one article and the sentence each comes from, in sentence order. */
    public record Keys(long[] keys, int[] sentences, int keyedSentences) {
    }

    private static final long SEED = 0x5e47_e9c3_f1d5L;
    private static final long[] FUNCTION_WORDS = functionWords();

    private final int bands;
    private final int rows;
    private final int minWords;
    private final int maxKeys;
    private final long[] multipliers;
    private final long[] increments;

    public SentenceKeys(int bands, int rows, int minWords, int maxKeys) {
        this.bands = bands;
        this.rows = rows;
        this.minWords = minWords;
        this.maxKeys = maxKeys;
        SplittableRandom random = new SplittableRandom(SEED);
        multipliers = new long[bands * rows];
        increments = new long[bands * rows];
        for (int i = 0; i < multipliers.length; i++) {
            multipliers[i] = random.nextLong() | 1L;
            increments[i] = random.nextLong();
        }
    }

    /** The keys of the sentences of {@code scan}. */
    public Keys keys(TextScan scan) {
        long[] tokens = scan.tokens();
        int hashes = bands * rows;
        long[] min = new long[hashes];
        long[] keys = new long[Math.max(4, scan.sentences() * bands)];
        int[] sentenceOf = new int[keys.length];
        int count = 0;
        int keyed = 0;
        for (int s = 0; s < scan.sentences(); s++) {
            int from = scan.tokenStart(s);
            int to = scan.tokenEnd(s);
            if (to - from < minWords) {
                continue;
            }
            Arrays.fill(min, Long.MAX_VALUE);
            boolean any = false;
            boolean previousFunction = isFunctionWord(tokens[from]);
            for (int t = from; t + 1 < to; t++) {
                boolean function = isFunctionWord(tokens[t + 1]);
                boolean skip = previousFunction && function;
                previousFunction = function;
                if (skip) {
                    continue;
                }
                any = true;
                long pair = TokenHash.mix(tokens[t] * 0x9E3779B97F4A7C15L + tokens[t + 1]);
                for (int h = 0; h < hashes; h++) {
                    long v = (multipliers[h] * pair + increments[h]) >>> 32;
                    if (v < min[h]) {
                        min[h] = v;
                    }
                }
            }
            if (!any) {
                continue;
            }
            keyed++;
            for (int b = 0; b < bands; b++) {
                long key = 0x2545F4914F6CDD1DL + b;
                for (int r = b * rows; r < (b + 1) * rows; r++) {
                    key = TokenHash.mix(key * 0x100000001b3L + min[r]);
                }
                keys[count] = key;
                sentenceOf[count] = s;
                count++;
            }
        }
        if (count > maxKeys) {
            return smallest(keys, sentenceOf, count, keyed);
        }
        return new Keys(Arrays.copyOf(keys, count), Arrays.copyOf(sentenceOf, count), keyed);
    }

    /** The {@code maxKeys} smallest keys, back in sentence order. */
    private Keys smallest(long[] keys, int[] sentenceOf, int count, int keyed) {
        long[] sorted = Arrays.copyOf(keys, count);
        Arrays.sort(sorted);
        long limit = sorted[maxKeys - 1];
        long[] kept = new long[maxKeys];
        int[] keptSentences = new int[maxKeys];
        int k = 0;
        for (int i = 0; i < count && k < maxKeys; i++) {
            if (keys[i] <= limit) {
                kept[k] = keys[i];
                keptSentences[k] = sentenceOf[i];
                k++;
            }
        }
        return new Keys(kept, keptSentences, keyed);
    }

    private static boolean isFunctionWord(long token) {
        int mask = FUNCTION_WORDS.length - 1;
        int at = (int) token & mask;
        while (FUNCTION_WORDS[at] != 0) {
            if (FUNCTION_WORDS[at] == token) {
                return true;
            }
            at = (at + 1) & mask;
        }
        return false;
    }

    /** The function words' hashes in an open-addressing table (0 marks an empty slot). */
    private static long[] functionWords() {
        long[] table = new long[1024];
        for (String w : ScanLists.FUNCTION_WORDS) {
            long h = TokenHash.of(w);
            int at = (int) h & (table.length - 1);
            while (table[at] != 0) {
                at = (at + 1) & (table.length - 1);
            }
            table[at] = h;
        }
        return table;
    }
}
