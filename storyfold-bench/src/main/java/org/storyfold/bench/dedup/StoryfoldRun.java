package org.storyfold.bench.dedup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** A run's figures, with the index's size and the timed steps. */
    record Result(RunFigures figures, IndexStats stats, long liveHeap, double readSeconds, double holdoutSeconds,
                  int holdout, double saveSeconds, double openSeconds) {
    }

    private StoryfoldRun() {
    }

    static Result index(Path corpus, DedupScore gold, int size, DedupConfig config, int batch, int holdout, Path indexDir,
                        PrintStream progress) throws IOException {
        try (HeapMeter heap = new HeapMeter();
             ProgressBar bar = new ProgressBarBuilder().setTaskName("storyfold").setInitialMax(size)
                     .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(progress))
                     .setUpdateIntervalMillis(1000).build()) {
            long t0 = System.nanoTime();
            CopyIndex index = indexDir == null ? CopyIndex.inMemory(config) : CopyIndex.create(config, indexDir);
            List<Article> pending = new ArrayList<>(batch);
            List<Article> held = new ArrayList<>(holdout);
            long[] addNanos = {0};
            int[] seen = {0};
            CorpusFiles.readArticles(corpus, a -> {
                if (seen[0]++ >= size - holdout) {
                    held.add(a.toArticle());
                    return;
                }
                pending.add(a.toArticle());
                if (pending.size() == batch) {
                    long s = System.nanoTime();
                    index.add(pending);
                    addNanos[0] += System.nanoTime() - s;
                    bar.stepBy(pending.size());
                    pending.clear();
                }
            });
            long s = System.nanoTime();
            index.add(pending);
            addNanos[0] += System.nanoTime() - s;
            bar.stepBy(pending.size());
            long h0 = System.nanoTime();
            IndexChanges changes = index.add(held);
            long h1 = System.nanoTime();
            bar.stepBy(held.size());
            List<DuplicateGroup> groups = index.groups();
            long t1 = System.nanoTime();
            long peak = heap.peak();
            IndexStats stats = index.stats();
            double readSeconds = (t1 - t0 - addNanos[0] - (h1 - h0)) / 1e9 - 0;
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
            long live = heap.live();
            String name = "storyfold (sentence fingerprints" + (indexDir == null ? ")" : ", profiles mapped)");
            RunFigures figures = new RunFigures(name, Double.NaN, gold.groups(groups), (t1 - t0) / 1e9, seen[0], peak);
            if (changes.added().size() != held.size()) {
                throw new IllegalStateException("held-out articles were not all added: " + changes.skipped());
            }
            return new Result(figures, stats, live, readSeconds, (h1 - h0) / 1e9, held.size(), save, open);
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
                    config.candidateSimilarity()), Double.NaN, gold.groups(groups), (t1 - t0) / 1e9, articles.size(), heap.peak());
        }
    }
}
