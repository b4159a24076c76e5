package org.storyfold.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.TfIdfStoryClusterer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench cluster}: story clustering on pooled Multi-News clusters. */
@Command(name = "cluster", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Pools the articles of eval/multinews-dev, clusters them (the gold cluster field never "
                + "reaches the clusterer) and prints B-cubed precision, recall, F1 and the adjusted Rand index.")
final class ClusterEvalCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/multinews-dev",
            description = "The multinews-dev folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--sweep", description = "Also print the scores over a range of thresholds.")
    boolean sweep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        MultiNews.Data d = MultiNews.load(data);
        out.printf(Locale.ROOT, "multinews-dev: %d articles in %d gold clusters (read in %.1f s)%n", d.articles().size(),
                d.gold().values().stream().distinct().count(), (System.nanoTime() - start) / 1e9);
        out.printf(Locale.ROOT, "%-32s %9s %9s %9s %9s %9s %9s%n", "clusterer", "B3-P", "B3-R", "B3-F1", "ARI", "clusters", "seconds");
        ClusterConfig defaults = ClusterConfig.defaults();
        print(out, "tfidf average-link (default)", d, defaults);
        if (sweep) {
            for (double t = 0.06; t <= 0.40; t += 0.02) {
                print(out, String.format(Locale.ROOT, "  threshold %.2f", t), d, new ClusterConfig(t, defaults.titleWeight()));
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, String name, MultiNews.Data d, ClusterConfig config) {
        long t0 = System.nanoTime();
        ClusteringMetrics m = ClusterEvaluation.evaluate(d, new TfIdfStoryClusterer(config));
        out.printf(Locale.ROOT, "%-32s %9.3f %9.3f %9.3f %9.3f %9d %9.2f%n", name, m.precision(), m.recall(), m.f1(),
                m.ari(), m.clusters(), (System.nanoTime() - t0) / 1e9);
        out.flush();
    }
}
