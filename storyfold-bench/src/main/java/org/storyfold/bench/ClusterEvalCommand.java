package org.storyfold.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.DoubleFunction;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.StoryClusterer;
import org.storyfold.cluster.TfIdfStoryClusterer;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench cluster}: story clustering on a pooled labelled set, storyfold's beside the baseline. */
@Command(name = "cluster", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Pools the documents of a labelled set (JSON Lines with id, cluster and text, such as "
                + "eval/multinews-dev or eval/ecbplus-dev), extracts them (pages that are not articles are rejected), "
                + "clusters the articles under opaque ids (no id, cluster or topic reaches the clusterer) and prints "
                + "B-cubed precision, recall, F1 and the adjusted Rand index of storyfold's online clusterer and, in "
                + "the same run and on the same articles, of the TF-IDF average-link baseline at its default threshold "
                + "and at the threshold the gold likes best: over the accepted articles, and over all documents with "
                + "each rejected one a story of its own; then the baseline on the raw texts.",
                "Then scores both on the two halves of the set's topics (or, without topics, of its clusters), "
                        + "numbered in order, with the threshold tuned on the other half, so that a default fitted "
                        + "to this set would show."})
final class ClusterEvalCommand implements Callable<Integer> {

    /** The baseline's thresholds (mean cosines): its best is chosen among them, and halves are tuned over them. */
    private static final double[] THRESHOLDS = {0.08, 0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18,
        0.20, 0.22, 0.25};
    /** The online clusterer's thresholds (scaled mean cosines less the background) tried, with --sweep and on halves. */
    private static final double[] ONLINE_THRESHOLDS = {0.18, 0.22, 0.26, 0.30, 0.34, 0.38, 0.42, 0.46, 0.50};
    /** Background weights tried with --sweep and --ceiling. */
    private static final double[] BACKGROUND_WEIGHTS = {2, 4, 6};
    /** Gaps between dated articles at which the gold is split for the time bound. */
    static final int TIME_BOUND_DAYS = 3;
    /** How many characters of an article's text {@code --losses} shows. */
    private static final int TEXT_START = 80;
    private static final String ROW = "%-44s %7.3f %7.3f %7.3f %7.3f %9d %8.2f%n";

    @Option(names = "--data", paramLabel = "PATH", defaultValue = MultiNewsFolderOption.DEFAULT_FOLDER,
            description = "A labelled set: a folder holding docs.jsonl, or a JSON Lines file (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--sweep", description = "Also print both clusterers' scores over a range of thresholds.")
    boolean sweep;

    @Option(names = "--ceiling", description = {"Also print what grouping the whole collection at once reaches on "
            + "the online clusterer's own similarity: average-link over the same article vectors, densities and "
            + "background, with the background weight and threshold chosen by the gold itself, so an upper bound for "
            + "that similarity rather than a result; beside it, the online clusterer's best over the same grid."})
    boolean ceiling;

    @Option(names = "--losses", description = {"Also print, after the scores, where the online clusterer loses "
            + "B-cubed precision and recall over the accepted articles: each gold cluster it splits, with the recall "
            + "lost (the sum over its articles of 1 - |gold ∩ story| / |gold|, over the number of articles) and the "
            + "stories it is split into; then each story that mixes gold clusters, with the precision lost and the "
            + "gold clusters it mixes; the largest loss first, each article on a line with its id in the set, its "
            + "publication date and the start of its text. The losses add up to 1 - B3-R and 1 - B3-P."})
    boolean losses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        LabelledNews set;
        MultiNews.Data raw;
        try {
            set = LabelledNews.load(data);
            raw = LabelledNews.raw(data);
        } catch (IOException e) {
            spec.commandLine().getErr().println("storyfold-bench cluster: cannot read " + data + ": " + e.getMessage());
            return 1;
        }
        MultiNews.Data d = set.data();
        List<DuplicateGroup> groups = ClusterEvaluation.duplicates(d.articles());
        out.printf(Locale.ROOT, "%s: %d documents in %d gold clusters%s; storyfold rejected %d as not articles and "
                        + "accepted %d, with %d duplicate groups (read in %.1f s)%n", set.name(), d.documents(), gold(d),
                set.hasTopics() ? " of " + new TreeSet<>(set.topics().values()).size() + " topics" : "",
                d.rejected().size(), d.articles().size(), groups.size(), (System.nanoTime() - start) / 1e9);
        DoubleFunction<StoryClusterer> baselineAt = t -> new TfIdfStoryClusterer(ClusterConfig.baseline().withThreshold(t));

