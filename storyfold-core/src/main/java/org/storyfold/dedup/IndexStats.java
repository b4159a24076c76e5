package org.storyfold.dedup;

/**
 * The size of a {@link CopyIndex}, for memory reports.
 *
 * @param articles     articles indexed
 * @param keys         distinct sentence keys held
 * @param postings     postings held (a key held by several documents counts several times)
 * @param edges        verified copy relations
 * @param heapBytes    bytes of Java heap the index holds (estimated from its arrays' sizes)
 * @param profileBytes bytes of sentence profiles, on the heap or in the mapped profile file
 */
public record IndexStats(int articles, long keys, long postings, int edges, long heapBytes, long profileBytes) {

    /** Heap bytes per article. */
    public double heapBytesPerArticle() {
        return articles == 0 ? 0 : heapBytes / (double) articles;
    }
}
