package org.storyfold.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storyfold.Problem;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.Clustering;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.dedup.CopyEdits;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import org.storyfold.ingest.IngestConfig;
import scala.Tuple2;

/**
 * The batch pipeline on Spark, assembled in one place, with the core's stages and the library's
 * default settings: read and extract on the executors; number the articles in the embedded run's
 * order and give repeated ids a suffix; corpus-aware cleaning ({@link SparkCleaning}); dedup by
 * blocking keys and connected components ({@link SparkDedup}); clustering on the driver with the
 * core's online clusterer over the articles in batch order (its placement is sequential, so the
 * driver holds every article's title and text while it runs), or by time windows on the executors
 * ({@link SparkStoryWindows}, different stories at window edges); briefs per story
 * on the executors ({@link SparkBriefs}). Writes the JSON format as JSON Lines folders, Parquet, and
 * a summary. The groups, and with the exact clustering the stories, are the embedded run's (a test
 * holds this).
 */
public final class SparkDigest {

    /** Where to read and write, and in how many partitions. */
    /**
     * @param windowDays 0 for the exact clustering on the driver (the embedded run's stories), else
     *                   the days of each time window clustered apart on the executors ({@link SparkStoryWindows})
     */
    public record Settings(List<String> inputs, String out, int partitions, boolean parquet, int windowDays) {

        /** Settings for the exact clustering. */
        public Settings(List<String> inputs, String out, int partitions, boolean parquet) {
            this(inputs, out, partitions, parquet, 0);
        }

