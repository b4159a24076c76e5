package org.storyfold.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * An in-memory MinHash LSH index: each signature is cut into bands, and documents sharing a band's
 * values land in one bucket. {@link #add} reports the candidate pairs it creates, as
 * {@code (earlier << 32) | later} document numbers, each pair once. A bucket that grows past
 * {@code maxBucket} members stops pairing (such a band is shared boilerplate, not a copy signal),
 * which keeps a pathological input from going quadratic. Not thread-safe.
 */
public final class LshIndex {

    private final LshParameters parameters;
    private final int maxBucket;
    private final List<Map<Long, List<Integer>>> bands;
    private final java.util.Set<Long> seen = new java.util.HashSet<>();

    public LshIndex(LshParameters parameters, int maxBucket) {
        this.parameters = parameters;
        this.maxBucket = maxBucket;
        this.bands = new ArrayList<>(parameters.bands());
        for (int b = 0; b < parameters.bands(); b++) {
            bands.add(new HashMap<>());
        }
    }

    /** Adds document {@code doc} and reports each new candidate pair it forms. */
    public void add(int doc, int[] signature, LongConsumer candidates) {
        int rows = parameters.rows();
        for (int b = 0; b < bands.size(); b++) {
            long key = 0x84222325L;
            for (int r = b * rows; r < (b + 1) * rows; r++) {
                key = MinHasher.mix(key * 31 + signature[r]);
            }
            List<Integer> bucket = bands.get(b).computeIfAbsent(key, k -> new ArrayList<>(1));
            if (bucket.size() < maxBucket) {
                for (int other : bucket) {
                    long pair = ((long) Math.min(other, doc) << 32) | Math.max(other, doc);
                    if (seen.add(pair)) {
                        candidates.accept(pair);
                    }
                }
                bucket.add(doc);
            }
        }
    }
}
