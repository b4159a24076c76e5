package org.storyfold.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.storyfold.cluster.ArrivalKey;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.CorpusTerms;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.StoryStream;
import org.storyfold.cluster.Storyline;
import org.storyfold.cluster.StorylineLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import scala.Tuple2;

/**
 * Stage 4 on Spark, distributed, with the core's online clusterer. The embedded run places a
 * batch's units (families of copies, or lone articles) in {@link ArrivalKey} order, a chunk of
 * {@link OnlineStoryClusterer#CHUNK_UNITS} at a time, each unit joining a story still active (one
 * with an article in the last {@code dormantDays}) or opening one, every term weighed by the whole
 * batch's document frequencies and mean. Here:
 * <ol>
 * <li>the batch's term statistics are counted on the executors ({@link CorpusTerms}) and broadcast;</li>
 * <li>the units are sorted by arrival in a shuffle of small keys and cut into the same chunks;</li>
 * <li>consecutive chunks form runs; each run is placed on one executor by a stream of the core
 * opened with the batch's statistics, after a warm-up: the chunks before it that reach back
 * {@link #WARM_UP_DAYS} days before its first date, so that the stories still active when the run
 * starts are there to take its articles (the last run alone ends with the periodic merge, as the
 * batch does);</li>
 * <li>each article belongs to the story the run that owns its chunk put it in; a story of a run
 * that continues a story of the run before (most of its warm-up articles are that story's) is that
 * story: these links are joined into connected components ({@link Components});</li>
 * <li>stories are numbered largest first, then by first article, as the embedded run numbers them.</li>
 * </ol>
 * With one run (a batch of a few chunks) the stories are the embedded run's exactly; with many they
 * differ only where a story began before a run's warm-up (its older articles missing from the
 * warm-up's picture of it). Nothing proportional to the batch reaches the driver but the term
 * statistics (the terms two or more articles use) and a date range per chunk. No storylines.
 */
final class SparkClustering {

    /** Days before a run's first date that its warm-up reaches back: twice the stories' dormancy by default. */
    static final int WARM_UP_DAYS = 2 * ClusterConfig.defaults().dormantDays();
    /** Fewest chunks a run holds (a run's warm-up is placed again by the next run's executor). */
    static final int MIN_RUN_CHUNKS = 4;

    /**
     * What the stage found: each article's story (by index, 0 the largest), each story's id, title
     * and size by index (both persisted, with {@code held}, until the caller lets them go); and how
     * the batch was split.
     */
    record Result(JavaPairRDD<Long, Long> storyOf, JavaPairRDD<Long, StoryHead> stories, long storyCount,
                  JavaPairRDD<?, ?> held, List<Storyline> storylines, int chunks, int runs, int warmUpChunks, int terms) {
    }

    /** A story's id, title and number of articles. */
    record StoryHead(String id, String title, int size) implements Serializable {
    }

    /** A run of chunks, and its warm-up: the chunks from {@code from} (warm-up) or {@code start} to {@code end}. */
    record Run(int from, int start, int end, boolean last) implements Serializable {
    }

    private SparkClustering() {
    }