        long onlineStart = System.nanoTime();
        Map<String, String> onlineStories = ClusterEvaluation.stories(d, new OnlineStoryClusterer(ClusterConfig.defaults()),
                groups);
        Timed online = new Timed(ClusterEvaluation.scores(d, onlineStories), (System.nanoTime() - onlineStart) / 1e9);
        Timed baseline = timed(d, groups, baselineAt.apply(ClusterConfig.baseline().threshold()));
        double bestThreshold = best(d, groups, baselineAt);
        Timed bestBaseline = timed(d, groups, baselineAt.apply(bestThreshold));
        ClusterEvaluation.Scores bound = ClusterEvaluation.copiesTogetherBounds(d, groups);
        ClusterEvaluation.Scores timeBound = ClusterEvaluation.timeBounds(d, TIME_BOUND_DAYS);
        String bestName = String.format(Locale.ROOT, "tfidf average-link at its best, %.2f", bestThreshold);
        String timeName = "gold, split at " + TIME_BOUND_DAYS + "-day gaps (bound)";
        out.printf(Locale.ROOT, "%nOver the %d accepted articles:%n", d.articles().size());
        header(out);
        row(out, "online (storyfold default)", online.scores.accepted(), online.seconds);
        row(out, "tfidf average-link (baseline)", baseline.scores.accepted(), baseline.seconds);
        row(out, bestName, bestBaseline.scores.accepted(), bestBaseline.seconds);
        row(out, "gold, copies kept together (bound)", bound.accepted(), Double.NaN);
        row(out, timeName, timeBound.accepted(), Double.NaN);
        out.printf(Locale.ROOT, "%nOver all %d documents, each rejected one a story of its own:%n", d.documents());
        header(out);
        row(out, "online (storyfold default)", online.scores.all(), online.seconds);
        row(out, "tfidf average-link (baseline)", baseline.scores.all(), baseline.seconds);
        row(out, bestName, bestBaseline.scores.all(), bestBaseline.seconds);
        row(out, "gold, copies kept together (bound)", bound.all(), Double.NaN);
        row(out, timeName, timeBound.all(), Double.NaN);

        List<DuplicateGroup> rawGroups = ClusterEvaluation.duplicates(raw.articles());
        Timed rawBaseline = timed(raw, rawGroups, baselineAt.apply(ClusterConfig.baseline().threshold()));
        out.printf(Locale.ROOT, "%nReference: the baseline on the %d raw texts (no extraction, no furniture removal, "
                + "nothing rejected; %d duplicate groups):%n", raw.documents(), rawGroups.size());
        header(out);
        row(out, "tfidf average-link on raw texts", rawBaseline.scores.accepted(), rawBaseline.seconds);
        out.printf(Locale.ROOT, "%nB3-F1 online - baseline: %+.3f over accepted articles, %+.3f over all documents "
                        + "(%+.3f and %+.3f against the baseline at its best); online (all documents) - raw-text "
                        + "baseline: %+.3f%n",
                online.scores.accepted().f1() - baseline.scores.accepted().f1(),
                online.scores.all().f1() - baseline.scores.all().f1(),
                online.scores.accepted().f1() - bestBaseline.scores.accepted().f1(),
                online.scores.all().f1() - bestBaseline.scores.all().f1(),
                online.scores.all().f1() - rawBaseline.scores.accepted().f1());

