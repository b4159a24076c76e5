package org.storyfold.bench.dedup;

import java.util.List;
import java.util.Locale;
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
        List<String> words = WordModel.tokens(sentence).stream().filter(t -> Character.isLetterOrDigit(t.charAt(0)))
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
        long whole = key(words, words.size());
        long prefix = words.size() > PREFIX + 2 ? key(words, PREFIX) ^ 0x5bd1e995L : whole;
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

    private static long key(List<String> words, int n) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < n; i++) {
            h = TokenHash.mix(h * 0x100000001b3L + TokenHash.of(words.get(i)));
        }
        return h == 0 ? 1 : h;
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
