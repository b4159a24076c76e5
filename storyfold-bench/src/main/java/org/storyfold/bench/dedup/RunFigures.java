package org.storyfold.bench.dedup;

/**
 * One method's run on a corpus: its quality and its cost.
 *
 * @param method    the method's name and settings
 * @param threshold the similarity threshold its pairs were cut at, or NaN when it has none
 * @param score     quality against the gold
 * @param seconds    wall time from reading the corpus to the last group or pair
 * @param cpuSeconds CPU time of the process meanwhile, all threads
 * @param articles   articles processed
 * @param peakHeap   peak heap in use during the run, in bytes
 */
record RunFigures(String method, double threshold, DedupScore.Figures score, double seconds, double cpuSeconds,
                  int articles, long peakHeap) {

    double articlesPerSecond() {
        return articles / seconds;
    }
}
