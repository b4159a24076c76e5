package org.storyfold.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.Story;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import scala.Tuple2;

/**
 * Stage 5 on Spark: each story's brief, written by the core's briefer on an executor from the
 * story's articles and the copy groups among them, as one line of the JSON format. Stories are
 * sent to partitions by ranges of their index, ranges holding about as many articles each, and
 * each partition writes its stories in order: the lines come out in story order with no sort of
 * the briefs themselves. Each article crosses one shuffle, to its story.
 */
final class SparkBriefs {

    private SparkBriefs() {
    }

    /**
     * The story lines. {@code groups} are keyed by their family (its first article's number, as
     * {@code familyOf} maps each article of a family to it): a group goes to every story that holds an
     * article of its family, and each story's brief reads those with a member among its own, as the
     * embedded run's do. A partial copy of a few sentences may sit in another story than its original
     * (the placer binds it only where their words agree), so one group can touch two stories.
     */
    static JavaRDD<String> lines(Home home, JavaPairRDD<Long, Article> articles, SparkClustering.Result clustering,
                                 JavaPairRDD<Long, DuplicateGroup> groups, JavaPairRDD<Long, Long> familyOf,
                                 int partitions) {
        Partitioner ranges = new StoryRanges(boundaries(clustering.stories(), clustering.storyCount(), partitions));
        JavaPairRDD<Long, Tuple2<Long, Packed<Article>>> members = home.join(articles, clustering.storyOf(),
                        (n, a, story) -> new Tuple2<>(story, Packed.of(SparkDigest.forCopiesAndBriefs(a))))
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())));
        JavaPairRDD<Long, Long> storiesOfFamily = familyOf.join(clustering.storyOf(), partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                .distinct(partitions);
        JavaPairRDD<Long, DuplicateGroup> touching = groups.join(storiesOfFamily, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        return clustering.stories().cogroup(members, touching, ranges)
                .mapPartitions(it -> {
                    Storyfold storyfold = new Storyfold(StoryfoldConfig.defaults());
                    List<Tuple2<Long, String>> out = new ArrayList<>();
                    while (it.hasNext()) {
                        var t = it.next();
                        for (SparkClustering.StoryHead head : t._2()._1()) {
                            out.add(new Tuple2<>(t._1(), line(storyfold, head, t._2()._2(), t._2()._3())));
                        }
                    }
                    out.sort(Comparator.comparingLong(Tuple2::_1));
                    return out.stream().map(Tuple2::_2).iterator();
                });
    }

    /**
     * The first story index of each partition after the first, so that each holds about as many
     * articles: stories are largest first, so their sizes (a few distinct values) say where.
     */
    private static long[] boundaries(JavaPairRDD<Long, SparkClustering.StoryHead> stories, long count, int partitions) {
        Map<Integer, Long> bySize = new HashMap<>(stories.mapToPair(t -> new Tuple2<>(t._2().size(), 1L))
                .reduceByKey(Long::sum, partitions).collectAsMap());
        List<Integer> sizes = new ArrayList<>(bySize.keySet());
        sizes.sort(Comparator.reverseOrder());
        long articles = 0;
        for (int size : sizes) {
            articles += size * bySize.get(size);
        }
        long[] out = new long[Math.max(0, partitions - 1)];
        long index = 0;
        long seen = 0;
        int next = 0;
        for (int size : sizes) {
            long n = bySize.get(size);
            while (next < out.length && seen + size * n >= (next + 1) * articles / partitions) {
                long need = (next + 1) * articles / partitions - seen;
                out[next++] = index + Math.min(n, Math.max(0, (need + size - 1) / size));
            }
            index += n;
            seen += size * n;
        }
        for (int i = 1; i < out.length; i++) {
            out[i] = Math.max(out[i], out[i - 1]);
        }
        return out;
    }

    private static String line(Storyfold storyfold, SparkClustering.StoryHead head,
                               Iterable<Tuple2<Long, Packed<Article>>> articles, Iterable<DuplicateGroup> groups) {
        List<Tuple2<Long, Packed<Article>>> packed = new ArrayList<>();
        articles.forEach(packed::add);
        packed.sort(Comparator.comparingLong(Tuple2::_1));
        List<Article> members = packed.stream().map(m -> m._2().value()).toList();
        Map<String, Article> byId = new HashMap<>();
        members.forEach(m -> byId.put(m.id(), m));
        Story story = new Story(head.id(), head.title(), members.stream().map(Article::id).toList());
        List<DuplicateGroup> touching = new ArrayList<>();
        Set<DuplicateGroup> seen = new HashSet<>();
        groups.forEach(g -> {
            if (g.members().stream().anyMatch(byId::containsKey) && seen.add(g)) {
                touching.add(g);
            }
        });
        // The embedded run's order: largest group first.
        touching.sort(SparkDigest.LARGEST_FIRST);
        return JobOutput.json(w -> JsonFormat.writeStoryLine(story, storyfold.brief(story, byId, touching), w));
    }

    /** Story indexes to partitions by ranges. */
    private static final class StoryRanges extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final long[] starts;

        StoryRanges(long[] starts) {
            this.starts = starts;
        }

        @Override
        public int numPartitions() {
            return starts.length + 1;
        }

        @Override
        public int getPartition(Object key) {
            int at = Arrays.binarySearch(starts, (Long) key);
            return at >= 0 ? at + 1 : -at - 1;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StoryRanges r && Arrays.equals(r.starts, starts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(starts);
        }
    }
}
