package org.storyfold.dedup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.storyfold.dedup.internal.DocTable;
import org.storyfold.dedup.internal.Families;
import org.storyfold.dedup.internal.KeyPostings;
import org.storyfold.dedup.internal.SentenceKeys;
import org.storyfold.dedup.internal.TextScan;

/**
 * Candidates by sentence fingerprints: an earlier family of copies is a candidate when its
 * members share a fingerprint with two or more of the new article's sentences (with all of them,
 * for an article of one sentence). Sharing one sentence is what independent reports of one event
 * do when they quote the same statement; a near copy shares most sentences, a partial copy three
 * or more. Its member that shares the most, its likely original and its fullest printing are
 * verified.
 * A key already held by a document related to the new one (same family, or verified copy) is not
 * posted again, so a wire story reprinted a thousand times keeps one posting per sentence.
 */
final class SentenceFinder implements CandidateFinder {

    private final SentenceKeys keys;
    private final KeyPostings postings;
    private final DocTable docs;
    private final int cap;
    private final CandidateCounter counter = new CandidateCounter();
    private final CandidateCounter familyCounter = new CandidateCounter();
    private final int[] buffer;

    SentenceFinder(FingerprintConfig config, DocTable docs) {
        this(config, docs, new KeyPostings(config.maxPostings()));
    }

    private SentenceFinder(FingerprintConfig config, DocTable docs, KeyPostings postings) {
        LshParameters banding = config.lsh();
        this.keys = new SentenceKeys(banding.bands(), banding.rows(), config.minWords(), config.maxKeys());
        this.postings = postings;
        this.docs = docs;
        this.cap = config.maxPostings();
        this.buffer = new int[cap];
    }

    static SentenceFinder read(FingerprintConfig config, DocTable docs, DataInputStream in) throws IOException {
        return new SentenceFinder(config, docs, KeyPostings.read(in));
    }

    void write(DataOutputStream out) throws IOException {
        postings.write(out);
    }

    @Override
    public CopyIndexEntry keys(TextScan scan, CopyIndexEntry p) {
        SentenceKeys.Keys k = keys.keys(scan);
        return new CopyIndexEntry(p.article(), p.exactHash(), p.words(), p.sentences(), p.profile(), k.keys(), k.sentences(),
                k.keyedSentences());
    }

    /**
     * Counts, per family, the new article's sentences that share a key with one of its members
     * (a family posts each sentence once, by whichever member printed it first, so the sentences
     * a reprint shares with the story are spread over the members); a family sharing two or more
     * (all, for an article of one sentence) is a candidate, and its member that shares the most,
     * its likely original and its fullest printing are verified.
     */
    @Override
    public int[] candidates(CopyIndexEntry p, int max, Families families) {
        counter.clear();
        familyCounter.clear();
        long[] k = p.keys();
        for (int i = 0; i < k.length; i++) {
            int handle = postings.find(k[i]);
            if (handle < 0 || postings.size(handle) >= cap) {
                continue;
            }
            int n = postings.documents(handle, buffer);
            for (int j = 0; j < n; j++) {
                counter.add(buffer[j], p.keySentences()[i]);
                familyCounter.add(families.find(buffer[j]), p.keySentences()[i]);
            }
        }
        Map<Integer, Integer> bestOf = new HashMap<>();
        for (int i = 0; i < counter.size(); i++) {
            int doc = counter.doc(i);
            bestOf.merge(families.find(doc), i, (a, b) -> counter.count(b) > counter.count(a) ? b : a);
        }
        long[] order = new long[familyCounter.size()];
        int found = 0;
        for (int i = 0; i < familyCounter.size(); i++) {
            int family = familyCounter.doc(i);
            int anchor = docs.exactOf(families.anchor(family));
            int need = SentenceFingerprintDeduplicator.Blocking.sentencesNeeded(p.keyedSentences(),
                    docs.keyedSentences(anchor));
            if (familyCounter.count(i) >= need) {
                order[found++] = ((long) (Integer.MAX_VALUE - familyCounter.count(i)) << 32) | family;
            }
        }
        Arrays.sort(order, 0, found);
        int[] chosen = new int[Math.min(max, 3 * found)];
        int n = 0;
        for (int i = 0; i < found && n < chosen.length; i++) {
            int family = (int) order[i];
            int best = counter.doc(bestOf.get(family));
            int anchor = docs.exactOf(families.anchor(family));
            int fullest = docs.exactOf(families.fullest(family));
            chosen[n++] = best;
            if (anchor != best && n < chosen.length && docs.profile(anchor) != DocTable.NO_PROFILE) {
                chosen[n++] = anchor;
            }
            if (fullest != best && fullest != anchor && n < chosen.length && docs.profile(fullest) != DocTable.NO_PROFILE) {
                chosen[n++] = fullest;
            }
        }
        return Arrays.copyOf(chosen, n);
    }

    @Override
    public void index(CopyIndexEntry p, int doc, IntPredicate related) {
        long[] k = p.keys();
        outer:
        for (long key : k) {
            int handle = postings.find(key);
            if (handle >= 0) {
                if (postings.size(handle) >= cap) {
                    continue;
                }
                int n = postings.documents(handle, buffer);
                for (int j = 0; j < n; j++) {
                    if (related.test(buffer[j])) {
                        continue outer;
                    }
                }
            }
            postings.add(key, doc);
        }
    }

    @Override
    public long heapBytes() {
        return postings.heapBytes();
    }

    long keyCount() {
        return postings.keys();
    }

    long postingCount() {
        return postings.postings();
    }
}
