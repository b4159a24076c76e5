package org.storyfold.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storyfold.Problem;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import org.storyfold.ingest.IngestConfig;
import scala.Tuple2;

/**
 * The batch pipeline on Spark, assembled in one place, with the core's stages and the library's
 * default settings. Articles are read and extracted where their files are, numbered in the
 * embedded run's order, and stay in those partitions ({@link Home}); each step shuffles keys and
 * small records, and moves an article's text only where the step must see several together:
 * renamed ids ({@link SparkIds}); corpus-aware cleaning ({@link SparkCleaning}); dedup by
 * blocking keys and connected components ({@link SparkDedup}); clustering in runs of chunks on
 * the executors ({@link SparkClustering}); briefs per story ({@link SparkBriefs}). Writes the JSON
 * format as JSON Lines folders, Parquet tables, and a summary. The articles and groups are the
 * embedded run's, and so are the stories when the batch is one run; a test holds this.
 */
public final class SparkDigest {

    /**
     * Where to read and write, in how many partitions, and how the clustering is split.
     *
     * @param runChunks chunks of units a clustering run holds at least (0: enough runs for the
     *                  cluster's cores, each of at least {@link SparkClustering#MIN_RUN_CHUNKS})
     */
    public record Settings(List<String> inputs, String out, int partitions, boolean parquet, int runChunks) {

        public Settings(List<String> inputs, String out, int partitions, boolean parquet) {
            this(inputs, out, partitions, parquet, 0);
        }