        public Settings {
            if (windowDays < 0) {
                throw new IllegalArgumentException("window days must be 0 (exact) or more, not " + windowDays);
            }
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input given");
            }
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
            }
        }
    }

    /** What a run did, with each step's seconds and the bytes the shuffles wrote. */
    public record Summary(String clustering, long articles, long problems, long groups, int stories, int storylines,
                          long candidatePairs,
                          long verifiedPairs, long linkedArticles, long components, int componentRounds,
                          long shuffleBytesWritten, Map<String, Double> seconds) {
    }

    private SparkDigest() {
    }

    /** Runs the pipeline over {@code settings.inputs()} and writes its results to {@code settings.out()}. */
    public static Summary run(SparkSession spark, Settings settings, PrintStream log) throws IOException {
        spark.conf().set(ArticleRows.JAVA_TIME, "true");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ShuffleMeter shuffle = new ShuffleMeter();
        spark.sparkContext().addSparkListener(shuffle);
        JobOutput output = JobOutput.create(jsc, settings.out());
        int partitions = settings.partitions();
        Map<String, Double> seconds = new LinkedHashMap<>();
        Clock clock = new Clock(log, seconds);

        // 1-2. Read and extract; number the articles in the embedded run's order.
        JavaRDD<Ingested> ingested = SparkIngest.read(jsc, settings.inputs(), IngestConfig.defaults(), partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Problem> readProblems = ingested.filter(i -> i.problem() != null).map(Ingested::problem);
        JavaPairRDD<Long, Article> numbered = ingested.filter(i -> i.article() != null)
                .sortBy(OrderKey::of, true, partitions)
                .zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2(), t._1().article()));
        List<Problem> renamed = new ArrayList<>();
        numbered = uniqueIds(jsc, numbered, renamed, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        long read = numbered.count();
        clock.done("read and extract", read + " articles");

        // 2b. Corpus-aware cleaning.
        SparkCleaning.Result cleaning = SparkCleaning.run(jsc, numbered, read, partitions);
        JavaPairRDD<Long, Article> articles = cleaning.articles();
        long count = articles.count();
        numbered.unpersist(false);
        clock.done("clean", cleaning.recurringPrinters() + " articles print a recurring paragraph, "
                + cleaning.rejected().size() + " rejected");

        // 3. Dedup.
        SparkDedup.Result dedup = SparkDedup.run(articles, partitions);
        JavaRDD<DuplicateGroup> groups = dedup.groups().persist(StorageLevel.MEMORY_AND_DISK());
        // The exact clustering needs every group on the driver; the windows find theirs on the executors.
        List<DuplicateGroup> families = new ArrayList<>();
        if (settings.windowDays() == 0) {
            families.addAll(groups.map(SparkDigest::withoutEdits).collect());
            families.sort(LARGEST_FIRST);
        }
        long groupCount = settings.windowDays() == 0 ? families.size() : groups.count();
        clock.done("dedup", groupCount + " groups; " + dedup.candidatePairs() + " candidate pairs, "
                + dedup.verifiedPairs() + " verified; " + dedup.linkedArticles() + " articles in " + dedup.components()
                + " components (" + dedup.rounds() + " rounds)");

        // 4. Cluster: exactly, on the driver, articles in batch order; or by time window on the executors.
        Clustering clustering;
        if (settings.windowDays() == 0) {
            List<Article> inOrder = new ArrayList<>((int) count);
            articles.sortByKey(true, partitions).values().map(SparkDigest::forClustering).toLocalIterator()
                    .forEachRemaining(inOrder::add);
            clustering = new OnlineStoryClusterer(ClusterConfig.defaults()).fold(inOrder, families);
            inOrder.clear();
        } else {
            clustering = new Clustering(SparkStoryWindows.stories(articles, dedup.familyOf(), groups,
                    settings.windowDays(), partitions), List.of());
        }
        clock.done("cluster", clustering.stories().size() + " stories, " + clustering.storylines().size() + " storylines ("
                + (settings.windowDays() == 0 ? "exact, on the driver" : "windows of " + settings.windowDays() + " days")
                + ")");

        // 5. Briefs, and the output.
        output.lines("stories", SparkBriefs.lines(jsc, clustering.stories(), articles, groups, partitions));
        clock.done("brief", "stories written");
        output.lines("articles", articles.sortByKey(true, partitions).values()
                .map(a -> JobOutput.json(w -> JsonFormat.writeArticleLine(a, w))));
        output.lines("duplicates", groups.sortBy(SparkDigest::largestFirst, true, partitions)
                .map(g -> JobOutput.json(w -> JsonFormat.writeGroupLine(g, w))));
        List<Problem> late = new ArrayList<>(renamed);
        late.addAll(cleaning.rejected());
        JavaRDD<Problem> problems = readProblems.union(jsc.parallelize(late, 1));
        output.lines("problems", problems.map(p -> JobOutput.json(w -> JsonFormat.writeProblemLine(p, w))));
        output.file("storylines.json", JobOutput.json(w -> JsonFormat.writeStorylines(clustering.storylines(), w, true)) + "\n");
        if (settings.parquet()) {
            spark.createDataFrame(articles.sortByKey(true, partitions).values().map(ArticleRows::toRow), ArticleRows.SCHEMA)
                    .write().parquet(output.path("articles.parquet"));
        }
        long problemCount = problems.count();
        clock.done("write", settings.out());

        String mode = settings.windowDays() == 0 ? "exact" : "windows of " + settings.windowDays() + " days";
        Summary summary = new Summary(mode, count, problemCount, groupCount, clustering.stories().size(),
                clustering.storylines().size(), dedup.candidatePairs(), dedup.verifiedPairs(), dedup.linkedArticles(),
                dedup.components(), dedup.rounds(),
                shuffle.written(), seconds);
        output.file("summary.json", summaryJson(summary));
        ingested.unpersist(false);
        articles.unpersist(false);
        groups.unpersist(false);
        return summary;
    }

    /** Groups largest first, then by original: the order the embedded copy index lists them in ties aside. */
    static final Comparator<DuplicateGroup> LARGEST_FIRST = Comparator.<DuplicateGroup>comparingInt(g -> -g.members().size())
            .thenComparing(DuplicateGroup::original).thenComparing(g -> g.kind().label());

    /**
     * The article as the clusterer reads it (id, title, date, text), without its sentences and
     * removed lines, which roughly halves what the driver holds.
     */
    static Article forClustering(Article a) {
        return new Article(a.id(), a.source(), null, a.title(), a.published(), null, null, null, a.text(),
                List.of(), List.of(), List.of());
    }

    /** A sort key that lists groups as {@link #LARGEST_FIRST} does. */
    private static String largestFirst(DuplicateGroup g) {
        return String.format("%010d %s %s", Integer.MAX_VALUE - g.members().size(), g.original(), g.kind().label());
    }

    private static DuplicateGroup withoutEdits(DuplicateGroup g) {
        return new DuplicateGroup(g.members(), g.original(), g.kind(), g.similarity(),
                g.links().stream().map(l -> l.withEdits(CopyEdits.NONE)).toList());
    }

    /**
     * Articles whose id an earlier article took get the embedded run's suffix ({@code ~2}, ...),
     * each reported as a problem.
     */
    private static JavaPairRDD<Long, Article> uniqueIds(JavaSparkContext jsc, JavaPairRDD<Long, Article> numbered,
                                                        List<Problem> problems, int partitions) {
        List<Tuple2<String, Iterable<Tuple2<Long, String>>>> repeated = numbered
                .mapToPair(t -> new Tuple2<>(t._2().id(), new Tuple2<>(t._1(), t._2().source())))
                .groupByKey(partitions)
                .filter(t -> t._2().iterator().hasNext() && count(t._2()) > 1)
                .collect();
        if (repeated.isEmpty()) {
            return numbered;
        }
        Set<String> taken = new HashSet<>();
        repeated.forEach(t -> taken.add(t._1()));
        Map<Long, String> newId = new HashMap<>();
        for (Tuple2<String, Iterable<Tuple2<Long, String>>> t : repeated) {
            List<Tuple2<Long, String>> uses = new ArrayList<>();
            t._2().forEach(uses::add);
            uses.sort(Comparator.comparingLong(Tuple2::_1));
            for (int i = 1; i < uses.size(); i++) {
                int n = 2;
                while (taken.contains(t._1() + "~" + n)) {
                    n++;
                }
                String unique = t._1() + "~" + n;
                taken.add(unique);
                newId.put(uses.get(i)._1(), unique);
                problems.add(new Problem(uses.get(i)._2(), "id \"" + t._1() + "\" is already used by "
                        + uses.get(0)._2() + "; this article is \"" + unique + "\""));
            }
        }
        Broadcast<Map<Long, String>> ids = jsc.broadcast(newId);
        return numbered.mapToPair(t -> ids.value().containsKey(t._1())
                ? new Tuple2<>(t._1(), t._2().withId(ids.value().get(t._1()))) : t);
    }

    private static int count(Iterable<?> items) {
        int n = 0;
        for (Iterator<?> it = items.iterator(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static String summaryJson(Summary s) {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"clustering\": \"").append(s.clustering()).append("\",\n");
        b.append("  \"articles\": ").append(s.articles()).append(",\n");
        b.append("  \"problems\": ").append(s.problems()).append(",\n");
        b.append("  \"duplicateGroups\": ").append(s.groups()).append(",\n");
        b.append("  \"stories\": ").append(s.stories()).append(",\n");
        b.append("  \"storylines\": ").append(s.storylines()).append(",\n");
        b.append("  \"candidatePairs\": ").append(s.candidatePairs()).append(",\n");
        b.append("  \"verifiedPairs\": ").append(s.verifiedPairs()).append(",\n");
        b.append("  \"articlesInGroups\": ").append(s.linkedArticles()).append(",\n");
        b.append("  \"components\": ").append(s.components()).append(",\n");
        b.append("  \"componentRounds\": ").append(s.componentRounds()).append(",\n");
        b.append("  \"shuffleBytesWritten\": ").append(s.shuffleBytesWritten()).append(",\n");
        b.append("  \"seconds\": {");
        String sep = "";
        for (Map.Entry<String, Double> e : s.seconds().entrySet()) {
            b.append(sep).append("\"").append(e.getKey()).append("\": ").append(Math.round(e.getValue() * 10) / 10.0);
            sep = ", ";
        }
        return b.append("}\n}\n").toString();
    }

    /** A record's place in the embedded run's order, as a sort key. */
    record OrderKey(int input, String file, int position) implements Comparable<OrderKey>, Serializable {
        static OrderKey of(Ingested i) {
            return new OrderKey(i.input(), i.file(), i.position());
        }

        @Override
        public int compareTo(OrderKey o) {
            int c = Integer.compare(input, o.input);
            if (c == 0) {
                c = file.compareTo(o.file);
            }
            return c != 0 ? c : Integer.compare(position, o.position);
        }
    }

    /** Times the steps and reports each on the log. */
    private static final class Clock {
        private final PrintStream log;
        private final Map<String, Double> seconds;
        private long last = System.nanoTime();

        Clock(PrintStream log, Map<String, Double> seconds) {
            this.log = log;
            this.seconds = seconds;
        }

        void done(String step, String what) {
            long now = System.nanoTime();
            double s = (now - last) / 1e9;
            last = now;
            seconds.put(step, s);
            log.printf("%-17s %7.1f s  %s%n", step, s, what);
        }
    }
}
