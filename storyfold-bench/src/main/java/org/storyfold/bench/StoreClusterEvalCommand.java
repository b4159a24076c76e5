package org.storyfold.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.extract.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench store-cluster}: stories made incrementally by the store, against the digest's made at once. */
@Command(name = "store-cluster", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Ingests the articles of eval/multinews-dev into a store in shuffled batches and prints the "
                + "B-cubed precision, recall, F1 and adjusted Rand index of its stories, beside the digest's "
                + "(the same dedup and online clusterer, all articles in one batch).")
final class StoreClusterEvalCommand implements Callable<Integer> {

    @CommandLine.Mixin
    MultiNewsFolderOption multiNews;

    @Option(names = "--batch-sizes", paramLabel = "N", split = ",", defaultValue = "1000,100,25,1",
            description = "Batch sizes to run, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> batchSizes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The shuffle's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--losses", description = {"Also print, after each store's scores, where its stories lose "
            + "B-cubed precision and recall against the gold, as `storyfold-bench cluster --losses` prints the "
            + "digest's (the same listing; run that command for the digest's own)."})
    boolean losses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-32s %9s %9s %9s %9s %9s %9s%n", "stories made by", "B3-P", "B3-R", "B3-F1", "ARI",
                "clusters", "seconds");
        long t0 = System.nanoTime();
        MultiNews.Data d = MultiNews.load(multiNews.folder());
        Storyfold storyfold = new Storyfold(StoryfoldConfig.defaults());
        print(out, "digest, all at once", ClusterEvaluation.evaluate(d,
                new OnlineStoryClusterer(ClusterConfig.defaults()), storyfold.duplicates(d.articles())), t0);
        for (int size : batchSizes) {
            Path work = Files.createTempDirectory("storyfold-store-eval");
            long t = System.nanoTime();
            try {
                StoreClusterEvaluation.StoreRun run = StoreClusterEvaluation.run(multiNews.folder(), size, seed, work);
                print(out, "store, batches of " + size, run.metrics(), t);
                if (losses) {
                    printLosses(out, size, run, d);
                }
            } finally {
                StoreClusterEvaluation.delete(work);
            }
        }
        return 0;
    }

    private static void printLosses(PrintWriter out, int size, StoreClusterEvaluation.StoreRun run, MultiNews.Data d) {
        Map<String, Article> byId = new HashMap<>();
        d.articles().forEach(a -> byId.put(a.id(), a));
        out.printf(Locale.ROOT, "%nWhere the store in batches of %d loses, over its %d accepted articles:%n", size,
                run.gold().size());
        ClusterLosses.of(run.predicted(), run.gold()).print(out,
                id -> byId.containsKey(id) ? ClusterEvalCommand.describe(id, byId.get(id)) : id);
        out.println();
    }

    private static void print(PrintWriter out, String name, ClusteringMetrics m, long start) {
        out.printf(Locale.ROOT, "%-32s %9.3f %9.3f %9.3f %9.3f %9d %9.1f%n", name, m.precision(), m.recall(), m.f1(),
                m.ari(), m.clusters(), (System.nanoTime() - start) / 1e9);
        out.flush();
    }
}
