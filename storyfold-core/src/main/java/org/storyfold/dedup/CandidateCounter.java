package org.storyfold.dedup;

import java.util.Arrays;

/**
 * Counts, for each document met while looking up a new article's keys, how many of the article's
 * sentences (or bands) it shares; reused from one article to the next. Not thread-safe.
 */
final class CandidateCounter {

    private int[] slots = new int[256];
    private int[] docs = new int[256];
    private int[] counts = new int[256];
    private int[] last = new int[256];
    private int size;

    void clear() {
        for (int i = 0; i < size; i++) {
            slots[docs[i]] = 0;
        }
        size = 0;
    }

    /** Records that {@code doc} shares the unit (sentence or band) {@code unit}, counted once per unit. */
    void add(int doc, int unit) {
        if (doc >= slots.length) {
            slots = Arrays.copyOf(slots, Math.max(doc + 1, slots.length * 2));
        }
        int i = slots[doc] - 1;
        if (i < 0) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
                last = Arrays.copyOf(last, size * 2);
            }
            i = size++;
            slots[doc] = i + 1;
            docs[i] = doc;
            counts[i] = 1;
            last[i] = unit;
        } else if (last[i] != unit) {
            counts[i]++;
            last[i] = unit;
        }
    }

    int size() {
        return size;
    }

    int doc(int i) {
        return docs[i];
    }

    int count(int i) {
        return counts[i];
    }
}
