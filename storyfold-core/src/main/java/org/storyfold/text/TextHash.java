package org.storyfold.text;

/**
 * The 64-bit FNV-1a hash of a text's characters: the key under which a batch's terms, paragraphs
 * and lines are counted (by the corpus statistics, the furniture rules, and their Spark runs alike).
 * A rare collision only merges two counts. Stateless.
 */
public final class TextHash {

    private TextHash() {
    }

    public static long fnv1a(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