        if (losses) {
            out.printf(Locale.ROOT, "%nWhere the online clusterer loses, over the %d accepted articles (ids of the set):%n",
                    d.articles().size());
            Map<String, Article> byId = new HashMap<>();
            d.articles().forEach(a -> byId.put(a.id(), a));
            ClusterLosses.of(onlineStories, d.gold()).print(out, id -> describe(set.setId(id), byId.get(id)));
        }

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

        crossValidate(out, set, baselineAt);
        return 0;
    }

    /**
     * Tunes on one half of the set's topics (or clusters) and scores on the other, both ways: the
     * online clusterer's threshold, the baseline's threshold.
     */
    private static void crossValidate(PrintWriter out, LabelledNews set, DoubleFunction<StoryClusterer> baselineAt) {
        MultiNews.Data d = set.data();
        Halves halves = Halves.of(set);
        out.println();
        out.printf(Locale.ROOT, "Cross-validation on halves of the %s (%s): the threshold is tuned on one half's "
                + "accepted%narticles (the online clusterer's and the baseline's) and scored on the other half, "
                + "beside the defaults there;%nB3-F1 over the accepted articles / over all documents.%n",
                set.hasTopics() ? "topics" : "gold clusters", halves.describe());
        MultiNews.Data first = ClusterEvaluation.subset(d, c -> halves.first().contains(set.topic(c)));
        MultiNews.Data second = ClusterEvaluation.subset(d, c -> !halves.first().contains(set.topic(c)));
        List<DuplicateGroup> firstGroups = ClusterEvaluation.duplicates(first.articles());
        List<DuplicateGroup> secondGroups = ClusterEvaluation.duplicates(second.articles());
        out.printf(Locale.ROOT, "%-10s %-10s %8s %15s %9s %16s %15s%n", "clusterer", "scored on", "rejected",
                "default F1", "tuned on", "tuned setting", "tuned F1");
        List<Setting> onlineGrid = new ArrayList<>();
        for (double t : ONLINE_THRESHOLDS) {
            onlineGrid.add(new Setting(String.format(Locale.ROOT, "threshold %.2f", t),
                    new OnlineStoryClusterer(ClusterConfig.defaults().withThreshold(t).withMergeThreshold(t))));
        }
        List<Setting> baselineGrid = java.util.Arrays.stream(THRESHOLDS).mapToObj(t -> new Setting(
                String.format(Locale.ROOT, "threshold %.2f", t), baselineAt.apply(t))).toList();
        StoryClusterer onlineDefault = new OnlineStoryClusterer(ClusterConfig.defaults());
        StoryClusterer baselineDefault = new TfIdfStoryClusterer(ClusterConfig.baseline());
        crossValidate(out, "online", "first", first, firstGroups, "second", second, secondGroups, onlineGrid, onlineDefault);
        crossValidate(out, "online", "second", second, secondGroups, "first", first, firstGroups, onlineGrid, onlineDefault);
        crossValidate(out, "baseline", "first", first, firstGroups, "second", second, secondGroups, baselineGrid,
                baselineDefault);
        crossValidate(out, "baseline", "second", second, secondGroups, "first", first, firstGroups, baselineGrid,
                baselineDefault);
    }

    /**
     * The two halves of a set's topics (or, without topics, its clusters): those numbered below the
     * middle of their range of numbers, and the rest; groups without a number are split by name order.
     */
    record Halves(Set<String> first, Set<String> second) {

        static Halves of(LabelledNews set) {
            Set<String> groups = new TreeSet<>();
            set.data().gold().values().forEach(c -> groups.add(set.topic(c)));
            set.data().rejected().values().forEach(c -> groups.add(set.topic(c)));
            List<String> ordered = new ArrayList<>(groups);
            ordered.sort(Comparator.comparingLong(Halves::number).thenComparing(Comparator.naturalOrder()));
            long low = number(ordered.get(0));
            long high = number(ordered.get(ordered.size() - 1));
            Set<String> first = new TreeSet<>();
            Set<String> second = new TreeSet<>();
            for (int i = 0; i < ordered.size(); i++) {
                String g = ordered.get(i);
                boolean numbered = number(g) != Long.MAX_VALUE && high != Long.MAX_VALUE;
                boolean inFirst = numbered ? number(g) * 2 < low + high : i * 2 < ordered.size();
                (inFirst ? first : second).add(g);
            }
            return new Halves(first, second);
        }

        /** The digits of a group's name as a number, or {@link Long#MAX_VALUE} when it has none. */
        static long number(String group) {
            String digits = group.replaceAll("\\D", "");
            return digits.isEmpty() || digits.length() > 17 ? Long.MAX_VALUE : Long.parseLong(digits);
        }

        String describe() {
            return "first: " + range(first) + "; second: " + range(second);
        }

        private static String range(Set<String> groups) {
            List<String> ordered = new ArrayList<>(groups);
            ordered.sort(Comparator.comparingLong(Halves::number).thenComparing(Comparator.naturalOrder()));
            return ordered.isEmpty() ? "none" : ordered.size() == 1 ? ordered.get(0)
                    : ordered.get(0) + " to " + ordered.get(ordered.size() - 1) + ", " + ordered.size();
        }
    }

    /** The baseline threshold the gold likes best over the accepted articles (the lowest among ties). */
    private static double best(MultiNews.Data d, List<DuplicateGroup> groups, DoubleFunction<StoryClusterer> at) {
        double best = THRESHOLDS[0];
        double bestF1 = -1;
        for (double t : THRESHOLDS) {
            double f1 = ClusterEvaluation.evaluate(d, at.apply(t), groups).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    /**
     * The best score over the online grid (background weight x threshold), chosen by the gold, of
     * whole-collection average-link on the online similarity and of the online clusterer itself.
     */
    private static void printCeiling(PrintWriter out, MultiNews.Data d, List<DuplicateGroup> groups) {
        out.printf(Locale.ROOT, "%nThe best (background weight, threshold) of the --sweep grid, chosen by the gold: the "
                + "online clusterer, and average-link%nover the whole collection at once on the online clusterer's "
                + "similarity (its vectors and densities, less the background; no time):%n");
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
        out.printf(Locale.ROOT, "%-10s %-10s %8d %7.3f / %.3f %9s %16s %7.3f / %.3f%n", name, testName,
                test.rejected().size(), atDefault.accepted().f1(), atDefault.all().f1(), tuneName, best.name(),
                tuned.accepted().f1(), tuned.all().f1());
        out.flush();
    }

    /** An article on one line: its id in the set, its publication date and the start of its text. */
    static String describe(String setId, Article a) {
        String text = a.text().replaceAll("\\s+", " ").strip();
        int end = text.offsetByCodePoints(0, Math.min(TEXT_START, text.codePointCount(0, text.length())));
        return String.format(Locale.ROOT, "%-14s %-10s %s%s", setId, a.published() == null ? "undated" : a.published(),
                text.substring(0, end), end < text.length() ? "..." : "");
    }

    private static long gold(MultiNews.Data d) {
        return java.util.stream.Stream.concat(d.gold().values().stream(), d.rejected().values().stream()).distinct().count();
    }

    private static void header(PrintWriter out) {
        out.printf(Locale.ROOT, "%-44s %7s %7s %7s %7s %9s %8s%n", "clusterer", "B3-P", "B3-R", "B3-F1", "ARI",
                "clusters", "seconds");
    }

    private static void row(PrintWriter out, String name, ClusteringMetrics m, double seconds) {
        out.printf(Locale.ROOT, ROW.replace("%8.2f", Double.isNaN(seconds) ? "%8s" : "%8.2f"), name, m.precision(),
                m.recall(), m.f1(), m.ari(), m.clusters(), Double.isNaN(seconds) ? "" : seconds);
        out.flush();
    }
}
