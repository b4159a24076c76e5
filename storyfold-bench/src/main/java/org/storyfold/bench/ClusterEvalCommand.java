package org.storyfold.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.DoubleFunction;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.StoryClusterer;
import org.storyfold.cluster.TfIdfStoryClusterer;
import org.storyfold.dedup.DuplicateGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench cluster}: story clustering on pooled Multi-News clusters, storyfold's beside the baseline. */
@Command(name = "cluster", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Pools the articles of eval/multinews-dev, clusters them (the gold cluster field never "
                + "reaches the clusterer) and prints B-cubed precision, recall, F1 and the adjusted Rand index of "
                + "storyfold's online clusterer and, in the same run, of the TF-IDF average-link baseline.",
                "Then scores both on two halves of the gold clusters with the threshold tuned on the other half, "
                        + "so that a default fitted to this set would show."})
final class ClusterEvalCommand implements Callable<Integer> {

    /** Thresholds tried when tuning on one half (and with --sweep). */
    private static final double[] THRESHOLDS = {0.08, 0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18,
        0.20, 0.22, 0.25};

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/multinews-dev",
            description = "The multinews-dev folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--sweep", description = "Also print both clusterers' scores over a range of thresholds.")
    boolean sweep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        MultiNews.Data d = MultiNews.load(data);
        List<DuplicateGroup> groups = ClusterEvaluation.duplicates(d.articles());
        out.printf(Locale.ROOT, "multinews-dev: %d articles in %d gold clusters, %d duplicate groups (read in %.1f s)%n",
                d.articles().size(), d.gold().values().stream().distinct().count(), groups.size(),
                (System.nanoTime() - start) / 1e9);
        header(out);
        ClusteringMetrics online = print(out, "online (storyfold default)", d, groups,
                new OnlineStoryClusterer(ClusterConfig.defaults()));
        ClusteringMetrics baseline = print(out, "tfidf average-link (baseline)", d, groups,
                new TfIdfStoryClusterer(ClusterConfig.baseline()));
        ClusteringMetrics bound = ClusterEvaluation.copiesTogetherBound(d, groups);
        out.printf(Locale.ROOT, "%-34s %9.3f %9.3f %9.3f %9.3f %9d%n", "gold, copies kept together (bound)",
                bound.precision(), bound.recall(), bound.f1(), bound.ari(), bound.clusters());
        out.printf(Locale.ROOT, "B3-F1 online - baseline: %+.3f%n", online.f1() - baseline.f1());

        if (sweep) {
            out.println();
            header(out);
            for (double t : THRESHOLDS) {
                print(out, String.format(Locale.ROOT, "online, threshold %.2f", t), d, groups,
                        new OnlineStoryClusterer(ClusterConfig.defaults().withThreshold(t)));
            }
            for (double t : THRESHOLDS) {
                print(out, String.format(Locale.ROOT, "baseline, threshold %.2f", t), d, groups,
                        new TfIdfStoryClusterer(ClusterConfig.baseline().withThreshold(t)));
            }
        }

        out.println();
        out.println("Cross-validation on halves of the gold clusters (even and odd cluster numbers): the threshold is");
        out.println("tuned on one half and scored on the other, beside the default on that half.");
        MultiNews.Data even = ClusterEvaluation.subset(d, c -> clusterNumber(c) % 2 == 0);
        MultiNews.Data odd = ClusterEvaluation.subset(d, c -> clusterNumber(c) % 2 == 1);
        List<DuplicateGroup> evenGroups = ClusterEvaluation.duplicates(even.articles());
        List<DuplicateGroup> oddGroups = ClusterEvaluation.duplicates(odd.articles());
        DoubleFunction<StoryClusterer> onlineAt = t -> new OnlineStoryClusterer(ClusterConfig.defaults().withThreshold(t));
        DoubleFunction<StoryClusterer> baselineAt = t -> new TfIdfStoryClusterer(ClusterConfig.baseline().withThreshold(t));
        out.printf(Locale.ROOT, "%-10s %-10s %10s %10s %14s %12s%n", "clusterer", "scored on", "default F1",
                "tuned on", "tuned threshold", "F1 there");
        crossValidate(out, "online", "even", even, evenGroups, "odd", odd, oddGroups, onlineAt,
                ClusterConfig.defaults().threshold());
        crossValidate(out, "online", "odd", odd, oddGroups, "even", even, evenGroups, onlineAt,
                ClusterConfig.defaults().threshold());
        crossValidate(out, "baseline", "even", even, evenGroups, "odd", odd, oddGroups, baselineAt,
                ClusterConfig.baseline().threshold());
        crossValidate(out, "baseline", "odd", odd, oddGroups, "even", even, evenGroups, baselineAt,
                ClusterConfig.baseline().threshold());
        return 0;
    }

    private static void crossValidate(PrintWriter out, String name, String testName, MultiNews.Data test,
                                      List<DuplicateGroup> testGroups, String tuneName, MultiNews.Data tune,
                                      List<DuplicateGroup> tuneGroups, DoubleFunction<StoryClusterer> at,
                                      double defaultThreshold) {
        double best = defaultThreshold;
        double bestF1 = -1;
        for (double t : THRESHOLDS) {
            double f1 = ClusterEvaluation.evaluate(tune, at.apply(t), tuneGroups).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        double defaultF1 = ClusterEvaluation.evaluate(test, at.apply(defaultThreshold), testGroups).f1();
        double tunedF1 = ClusterEvaluation.evaluate(test, at.apply(best), testGroups).f1();
        out.printf(Locale.ROOT, "%-10s %-10s %10.3f %10s %14.2f %12.3f%n", name, testName, defaultF1, tuneName, best,
                tunedF1);
        out.flush();
    }

    private static int clusterNumber(String cluster) {
        return Integer.parseInt(cluster.replaceAll("\\D", ""));
    }

    private static void header(PrintWriter out) {
        out.printf(Locale.ROOT, "%-34s %9s %9s %9s %9s %9s %9s%n", "clusterer", "B3-P", "B3-R", "B3-F1", "ARI",
                "clusters", "seconds");
    }

    private static ClusteringMetrics print(PrintWriter out, String name, MultiNews.Data d, List<DuplicateGroup> groups,
                                           StoryClusterer clusterer) {
        long t0 = System.nanoTime();
        ClusteringMetrics m = ClusterEvaluation.evaluate(d, clusterer, groups);
        out.printf(Locale.ROOT, "%-34s %9.3f %9.3f %9.3f %9.3f %9d %9.2f%n", name, m.precision(), m.recall(), m.f1(),
                m.ari(), m.clusters(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        return m;
    }
}
