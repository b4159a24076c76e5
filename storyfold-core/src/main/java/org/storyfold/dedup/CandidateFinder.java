package org.storyfold.dedup;

import java.util.function.IntPredicate;
import org.storyfold.dedup.internal.TextScan;

/**
 * Where the index's candidates come from: keys computed from an article's text, and an index of
 * those keys that proposes earlier documents for verification. Not thread-safe, except
 * {@link #keys}, which runs in parallel on articles not yet added.
 */
interface CandidateFinder {

    /** The keys of a scanned article: the {@code keys}, {@code keySentences} and {@code keyedSentences} of a {@link CopyIndexEntry}. */
    CopyIndexEntry keys(TextScan scan, CopyIndexEntry partial);

    /**
     * The indexed documents that may be copies of {@code p}, strongest evidence first, at most
     * {@code max}; {@code families} tells each document's family and its fullest printing.
     */
    int[] candidates(CopyIndexEntry p, int max, org.storyfold.dedup.internal.Families families);

    /** Indexes {@code p} as document {@code doc}, leaving out keys already held by a document {@code related} to it. */
    void index(CopyIndexEntry p, int doc, IntPredicate related);

    /** Bytes of heap held. */
    long heapBytes();
}
