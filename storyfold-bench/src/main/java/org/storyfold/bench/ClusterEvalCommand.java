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
        description = {"Pools the documents of eval/multinews-dev, extracts them (pages that are not articles are "
                + "rejected), clusters the articles (the gold cluster field never reaches the clusterer) and prints "
                + "B-cubed precision, recall, F1 and the adjusted Rand index of storyfold's online clusterer and, in "
                + "the same run and on the same articles, of the TF-IDF average-link baseline: over the accepted "
                + "articles, and over all documents with each rejected one a story of its own; then the baseline on "
                + "the raw texts, the issue's reference point.",
                "Then scores both on two halves of the gold clusters with the threshold tuned on the other half, "
                        + "so that a default fitted to this set would show."})
final class ClusterEvalCommand implements Callable<Integer> {

    /** The baseline's thresholds (mean cosines) tried when tuning on one half, and with --sweep. */
    private static final double[] THRESHOLDS = {0.08, 0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18,
        0.20, 0.22, 0.25};
    /** The online clusterer's thresholds (mean cosines less the background) tried, with each background weight. */
    private static final double[] ONLINE_THRESHOLDS = {0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.10, 0.11,
        0.12, 0.14, 0.16};
    private static final double[] BACKGROUND_WEIGHTS = {0, 2, 4, 6};
    private static final String ROW = "%-36s %7.3f %7.3f %7.3f %7.3f %9d %8.2f%n";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/multinews-dev",
            description = "The multinews-dev folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--sweep", description = "Also print both clusterers' scores over a range of thresholds.")
    boolean sweep;

    @Option(names = "--ceiling", description = {"Also print what grouping the whole collection at once reaches on "
            + "the online clusterer's own similarity: average-link over the same article vectors and background, "
            + "with the background weight and threshold chosen by the gold itself, so an upper bound for that "
            + "similarity rather than a result; beside it, the online clusterer's best over the same grid."})
    boolean ceiling;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        MultiNews.Data d = MultiNews.load(data);
        List<DuplicateGroup> groups = ClusterEvaluation.duplicates(d.articles());
        out.printf(Locale.ROOT, "multinews-dev: %d documents in %d gold clusters; storyfold rejected %d as not articles "
                        + "and accepted %d, with %d duplicate groups (read in %.1f s)%n", d.documents(),
                gold(d), d.rejected().size(), d.articles().size(), groups.size(), (System.nanoTime() - start) / 1e9);
        DoubleFunction<StoryClusterer> baselineAt = t -> new TfIdfStoryClusterer(ClusterConfig.baseline().withThreshold(t));

        Timed online = timed(d, groups, new OnlineStoryClusterer(ClusterConfig.defaults()));
        Timed baseline = timed(d, groups, baselineAt.apply(ClusterConfig.baseline().threshold()));
        ClusterEvaluation.Scores bound = ClusterEvaluation.copiesTogetherBounds(d, groups);
        out.printf(Locale.ROOT, "%nOver the %d accepted articles:%n", d.articles().size());
        header(out);
        row(out, "online (storyfold default)", online.scores.accepted(), online.seconds);
        row(out, "tfidf average-link (baseline)", baseline.scores.accepted(), baseline.seconds);
        row(out, "gold, copies kept together (bound)", bound.accepted(), Double.NaN);
        out.printf(Locale.ROOT, "%nOver all %d documents, each rejected one a story of its own:%n", d.documents());
        header(out);
        row(out, "online (storyfold default)", online.scores.all(), online.seconds);
        row(out, "tfidf average-link (baseline)", baseline.scores.all(), baseline.seconds);
        row(out, "gold, copies kept together (bound)", bound.all(), Double.NaN);

        MultiNews.Data raw = MultiNews.raw(data);
        List<DuplicateGroup> rawGroups = ClusterEvaluation.duplicates(raw.articles());
        Timed rawBaseline = timed(raw, rawGroups, baselineAt.apply(ClusterConfig.baseline().threshold()));
        out.printf(Locale.ROOT, "%nReference: the baseline on the %d raw texts (no extraction, no furniture removal, "
                + "nothing rejected; %d duplicate groups):%n", raw.documents(), rawGroups.size());
        header(out);
        row(out, "tfidf average-link on raw texts", rawBaseline.scores.accepted(), rawBaseline.seconds);
        out.printf(Locale.ROOT, "%nB3-F1 online - baseline: %+.3f over accepted articles, %+.3f over all documents; "
                        + "online (all documents) - raw-text baseline: %+.3f%n",
                online.scores.accepted().f1() - baseline.scores.accepted().f1(),
                online.scores.all().f1() - baseline.scores.all().f1(),
                online.scores.all().f1() - rawBaseline.scores.accepted().f1());

        if (sweep) {
            out.println();
            header(out);
            for (double w : BACKGROUND_WEIGHTS) {
                for (double t : ONLINE_THRESHOLDS) {
                    row(out, String.format(Locale.ROOT, "online, background %.0f, threshold %.2f", w, t),
                            ClusterEvaluation.evaluate(d, online(w, t), groups), Double.NaN);
                }
            }
            for (double t : THRESHOLDS) {
                row(out, String.format(Locale.ROOT, "baseline, threshold %.2f", t),
                        ClusterEvaluation.evaluate(d, baselineAt.apply(t), groups), Double.NaN);
            }
        }

        if (ceiling) {
            printCeiling(out, d, groups);
        }

        out.println();
        out.println("Cross-validation on halves of the gold clusters (even and odd cluster numbers): the settings are");
        out.println("tuned on one half's accepted articles (the online clusterer's threshold and background weight, the");
        out.println("baseline's threshold) and scored on the other half, beside the defaults there;");
        out.println("B3-F1 over the accepted articles / over all documents.");
        MultiNews.Data even = ClusterEvaluation.subset(d, c -> clusterNumber(c) % 2 == 0);
        MultiNews.Data odd = ClusterEvaluation.subset(d, c -> clusterNumber(c) % 2 == 1);
        List<DuplicateGroup> evenGroups = ClusterEvaluation.duplicates(even.articles());
        List<DuplicateGroup> oddGroups = ClusterEvaluation.duplicates(odd.articles());
        out.printf(Locale.ROOT, "%-10s %-10s %8s %15s %9s %24s %15s%n", "clusterer", "scored on", "rejected",
                "default F1", "tuned on", "tuned settings", "tuned F1");
        List<Setting> onlineGrid = new java.util.ArrayList<>();
        for (double w : BACKGROUND_WEIGHTS) {
            for (double t : ONLINE_THRESHOLDS) {
                onlineGrid.add(new Setting(String.format(Locale.ROOT, "background %.0f, %.2f", w, t), online(w, t)));
            }
        }
        List<Setting> baselineGrid = java.util.Arrays.stream(THRESHOLDS).mapToObj(t -> new Setting(
                String.format(Locale.ROOT, "threshold %.2f", t), baselineAt.apply(t))).toList();
        StoryClusterer onlineDefault = new OnlineStoryClusterer(ClusterConfig.defaults());
        StoryClusterer baselineDefault = new TfIdfStoryClusterer(ClusterConfig.baseline());
        crossValidate(out, "online", "even", even, evenGroups, "odd", odd, oddGroups, onlineGrid, onlineDefault);
        crossValidate(out, "online", "odd", odd, oddGroups, "even", even, evenGroups, onlineGrid, onlineDefault);
        crossValidate(out, "baseline", "even", even, evenGroups, "odd", odd, oddGroups, baselineGrid, baselineDefault);
        crossValidate(out, "baseline", "odd", odd, oddGroups, "even", even, evenGroups, baselineGrid, baselineDefault);
        return 0;
    }

    /**
     * The best score over the online grid (background weight x threshold), chosen by the gold, of
     * whole-collection average-link on the online similarity and of the online clusterer itself.
     */
    private static void printCeiling(PrintWriter out, MultiNews.Data d, List<DuplicateGroup> groups) {
        out.printf(Locale.ROOT, "%nThe best (background weight, threshold) of the --sweep grid, chosen by the gold: the "
                + "online clusterer, and average-link%nover the whole collection at once on the online clusterer's "
                + "similarity (its vectors, less the background; no time):%n");
        header(out);
        String[] names = {"online, best", "average-link, best"};
        for (int k = 0; k < names.length; k++) {
            ClusteringMetrics best = null;
            String setting = "";
            for (double w : BACKGROUND_WEIGHTS) {
                for (double t : ONLINE_THRESHOLDS) {
                    ClusterConfig config = ClusterConfig.defaults().withBackgroundWeight(w).withThreshold(t)
                            .withMergeThreshold(t);
                    StoryClusterer clusterer = k == 0 ? new OnlineStoryClusterer(config)
                            : TfIdfStoryClusterer.onOnlineSimilarity(config);
                    ClusteringMetrics m = ClusterEvaluation.evaluate(d, clusterer, groups);
                    if (best == null || m.f1() > best.f1()) {
                        best = m;
                        setting = String.format(Locale.ROOT, " (%.0f, %.2f)", w, t);
                    }
                }
            }
            row(out, names[k] + setting, best, Double.NaN);
        }
    }

    /** A clusterer at one setting of the grid a half is tuned over. */
    private record Setting(String name, StoryClusterer clusterer) {
    }

    private static StoryClusterer online(double backgroundWeight, double threshold) {
        return new OnlineStoryClusterer(ClusterConfig.defaults().withBackgroundWeight(backgroundWeight)
                .withThreshold(threshold).withMergeThreshold(threshold));
    }

    private record Timed(ClusterEvaluation.Scores scores, double seconds) {
    }

    private static Timed timed(MultiNews.Data d, List<DuplicateGroup> groups, StoryClusterer clusterer) {
        long t0 = System.nanoTime();
        ClusterEvaluation.Scores scores = ClusterEvaluation.score(d, clusterer, groups);
        return new Timed(scores, (System.nanoTime() - t0) / 1e9);
    }

    private static void crossValidate(PrintWriter out, String name, String testName, MultiNews.Data test,
                                      List<DuplicateGroup> testGroups, String tuneName, MultiNews.Data tune,
                                      List<DuplicateGroup> tuneGroups, List<Setting> grid, StoryClusterer byDefault) {
        Setting best = grid.get(0);
        double bestF1 = -1;
        for (Setting s : grid) {
            double f1 = ClusterEvaluation.evaluate(tune, s.clusterer(), tuneGroups).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = s;
            }
        }
        ClusterEvaluation.Scores atDefault = ClusterEvaluation.score(test, byDefault, testGroups);
        ClusterEvaluation.Scores tuned = ClusterEvaluation.score(test, best.clusterer(), testGroups);
        out.printf(Locale.ROOT, "%-10s %-10s %8d %7.3f / %.3f %9s %24s %7.3f / %.3f%n", name, testName,
                test.rejected().size(), atDefault.accepted().f1(), atDefault.all().f1(), tuneName, best.name(),
                tuned.accepted().f1(), tuned.all().f1());
        out.flush();
    }

    private static long gold(MultiNews.Data d) {
        return java.util.stream.Stream.concat(d.gold().values().stream(), d.rejected().values().stream()).distinct().count();
    }

    private static int clusterNumber(String cluster) {
        return Integer.parseInt(cluster.replaceAll("\\D", ""));
    }

    private static void header(PrintWriter out) {
        out.printf(Locale.ROOT, "%-36s %7s %7s %7s %7s %9s %8s%n", "clusterer", "B3-P", "B3-R", "B3-F1", "ARI",
                "clusters", "seconds");
    }

    private static void row(PrintWriter out, String name, ClusteringMetrics m, double seconds) {
        out.printf(Locale.ROOT, ROW.replace("%8.2f", Double.isNaN(seconds) ? "%8s" : "%8.2f"), name, m.precision(),
                m.recall(), m.f1(), m.ari(), m.clusters(), Double.isNaN(seconds) ? "" : seconds);
        out.flush();
    }
}
