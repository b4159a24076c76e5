package org.storyfold.dedup;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.storyfold.dedup.internal.KeyPostings;
import org.storyfold.dedup.internal.TextScan;
import org.storyfold.dedup.internal.TokenHash;

/**
 * Candidates by article-level MinHash LSH over word shingles, the scheme of datasketch and Spark
 * MLlib: an earlier document is a candidate when one band of their signatures agrees. Kept as the
 * baseline the sentence fingerprints are measured against. A band bucket past {@code maxBucket}
 * documents is shared boilerplate and stops taking documents.
 */
final class MinHashFinder implements CandidateFinder {

    private final MinHasher hasher;
    private final LshParameters banding;
    private final KeyPostings buckets;
    private final int cap;
    private final CandidateCounter counter = new CandidateCounter();
    private final int[] buffer;

    MinHashFinder(DedupConfig config, int maxBucket) {
        this.hasher = new MinHasher(config.permutations(), config.shingleWords());
        this.banding = config.lsh();
        this.buckets = new KeyPostings(maxBucket);
        this.cap = maxBucket;
        this.buffer = new int[maxBucket];
    }

    @Override
    public CopyIndexEntry keys(TextScan scan, CopyIndexEntry p) {
        int[] signature = hasher.signature(scan.tokens(), scan.tokenCount());
        if (signature == null) {
            return new CopyIndexEntry(p.article(), p.exactHash(), p.words(), p.sentences(), p.profile(), new long[0], new int[0], 0);
        }
        long[] keys = new long[banding.bands()];
        int[] bands = new int[keys.length];
        int rows = banding.rows();
        for (int b = 0; b < keys.length; b++) {
            long key = 0x84222325L + b;
            for (int r = b * rows; r < (b + 1) * rows; r++) {
                key = TokenHash.mix(key * 31 + signature[r]);
            }
            keys[b] = key;
            bands[b] = b;
        }
        return new CopyIndexEntry(p.article(), p.exactHash(), p.words(), p.sentences(), p.profile(), keys, bands, 1);
    }

    @Override
    public int[] candidates(CopyIndexEntry p, int max, org.storyfold.dedup.internal.Families families) {
        counter.clear();
        for (int i = 0; i < p.keys().length; i++) {
            int n = buckets.count(p.keys()[i]);
            if (n >= cap) {
                continue;
            }
            n = buckets.documents(p.keys()[i], buffer);
            for (int j = 0; j < n; j++) {
                counter.add(buffer[j], i);
            }
        }
        int[] docs = new int[counter.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = counter.doc(i);
        }
        Arrays.sort(docs);
        return docs;
    }

    @Override
    public void index(CopyIndexEntry p, int doc, IntPredicate related) {
        for (long key : p.keys()) {
            buckets.add(key, doc);
        }
    }

    @Override
    public long heapBytes() {
        return buckets.heapBytes();
    }
}
