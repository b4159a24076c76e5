package org.storyfold.bench.dedup;

import org.storyfold.dedup.internal.TokenHash;

/**
 * The sentences a corpus already holds, so that no base text repeats one by accident: a sentence
 * is taken when its words, or its first six words, match a sentence taken before (case and
 * punctuation aside). Keys live in an open-addressing table of longs: 16 to 32 bytes a key.
 * Not thread-safe.
 */
final class SentenceRegistry {

    private static final int PREFIX = 6;

    private long[] keys = new long[1 << 16];
    private int size;

    /** Whether {@code sentence} is new; if so, it is taken. */
    boolean take(String sentence) {
        long whole = 0x9E3779B97F4A7C15L;
        long prefix = 0;
        int words = 0;
        long word = 0xcbf29ce484222325L;
        boolean inWord = false;
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? sentence.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word = (word ^ Character.toLowerCase(c)) * 0x100000001b3L;
                inWord = true;
            } else if (inWord) {
                whole = TokenHash.mix(whole * 0x100000001b3L + word);
                if (++words == PREFIX) {
                    prefix = whole ^ 0x5bd1e995L;
                }
                word = 0xcbf29ce484222325L;
                inWord = false;
            }
        }
        whole = whole == 0 ? 1 : whole;
        prefix = words > PREFIX + 2 ? (prefix == 0 ? 1 : prefix) : whole;
        if (contains(whole) || contains(prefix)) {
            return false;
        }
        add(whole);
        add(prefix);
        return true;
    }

    int size() {
        return size;
    }

    private boolean contains(long key) {
        int mask = keys.length - 1;
        int at = (int) key & mask;
        while (keys[at] != 0) {
            if (keys[at] == key) {
                return true;
            }
            at = (at + 1) & mask;
        }
        return false;
    }

    private void add(long key) {
        if (contains(key)) {
            return;
        }
        int mask = keys.length - 1;
        int at = (int) key & mask;
        while (keys[at] != 0) {
            at = (at + 1) & mask;
        }
        keys[at] = key;
        if (++size * 2 > keys.length) {
            long[] old = keys;
            keys = new long[old.length * 2];
            size = 0;
            for (long k : old) {
                if (k != 0) {
                    add(k);
                }
            }
        }
    }
}
