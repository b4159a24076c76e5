package org.storyfold.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.storyfold.dedup.internal.TokenHash;

/**
 * Computes MinHash signatures of word shingles: each of {@code permutations} hash functions is a
 * multiply-shift hash over 64-bit shingle hashes, and the signature keeps each function's minimum.
 * Two signatures agree in a position with probability equal to the shingle sets' Jaccard
 * similarity. The functions are fixed by a seed, so signatures are comparable across runs and
 * machines. Thread-safe.
 */
public final class MinHasher {

    private static final long SEED = 0x5f0_1d5_70_7e5L;

    private final int shingleWords;
    private final long[] multipliers;
    private final long[] increments;

    public MinHasher(int permutations, int shingleWords) {
        this.shingleWords = shingleWords;
        SplittableRandom random = new SplittableRandom(SEED);
        multipliers = new long[permutations];
        increments = new long[permutations];
        for (int i = 0; i < permutations; i++) {
            multipliers[i] = random.nextLong() | 1L;
            increments[i] = random.nextLong();
        }
    }

    /** The signature of the tokens' shingles, or null when there are no tokens. */
    public int[] signature(List<String> tokens) {
        long[] tokenHashes = new long[tokens.size()];
        for (int i = 0; i < tokenHashes.length; i++) {
            tokenHashes[i] = TokenHash.of(tokens.get(i));
        }
        return signature(tokenHashes, tokenHashes.length);
    }

    /** The signature of the shingles of the first {@code count} token hashes, or null when there are none. */
    public int[] signature(long[] tokenHashes, int count) {
        if (count == 0) {
            return null;
        }
        int k = Math.min(shingleWords, count);
        int[] signature = new int[multipliers.length];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (int start = 0; start + k <= count; start++) {
            long h = 0;
            for (int j = 0; j < k; j++) {
                h = h * 0x9E3779B97F4A7C15L + tokenHashes[start + j];
            }
            h = mix(h);
            for (int p = 0; p < signature.length; p++) {
                int v = (int) ((multipliers[p] * h + increments[p]) >>> 33);
                if (v < signature[p]) {
                    signature[p] = v;
                }
            }
        }
        return signature;
    }

    /** The share of positions in which two signatures agree: an estimate of Jaccard similarity. */
    public static double estimate(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }

    private static long mix(long z) {
        return TokenHash.mix(z);
    }
}