    static Result run(JavaSparkContext jsc, Home home, JavaPairRDD<Long, Article> articles, long count,
                      JavaPairRDD<Long, Long> familyOf, JavaPairRDD<Long, DuplicateGroup> groups,
                      LocalDate latestPlausible, int runChunks, int partitions) {
        // 1. The batch's term statistics.
        Broadcast<CorpusTerms> corpus = jsc.broadcast(statistics(articles, count, partitions));
        // 2. Units in arrival order, cut into chunks.
        JavaPairRDD<Long, Tuple2<Long, ArrivalKey>> unitOf = home.join(articles, familyOf,
                (n, a, family) -> new Tuple2<>(family == null ? n : family, ArrivalKey.of(a, latestPlausible)))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> unitIndex = unitOf.values()
                .mapToPair(t -> t)
                .reduceByKey(ArrivalKey::earliest, partitions)
                .mapToPair(Tuple2::swap)
                .sortByKey(true, partitions)
                .values()
                .zipWithIndex()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        int chunk = OnlineStoryClusterer.CHUNK_UNITS;
        JavaPairRDD<Long, Integer> chunkOf = unitOf.mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
                .join(unitIndex, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), (int) (t._2()._2() / chunk)));
        // The date range of each chunk, for the runs' warm-ups.
        Map<Integer, LocalDate[]> ranges = new HashMap<>(home.join(unitOf, chunkOf,
                        (n, u, c) -> new Tuple2<>(c, u._2().date()))
                .values()
                .mapToPair(t -> new Tuple2<>(t._1(), new LocalDate[] {t._2(), t._2()}))
                .reduceByKey(SparkClustering::widen, partitions)
                .collectAsMap());
        int chunks = ranges.size();
        int size = runChunks > 0 ? runChunks
                : Math.max(MIN_RUN_CHUNKS, (chunks + 2 * jsc.defaultParallelism() - 1) / (2 * jsc.defaultParallelism()));
        List<Run> runs = runs(ranges, chunks, size);
        int[] ownerOf = new int[chunks];
        List<List<Integer>> warmedBy = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            warmedBy.add(new ArrayList<>());
        }
        int warmUp = 0;
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            for (int c = run.from(); c < run.end(); c++) {
                if (c < run.start()) {
                    warmedBy.get(c).add(r);
                    warmUp++;
                } else {
                    ownerOf[c] = r;
                }
            }
        }
        Broadcast<int[]> owners = jsc.broadcast(ownerOf);
        Broadcast<List<List<Integer>>> warmUps = jsc.broadcast(warmedBy);
        Broadcast<List<Run>> plan = jsc.broadcast(runs);
        // 3. Each run placed on one executor, with its warm-up and its units' groups.
        JavaPairRDD<Integer, RunMember> toRuns = home.join(articles, chunkOf,
                        (n, a, c) -> new RunMember(n, c, SparkDigest.forClustering(a)))
                .flatMapToPair(t -> {
                    List<Tuple2<Integer, RunMember>> out = new ArrayList<>();
                    int c = t._2().chunk();
                    out.add(new Tuple2<>(owners.value()[c], t._2()));
                    for (int r : warmUps.value().get(c)) {
                        out.add(new Tuple2<>(r, t._2()));
                    }
                    return out.iterator();
                });
        JavaPairRDD<Integer, DuplicateGroup> groupsToRuns = groups.join(unitIndex, partitions)
                .flatMapToPair(t -> {
                    int c = (int) (t._2()._2() / chunk);
                    List<Tuple2<Integer, DuplicateGroup>> out = new ArrayList<>();
                    out.add(new Tuple2<>(owners.value()[c], t._2()._1()));
                    for (int r : warmUps.value().get(c)) {
                        out.add(new Tuple2<>(r, t._2()._1()));
                    }
                    return out.iterator();
                });
        // Each member's story in the run, each story of the run, and its storyline links.
        // A run's members and groups are gathered in plain lists, not by a cogroup: Spark's map would
        // estimate the size of a run's articles over and over as they arrive.
        JavaPairRDD<Integer, Placement> placed = toRuns.mapValues(m -> new RunInput(m, null))
                .union(groupsToRuns.mapValues(g -> new RunInput(null, g)))
                .partitionBy(new org.apache.spark.HashPartitioner(Math.max(1, runs.size())))
                .mapPartitionsToPair(it -> {
                    Map<Integer, List<RunMember>> members = new java.util.TreeMap<>();
                    Map<Integer, List<DuplicateGroup>> runGroups = new HashMap<>();
                    while (it.hasNext()) {
                        Tuple2<Integer, RunInput> t = it.next();
                        if (t._2().member() != null) {
                            members.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(t._2().member());
                        } else {
                            runGroups.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(t._2().group());
                        }
                    }
                    List<Tuple2<Integer, Placement>> out = new ArrayList<>(members.size());
                    for (Map.Entry<Integer, List<RunMember>> e : members.entrySet()) {
                        int r = e.getKey();
                        out.add(new Tuple2<>(r, place(r, e.getValue(), runGroups.getOrDefault(r, List.of()),
                                plan.value().get(r), corpus.value(), latestPlausible, owners.value())));
                        e.setValue(List.of());
                    }
                    return out.iterator();
                }, true)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // 4. Stories continued from the run before, joined.
        JavaPairRDD<Long, Long> ownerStory = placed.values().flatMapToPair(p -> p.members().stream()
                .filter(Placed::owned).map(m -> new Tuple2<>(m.number(), m.story())).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> continues = placed.values().flatMapToPair(p -> p.members().stream()
                        .filter(m -> !m.owned()).map(m -> new Tuple2<>(m.number(), m.story())).iterator())
                .join(ownerStory, partitions)
                .mapToPair(t -> new Tuple2<>(t._2(), 1))
                .reduceByKey(Integer::sum, partitions)
                .mapToPair(t -> new Tuple2<>(t._1()._1(), new Tuple2<>(t._1()._2(), t._2())))
                .reduceByKey((x, y) -> x._2() > y._2() || (x._2().equals(y._2()) && x._1() < y._1()) ? x : y, partitions)
                .mapValues(Tuple2::_1);
        Components.Result joined = Components.of(continues, partitions);
        JavaPairRDD<Long, Part> parts = placed.values().flatMapToPair(p -> p.parts().stream()
                .map(part -> new Tuple2<>(part.key(), part)).iterator());
        JavaPairRDD<Long, Tuple2<Long, Part>> finalOfPart = parts
                .leftOuterJoin(joined.labels(), partitions)
                .mapToPair(t -> new Tuple2<>(t._1(), new Tuple2<>(t._2()._2().orElse(t._1()), t._2()._1())))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> finalOf = ownerStory.mapToPair(Tuple2::swap).join(finalOfPart, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()._1()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // 5. Stories numbered largest first, then by first article; each titled by its latest part, and
        // ranked (for storylines) by its first date, then by where its earliest part was opened.
        JavaPairRDD<Long, Part> titles = finalOfPart.values().mapToPair(t -> t)
                .reduceByKey(SparkClustering::latestEarliest, partitions);
        JavaPairRDD<Tuple2<Long, StoryHead>, Long> numbered = finalOf
                .mapToPair(t -> new Tuple2<>(t._2(), new long[] {1, t._1()}))
                .reduceByKey((x, y) -> new long[] {x[0] + y[0], Math.min(x[1], y[1])}, partitions)
                .join(titles, partitions)
                .mapToPair(t -> new Tuple2<>(new StoryOrder(t._2()._1()[0], t._2()._1()[1]),
                        new Tuple2<>(t._1(), t._2()._2().title())))
                .sortByKey(true, partitions)
                .map(t -> new Tuple2<>(t._2()._1(), new StoryHead(null, t._2()._2(), (int) t._1().size())))
                .zipWithIndex()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, StoryHead> heads = numbered.mapToPair(t -> new Tuple2<>(t._2(),
                new StoryHead("s" + (t._2() + 1), t._1()._2().title(), t._1()._2().size())));
        JavaPairRDD<Long, Long> storyOf = finalOf.mapToPair(Tuple2::swap)
                .join(numbered.mapToPair(t -> new Tuple2<>(t._1()._1(), t._2())), partitions)
                .mapToPair(t -> t._2())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long storyCount = numbered.count();
        storyOf.count();
        List<Storyline> storylines = storylines(jsc, placed, finalOfPart, titles, numbered, partitions);
        finalOfPart.unpersist(false);
        unitOf.unpersist(false);
        unitIndex.unpersist(false);
        placed.unpersist(false);
        ownerStory.unpersist(false);
        finalOf.unpersist(false);
        return new Result(storyOf, heads, storyCount, numbered, storylines, chunks, runs.size(), warmUp,
                corpus.value().size());
    }

    /**
     * The batch's document frequencies and term sums, counted where the articles are. Each article's
     * terms are found once, kept (serialised) for the two passes: the frequencies, then the weights
     * under them.
     */
    static CorpusTerms statistics(JavaPairRDD<Long, Article> articles, long count, int partitions) {
        JavaRDD<CorpusTerms.ArticleCounts> terms = articles.values()
                .map(a -> CorpusTerms.ArticleCounts.of(a, ClusterConfig.defaults()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<Tuple2<Long, Integer>> df = KeyCounts.of(terms, CorpusTerms.ArticleCounts::keys, partitions)
                .filter(t -> t._2() > 1)
                .collect();
        long[] keys = new long[df.size()];
        int[] frequencies = new int[df.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = df.get(i)._1();
            frequencies[i] = df.get(i)._2();
        }
        CorpusTerms frequenciesOnly = CorpusTerms.of(count, keys, frequencies);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(articles.context());
        Broadcast<CorpusTerms> held = jsc.broadcast(frequenciesOnly);
        List<Tuple2<Long, Double>> sums = KeyCounts.acrossPartitions(terms
                .mapPartitionsToPair(it -> {
                    CorpusTerms.Weigher weigher = new CorpusTerms.Weigher(held.value(), ClusterConfig.defaults());
                    Map<Long, double[]> local = new HashMap<>();
                    while (it.hasNext()) {
                        weigher.weigh(it.next(), (key, weight) -> {
                            if (held.value().holds(key)) {
                                local.computeIfAbsent(key, k -> new double[1])[0] += weight;
                            }
                        });
                    }
                    List<Tuple2<Long, Double>> out = new ArrayList<>(local.size());
                    local.forEach((k, v) -> out.add(new Tuple2<>(k, v[0])));
                    return out.iterator();
                }), Double::sum, partitions)
                .collect();
        terms.unpersist(false);
        held.destroy();
        long[] sumKeys = new long[sums.size()];
        double[] sumValues = new double[sums.size()];
        for (int i = 0; i < sumKeys.length; i++) {
            sumKeys[i] = sums.get(i)._1();
            sumValues[i] = sums.get(i)._2();
        }
        return frequenciesOnly.withSums(sumKeys, sumValues);
    }

    /**
     * Runs of at least {@code size} chunks; each run's warm-up is the chunks before it whose latest
     * date falls within {@link #WARM_UP_DAYS} of the run's first date (at least one). Undated chunks,
     * last in arrival order, join the last run with a date.
     */
    static List<Run> runs(Map<Integer, LocalDate[]> ranges, int chunks, int size) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        while (start < chunks) {
            int end = Math.min(chunks, start + size);
            if (chunks - end < size || ranges.get(end) == null || ranges.get(end)[0] == null) {
                // Too few chunks left for a run of their own, or nothing dated left: all in this run.
                boolean datedAfter = false;
                for (int c = end; c < chunks && !datedAfter; c++) {
                    datedAfter = ranges.get(c)[0] != null && chunks - end >= size;
                }
                if (!datedAfter) {
                    end = chunks;
                }
            }
            int from = start;
            LocalDate first = ranges.get(start)[0];
            if (start > 0) {
                from = start - 1;
                while (from > 0 && first != null && ranges.get(from - 1)[1] != null
                        && !ranges.get(from - 1)[1].isBefore(first.minusDays(WARM_UP_DAYS))) {
                    from--;
                }
            }
            runs.add(new Run(from, start, end, end == chunks));
            start = end;
        }
        return runs;
    }

    /** One member's place: its number, its story (run and story in the run), and whether the run owns it. */
    record Placed(long number, long story, boolean owned) implements Serializable {
    }

    /** An article sent to a run: its number, its chunk, and what the clusterer reads of it. */
    record RunMember(long number, int chunk, Article article) implements Serializable {
    }

    /** What is sent to a run: one member, or one group touching its units. */
    record RunInput(RunMember member, DuplicateGroup group) implements Serializable {
    }

    /** A story of a run: its key (run, and place in the run's list), title, number in the run's stream, first date. */
    record Part(long key, String title, long number, LocalDate first) implements Serializable {
    }

    /** A storyline link found by a run, between two of its stories (by key), with the core's reasons. */
    record Link(long earlier, long later, double similarity, List<String> names, Long days, String reason)
            implements Serializable {
    }

    /** What a run made: each member's story, its stories, and the storyline links to its own stories. */
    record Placement(List<Placed> members, List<Part> parts, List<Link> links) implements Serializable {
    }

    /** Places one run's articles with the core's stream. */
    private static Placement place(int r, Iterable<RunMember> members, Iterable<DuplicateGroup> groups, Run run,
                                   CorpusTerms corpus, LocalDate latestPlausible, int[] owners) {
        List<RunMember> inOrder = new ArrayList<>();
        members.forEach(inOrder::add);
        inOrder.sort(Comparator.comparingLong(RunMember::number));
        List<DuplicateGroup> runGroups = new ArrayList<>();
        groups.forEach(runGroups::add);
        runGroups.sort(SparkDigest.LARGEST_FIRST);
        StoryStream stream = new OnlineStoryClusterer(ClusterConfig.defaults()).open(corpus, latestPlausible);
        List<Article> articles = inOrder.stream().map(RunMember::article).toList();
        if (run.last()) {
            stream.add(articles, runGroups);
        } else {
            stream.place(articles, runGroups);
        }
        Map<String, RunMember> byId = new HashMap<>();
        inOrder.forEach(m -> byId.put(m.article().id(), m));
        List<Placed> placed = new ArrayList<>(inOrder.size());
        List<Part> parts = new ArrayList<>();
        Map<String, Long> keyOf = new HashMap<>();
        java.util.Set<Long> owning = new java.util.HashSet<>();
        List<Story> stories = stream.stories();
        for (int s = 0; s < stories.size(); s++) {
            Story story = stories.get(s);
            long key = ((long) r << 32) | s;
            keyOf.put(story.id(), key);
            LocalDate first = null;
            for (String id : story.articles()) {
                RunMember m = byId.get(id);
                boolean owned = owners[m.chunk()] == r;
                placed.add(new Placed(m.number(), key, owned));
                if (owned) {
                    owning.add(key);
                }
                LocalDate d = ArrivalKey.of(m.article(), latestPlausible).date();
                first = d == null || (first != null && !d.isBefore(first)) ? first : d;
            }
            parts.add(new Part(key, story.title(), Long.parseLong(story.id().substring(1)) - 1, first));
        }
        List<Link> links = new ArrayList<>();
        for (Storyline line : stream.storylines()) {
            for (StorylineLink k : line.links()) {
                long later = keyOf.get(k.later());
                if (owning.contains(later)) {
                    links.add(new Link(keyOf.get(k.earlier()), later, k.similarity(), k.names(), k.days(), k.reason()));
                }
            }
        }
        return new Placement(placed, parts, links);
    }

    /** Of two parts of one story: the latest's title, and the earliest first date and opening. */
    private static Part latestEarliest(Part a, Part b) {
        Part latest = run(a.key()) >= run(b.key()) ? a : b;
        Part earliest = Long.compare(a.key(), b.key()) <= 0 ? a : b;
        LocalDate first = a.first() == null ? b.first() : b.first() == null || a.first().isBefore(b.first()) ? a.first()
                : b.first();
        return new Part(earliest.key(), latest.title(), earliest.number(), first);
    }

    /**
     * The storylines: the runs' links between the final stories (for each later story, its most
     * alike earlier one), joined into connected components, largest first; stories earliest first.
     * Storylines link a small share of the stories; they are assembled on the driver.
     */
    private static List<Storyline> storylines(JavaSparkContext jsc, JavaPairRDD<Integer, Placement> placed,
                                              JavaPairRDD<Long, Tuple2<Long, Part>> finalOfPart,
                                              JavaPairRDD<Long, Part> ranks,
                                              JavaPairRDD<Tuple2<Long, StoryHead>, Long> numbered, int partitions) {
        JavaPairRDD<Long, Long> finalKey = finalOfPart.mapValues(Tuple2::_1);
        List<Link> links = placed.values().flatMapToPair(p -> p.links().stream()
                        .map(l -> new Tuple2<>(l.earlier(), l)).iterator())
                .join(finalKey, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1().later(), new Tuple2<>(t._2()._2(), t._2()._1())))
                .join(finalKey, partitions)
                .mapToPair(t -> {
                    Link l = t._2()._1()._2();
                    return new Tuple2<>(t._2()._2(), new Link(t._2()._1()._1(), t._2()._2(), l.similarity(), l.names(),
                            l.days(), l.reason()));
                })
                .filter(t -> t._2().earlier() != t._2().later())
                .reduceByKey((x, y) -> x.similarity() > y.similarity()
                        || (x.similarity() == y.similarity() && x.earlier() < y.earlier()) ? x : y, partitions)
                .values()
                .collect();
        if (links.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> involved = new java.util.HashSet<>();
        links.forEach(l -> {
            involved.add(l.earlier());
            involved.add(l.later());
        });
        Broadcast<java.util.Set<Long>> keys = jsc.broadcast(involved);
        Map<Long, Long> index = new HashMap<>(numbered.mapToPair(t -> new Tuple2<>(t._1()._1(), t._2()))
                .filter(t -> keys.value().contains(t._1())).collectAsMap());
        Map<Long, Part> rank = new HashMap<>(ranks.filter(t -> keys.value().contains(t._1())).collectAsMap());
        keys.destroy();
        return StorylineAssembly.of(links, index, rank);
    }

    private static int run(long story) {
        return (int) (story >>> 32);
    }

    private static LocalDate[] widen(LocalDate[] a, LocalDate[] b) {
        LocalDate first = a[0] == null ? b[0] : b[0] == null || a[0].isBefore(b[0]) ? a[0] : b[0];
        LocalDate last = a[1] == null ? b[1] : b[1] == null || a[1].isAfter(b[1]) ? a[1] : b[1];
        return new LocalDate[] {first, last};
    }

    /** Stories largest first, then by their first article. */
    record StoryOrder(long size, long first) implements Comparable<StoryOrder>, Serializable {
        @Override
        public int compareTo(StoryOrder o) {
            int c = Long.compare(o.size, size);
            return c != 0 ? c : Long.compare(first, o.first);
        }
    }
}