        public Settings {
            if (runChunks < 0) {
                throw new IllegalArgumentException("run chunks must be 0 (automatic) or more, not " + runChunks);
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

    /** What a run did, with each step's seconds and shuffled bytes. */
    public record Summary(String clustering, long articles, long problems, long groups, long stories, int storylines,
                          long inputBytes, long candidatePairs, long verifiedPairs, long linkedArticles, long components,
                          int componentRounds, int chunks, int runs, int warmUpChunks, long shuffleBytesWritten,
                          Map<String, Double> seconds, Map<String, Double> executorCpuSeconds, Map<String, Long> shuffled) {
    }

    private SparkDigest() {
    }

    /** Runs the pipeline over {@code settings.inputs()} and writes its results to {@code settings.out()}. */
    public static Summary run(SparkSession spark, Settings settings, PrintStream log) throws IOException {
        spark.conf().set(ArticleRows.JAVA_TIME, "true");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ShuffleMeter shuffle = new ShuffleMeter();
        spark.sparkContext().addSparkListener(shuffle);
        try {
            return run(spark, jsc, settings, log, shuffle);
        } finally {
            spark.sparkContext().removeSparkListener(shuffle);
        }
    }

    private static Summary run(SparkSession spark, JavaSparkContext jsc, Settings settings, PrintStream log,
                               ShuffleMeter shuffle) throws IOException {
        JobOutput output = JobOutput.create(jsc, settings.out());
        int partitions = settings.partitions();
        Clock clock = new Clock(log, shuffle);
        LocalDate latestPlausible = OnlineStoryClusterer.latestPlausible();
        long inputBytes = SparkIngest.bytes(jsc.hadoopConfiguration(), settings.inputs());

        // 1-2. Read and extract where the files are; number the records in the embedded run's order.
        JavaRDD<Ingested> read = SparkIngest.read(jsc, settings.inputs(), IngestConfig.defaults(), partitions)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Tuple2<Home, JavaPairRDD<Long, Ingested>> numbered = Home.number(read);
        Home home = numbered._1();
        JavaPairRDD<Long, Ingested> ingested = numbered._2();
        JavaPairRDD<Long, Article> extracted = ingested.filter(t -> t._2().article() != null)
                .mapValues(Ingested::article);
        SparkIds.Result ids = SparkIds.rename(jsc, extracted, partitions);
        clock.done("read and extract", home.count() + " records, " + ids.renamed().size() + " renamed");

        // 2b. Corpus-aware cleaning, after the ids are unique.
        var renamed = jsc.broadcast(ids.renamed());
        JavaPairRDD<Long, Article> named = extracted.mapToPair(t -> renamed.value().containsKey(t._1())
                ? new Tuple2<>(t._1(), t._2().withId(renamed.value().get(t._1()))) : t);
        long count = named.count();
        SparkCleaning.Result cleaning = SparkCleaning.run(jsc, home, named, count, partitions);
        SparkCleaning.Cleaning rules = cleaning.cleaning();
        JavaPairRDD<Long, Ingested> outcomes = named.mapValues(rules::apply)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Article> articles = outcomes.filter(t -> t._2().article() != null)
                .mapValues(Ingested::article);
        List<Problem> rejected = SparkCleaning.rejected(outcomes);
        count = articles.count();
        JavaRDD<Problem> readProblems = ingested.filter(t -> t._2().problem() != null).map(t -> t._2().problem())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        readProblems.count();
        read.unpersist(false);
        clock.done("clean", cleaning.recurringPrinters() + " articles print a recurring paragraph, "
                + rejected.size() + " rejected");

        // 3. Dedup.
        SparkDedup.Result dedup = SparkDedup.run(home, articles, partitions);
        JavaPairRDD<Long, DuplicateGroup> groups = dedup.groups().persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> familyOf = dedup.familyOf().persist(StorageLevel.MEMORY_AND_DISK_SER());
        long groupCount = groups.count();
        long verifiedPairs = groups.values().map(g -> (long) g.links().size()).fold(0L, Long::sum);
        clock.done("dedup", groupCount + " groups; " + dedup.candidatePairs() + " candidate pairs, "
                + dedup.linkedArticles() + " articles in " + dedup.components() + " components (" + dedup.rounds()
                + " rounds)");

        // 4. Cluster, in runs of chunks on the executors.
        SparkClustering.Result clustering = SparkClustering.run(jsc, home, articles, count, familyOf, groups,
                latestPlausible, settings.runChunks(), partitions);
        clock.done("cluster", clustering.storyCount() + " stories; " + clustering.chunks() + " chunks in "
                + clustering.runs() + " runs, " + clustering.warmUpChunks() + " chunks placed again to warm up; "
                + clustering.terms() + " terms");

        // 5. Briefs, and the output.
        output.lines("stories", SparkBriefs.lines(home, articles, clustering, groups, familyOf, partitions));
        clock.done("brief", "stories written");
        output.lines("articles", articles.values().map(a -> JobOutput.json(w -> JsonFormat.writeArticleLine(a, w))));
        output.lines("duplicates", groups.values().sortBy(SparkDigest::largestFirst, true, partitions)
                .map(g -> JobOutput.json(w -> JsonFormat.writeGroupLine(g, w))));
        output.file("storylines.json", JobOutput.json(w -> JsonFormat.writeStorylines(clustering.storylines(), w, true)) + "\n");
        List<Problem> late = new ArrayList<>(ids.problems());
        late.addAll(rejected);
        JavaRDD<Problem> problems = readProblems.union(jsc.parallelize(late, 1));
        output.lines("problems", problems.map(p -> JobOutput.json(w -> JsonFormat.writeProblemLine(p, w))));
        if (settings.parquet()) {
            spark.createDataFrame(articles.values().map(ArticleRows::toRow), ArticleRows.SCHEMA)
                    .write().parquet(output.path("articles.parquet"));
            for (String table : List.of("duplicates", "stories")) {
                spark.read().json(output.path(table)).write().parquet(output.path(table + ".parquet"));
            }
        }
        long problemCount = problems.count();
        shuffle.settle();
        clock.done("write", settings.out());
        log.printf("stages by call site (%d tasks, executor CPU %.1f s, shuffle read %.1f MB):%n", shuffle.tasks(),
                shuffle.cpuNanos() / 1e9, shuffle.read() / 1e6);
        log.println("  cpu s   gc s  tasks  written MB  read MB  call site");
        for (ShuffleMeter.StageCost c : shuffle.largest(16)) {
            log.printf("  %6.1f %6.1f %6d %11.1f %8.1f  %s%n", c.cpuNanos() / 1e9, c.gcNanos() / 1e9, c.tasks(),
                    c.written() / 1e6, c.read() / 1e6, c.site());
        }

        String mode = clustering.runs() == 1 ? "exact" : clustering.runs() + " runs";
        Summary summary = new Summary(mode, count, problemCount, groupCount, clustering.storyCount(),
                clustering.storylines().size(), inputBytes, dedup.candidatePairs(), verifiedPairs, dedup.linkedArticles(),
                dedup.components(), dedup.rounds(), clustering.chunks(), clustering.runs(), clustering.warmUpChunks(),
                shuffle.written(), clock.seconds, clock.cpu, clock.shuffled);
        output.file("summary.json", summaryJson(summary));
        outcomes.unpersist(false);
        readProblems.unpersist(false);
        groups.unpersist(false);
        familyOf.unpersist(false);
        clustering.storyOf().unpersist(false);
        clustering.held().unpersist(false);
        return summary;
    }

    /** Groups largest first, then by original: the order the embedded copy index lists them in ties aside. */
    static final Comparator<DuplicateGroup> LARGEST_FIRST = Comparator.<DuplicateGroup>comparingInt(g -> -g.members().size())
            .thenComparing(DuplicateGroup::original).thenComparing(g -> g.kind().label());

    /**
     * The article as the clusterer reads it (id, title, date, text), without its sentences and
     * removed lines, which roughly halves what crosses the shuffle.
     */
    static Article forClustering(Article a) {
        return new Article(a.id(), a.source(), null, a.title(), a.published(), null, null, null, a.text(),
                List.of(), List.of(), List.of());
    }

    /**
     * The article as dedup's verification and the briefer read it: without the lines extraction
     * removed and the repairs it made, which only the articles' own output shows.
     */
    static Article forCopiesAndBriefs(Article a) {
        return new Article(a.id(), a.source(), a.url(), a.title(), a.published(), a.outlet(), a.credit(), a.dateline(),
                a.text(), List.of(), List.of(), a.sentences(), a.modified(), a.authors(), a.language(), a.canonical(),
                a.publishedTime());
    }

    /** A sort key that lists groups as {@link #LARGEST_FIRST} does. */
    private static String largestFirst(DuplicateGroup g) {
        return String.format("%010d %s %s", Integer.MAX_VALUE - g.members().size(), g.original(), g.kind().label());
    }

    private static String summaryJson(Summary s) {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"clustering\": \"").append(s.clustering()).append("\",\n");
        field(b, "articles", s.articles());
        field(b, "problems", s.problems());
        field(b, "duplicateGroups", s.groups());
        field(b, "stories", s.stories());
        field(b, "storylines", s.storylines());
        field(b, "inputBytes", s.inputBytes());
        field(b, "candidatePairs", s.candidatePairs());
        field(b, "verifiedPairs", s.verifiedPairs());
        field(b, "articlesInGroups", s.linkedArticles());
        field(b, "components", s.components());
        field(b, "componentRounds", s.componentRounds());
        field(b, "clusteringChunks", s.chunks());
        field(b, "clusteringRuns", s.runs());
        field(b, "warmUpChunks", s.warmUpChunks());
        field(b, "shuffleBytesWritten", s.shuffleBytesWritten());
        b.append("  \"seconds\": {");
        String sep = "";
        for (Map.Entry<String, Double> e : s.seconds().entrySet()) {
            b.append(sep).append("\"").append(e.getKey()).append("\": ").append(Math.round(e.getValue() * 10) / 10.0);
            sep = ", ";
        }
        b.append("},\n  \"executorCpuSeconds\": {");
        sep = "";
        for (Map.Entry<String, Double> e : s.executorCpuSeconds().entrySet()) {
            b.append(sep).append("\"").append(e.getKey()).append("\": ").append(Math.round(e.getValue() * 10) / 10.0);
            sep = ", ";
        }
        b.append("},\n  \"shuffledBytes\": {");
        sep = "";
        for (Map.Entry<String, Long> e : s.shuffled().entrySet()) {
            b.append(sep).append("\"").append(e.getKey()).append("\": ").append(e.getValue());
            sep = ", ";
        }
        return b.append("}\n}\n").toString();
    }

    private static void field(StringBuilder b, String name, long value) {
        b.append("  \"").append(name).append("\": ").append(value).append(",\n");
    }

    /** Times the steps, notes the executors' CPU and the bytes each shuffled, and reports each on the log. */
    private static final class Clock {
        private final PrintStream log;
        private final ShuffleMeter shuffle;
        final Map<String, Double> seconds = new LinkedHashMap<>();
        final Map<String, Double> cpu = new LinkedHashMap<>();
        final Map<String, Long> shuffled = new LinkedHashMap<>();
        private long last = System.nanoTime();
        private long lastBytes;
        private long lastCpu;

        Clock(PrintStream log, ShuffleMeter shuffle) {
            this.log = log;
            this.shuffle = shuffle;
        }

        void done(String step, String what) {
            long now = System.nanoTime();
            double s = (now - last) / 1e9;
            shuffle.settle();
            last = System.nanoTime();
            long bytes = shuffle.written();
            long cpuNanos = shuffle.cpuNanos();
            seconds.put(step, s);
            cpu.put(step, (cpuNanos - lastCpu) / 1e9);
            shuffled.put(step, bytes - lastBytes);
            log.printf("%-17s %7.1f s %7.1f s executor CPU %9.1f MB shuffled  %s%n", step, s, (cpuNanos - lastCpu) / 1e9,
                    (bytes - lastBytes) / 1e6, what);
            lastBytes = bytes;
            lastCpu = cpuNanos;
        }
    }
}
