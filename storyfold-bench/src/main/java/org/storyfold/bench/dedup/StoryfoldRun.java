package org.storyfold.bench.dedup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.storyfold.dedup.CopyIndex;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.IndexChanges;
import org.storyfold.dedup.IndexStats;
import org.storyfold.dedup.MinHashDeduplicator;
import org.storyfold.extract.Article;

/**
 * Runs storyfold's dedup on a corpus file as a store would: articles streamed in batches into a
 * {@link CopyIndex}, the last {@code holdout} added as one more batch, timed apart; then the
 * groups. Optionally saves the index and opens it again, timed. Also runs the article-level
 * MinHash baseline, which takes the whole corpus in memory.
 */
final class StoryfoldRun {

    /**
     * A run's figures, with the index's size, the heap it holds once built ({@code liveHeap},
     * after a full collection the clock leaves out) and the timed steps ({@code waitSeconds}: time
     * the index waited for the reader, which parses the corpus on a thread of its own).
     */
    record Result(RunFigures figures, IndexStats stats, long liveHeap, double waitSeconds, double holdoutSeconds,
                  int holdout, double saveSeconds, double openSeconds) {
    }

    /** Reads the corpus into batches on its own thread; the last {@code held} articles are kept apart; an empty batch ends. */
    private static final class Reader implements Runnable {
        private final Path corpus;
        private final int indexed;
        private final int batch;
        private final BlockingQueue<List<Article>> out;
        private final List<Article> held;
        private volatile Exception failure;

        Reader(Path corpus, int indexed, int batch, BlockingQueue<List<Article>> out, List<Article> held) {
            this.corpus = corpus;
            this.indexed = indexed;
            this.batch = batch;
            this.out = out;
            this.held = held;
        }

        @Override
        public void run() {
            try {
                List<Article> pending = new ArrayList<>(batch);
                int[] seen = {0};
                CorpusFiles.readArticles(corpus, a -> {
                    if (seen[0]++ >= indexed) {
                        held.add(a.toArticle());
                        return;
                    }
                    pending.add(a.toArticle());
                    if (pending.size() == batch) {
                        put(new ArrayList<>(pending));
                        pending.clear();
                    }
                });
                if (!pending.isEmpty()) {
                    put(pending);
                }
            } catch (Exception e) {
                failure = e;
            } finally {
                put(List.of());
            }
        }

        private void put(List<Article> articles) {
            try {
                out.put(articles);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the corpus", e);
            }
        }
    }

    private static List<Article> take(BlockingQueue<List<Article>> batches) {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void join(Thread thread, Reader reader) throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (reader.failure instanceof IOException io) {
            throw io;
        }
        if (reader.failure != null) {
            throw new IllegalStateException(reader.failure);
        }
    }

    private StoryfoldRun() {
    }

    /**
     * Indexes the corpus; {@code scorer} scores the groups after the clock stops (so that a large
     * corpus's gold need not share the heap with the index while it is measured).
     */
    static Result index(Path corpus, java.util.function.Function<List<DuplicateGroup>, DedupScore.Figures> scorer, int size,
                        DedupConfig config, int batch, int holdout, Path indexDir, PrintStream progress) throws IOException {
        try (HeapMeter heap = new HeapMeter();
             ProgressBar bar = new ProgressBarBuilder().setTaskName("storyfold").setInitialMax(size)
                     .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(progress))
                     .setUpdateIntervalMillis(1000).build()) {
            long t0 = System.nanoTime();
            CopyIndex index = indexDir == null ? CopyIndex.inMemory(config) : CopyIndex.create(config, indexDir);
            List<Article> held = new ArrayList<>(holdout);
            BlockingQueue<List<Article>> batches = new ArrayBlockingQueue<>(2);
            Reader reader = new Reader(corpus, size - holdout, batch, batches, held);
            Thread readerThread = new Thread(reader, "corpus-reader");
            readerThread.start();
            long addNanos = 0;
            int seen = 0;
            while (true) {
                List<Article> next = take(batches);
                if (next.isEmpty()) {
                    break;
                }
                long s = System.nanoTime();
                index.add(next);
                addNanos += System.nanoTime() - s;
                bar.stepBy(next.size());
                seen += next.size();
            }
            join(readerThread, reader);
            seen += held.size();
            long h0 = System.nanoTime();
            IndexChanges changes = index.add(held);
            long h1 = System.nanoTime();
            bar.stepBy(held.size());
            // What the index alone holds, measured after a full collection that the clock leaves out.
            long peakBefore = heap.peak();
            double cpuBefore = heap.cpuSeconds();
            long g0 = System.nanoTime();
            long live = heap.live();
            long g1 = System.nanoTime();
            double gcCpu = heap.cpuSeconds() - cpuBefore;
            List<DuplicateGroup> groups = index.groups();
            long t1 = System.nanoTime() - (g1 - g0);
            long peak = Math.max(peakBefore, heap.peak());
            double cpu = heap.cpuSeconds() - gcCpu;
            IndexStats stats = index.stats();
            double waitSeconds = (t1 - t0 - addNanos - (h1 - h0)) / 1e9;
            double save = Double.NaN;
            double open = Double.NaN;
            if (indexDir != null) {
                long a = System.nanoTime();
                index.save(indexDir);
                long b = System.nanoTime();
                index.close();
                try (CopyIndex reopened = CopyIndex.open(indexDir)) {
                    open = (System.nanoTime() - b) / 1e9;
                    if (reopened.size() != index.size()) {
                        throw new IllegalStateException("the saved index holds " + reopened.size() + " articles, not " + index.size());
                    }
                }
                save = (b - a) / 1e9;
            }
            String name = "storyfold (sentence fingerprints" + (indexDir == null ? ")" : ", profiles mapped)");
            RunFigures figures = new RunFigures(name, Double.NaN, scorer.apply(groups), (t1 - t0) / 1e9, cpu, seen, peak);
            if (changes.added().size() != held.size()) {
                throw new IllegalStateException("held-out articles were not all added: " + changes.skipped());
            }
            return new Result(figures, stats, live, waitSeconds, (h1 - h0) / 1e9, held.size(), save, open);
        }
    }

    /** The baseline: the same verification with article-level MinHash LSH candidates, all articles in memory. */
    static RunFigures minHash(Path corpus, DedupScore gold, DedupConfig config) throws IOException {
        try (HeapMeter heap = new HeapMeter()) {
            long t0 = System.nanoTime();
            List<Article> articles = new ArrayList<>();
            CorpusFiles.readArticles(corpus, a -> articles.add(a.toArticle()));
            List<DuplicateGroup> groups = new MinHashDeduplicator(config).deduplicate(articles);
            long t1 = System.nanoTime();
            return new RunFigures(String.format(java.util.Locale.ROOT, "storyfold verification, MinHash LSH candidates (J>=%.2f)",
                    config.candidateSimilarity()), Double.NaN, gold.groups(groups), (t1 - t0) / 1e9, heap.cpuSeconds(), articles.size(), heap.peak());
        }
    }
}
