package org.storyfold.dedup.internal;

/**
 * The 64-bit hash of a comparison token (as {@link org.storyfold.text.WordTokenizer} writes it):
 * FNV-1a over its characters, then a SplitMix64 finaliser so that similar tokens get unrelated
 * hashes. {@link TextScan} computes the same value without building the token's string.
 * Stateless and thread-safe.
 */
public final class TokenHash {

    static final long OFFSET = 0xcbf29ce484222325L;
    static final long PRIME = 0x100000001b3L;

    static final long PER = of("per");
    static final long CENT = of("cent");
    static final long PERCENT = of("percent");

    private TokenHash() {
    }

    /** The hash of the normalised token {@code token}. */
    public static long of(CharSequence token) {
        long h = OFFSET;
        for (int i = 0; i < token.length(); i++) {
            h = (h ^ token.charAt(i)) * PRIME;
        }
        return mix(h);
    }

    /** A 64-bit finaliser (from SplitMix64): every input bit affects every output bit. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
