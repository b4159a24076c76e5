package org.storyfold.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.Story;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import scala.Tuple2;

/**
 * Stage 4 on Spark for corpora too large for one driver: articles are blocked by time window
 * ({@code windowDays} of publication; undated articles form one window of their own), each family
 * of copies in the window of its earliest dated member, and each window is clustered by the
 * core's online clusterer on an executor, in parallel. A story that runs across a window's edge
 * is split there, so the stories differ from the exact (driver) clustering's; the runner's
 * summary says which mode ran. No storylines. Story ids follow the stories' first articles in
 * batch order, so the result does not depend on partitioning.
 */
final class SparkStoryWindows {

    private static final long UNDATED = Long.MAX_VALUE;

    private SparkStoryWindows() {
    }

    static List<Story> stories(JavaPairRDD<Long, Article> articles, JavaPairRDD<Long, Long> familyOf,
                               JavaRDD<DuplicateGroup> groups, int windowDays, int partitions) {
        // 1. Each article's window: its own, or its family's earliest.
        JavaPairRDD<Long, Long> own = articles.mapValues(a -> a.published() == null ? UNDATED
                : Math.floorDiv(a.published().toEpochDay(), (long) windowDays));
        JavaPairRDD<Long, Long> familyWindow = own.join(familyOf, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .reduceByKey(Math::min, partitions);
        JavaPairRDD<Long, Long> windowOf = own.leftOuterJoin(familyOf, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2().isPresent() ? t._2()._2().get() : -1L - t._1(),
                        new Tuple2<>(t._1(), t._2()._1())))
                .leftOuterJoin(familyWindow, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(),
                        t._2()._2().isPresent() ? t._2()._2().get() : t._2()._1()._2()));
        // 2. The articles and the groups of each window.
        JavaPairRDD<Long, Tuple2<Long, Article>> members = articles.join(windowOf, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), SparkDigest.forClustering(t._2()._1()))));
        JavaPairRDD<String, Long> windowOfId = articles.join(windowOf, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1().id(), t._2()._2()));
        JavaPairRDD<Long, DuplicateGroup> windowGroups = groups
                .mapToPair(g -> new Tuple2<>(g.members().get(0), g))
                .join(windowOfId, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        // 3. Each window clustered on its own; stories numbered by their first article.
        List<Tuple2<Long, Story>> local = members.cogroup(windowGroups, partitions)
                .flatMap(t -> cluster(t._2()._1(), t._2()._2()).iterator())
                .collect();
        List<Tuple2<Long, Story>> sorted = new ArrayList<>(local);
        sorted.sort(Comparator.comparingLong(Tuple2::_1));
        List<Story> out = new ArrayList<>(sorted.size());
        for (Tuple2<Long, Story> s : sorted) {
            out.add(new Story("s" + (out.size() + 1), s._2().title(), s._2().articles()));
        }
        return out;
    }

    private static List<Tuple2<Long, Story>> cluster(Iterable<Tuple2<Long, Article>> members,
                                                     Iterable<DuplicateGroup> groups) {
        List<Tuple2<Long, Article>> inOrder = new ArrayList<>();
        members.forEach(inOrder::add);
        inOrder.sort(Comparator.comparingLong(Tuple2::_1));
        List<DuplicateGroup> windowGroups = new ArrayList<>();
        groups.forEach(windowGroups::add);
        windowGroups.sort(SparkDigest.LARGEST_FIRST);
        Map<String, Long> ord = new HashMap<>();
        inOrder.forEach(t -> ord.put(t._2().id(), t._1()));
        List<Story> stories = new OnlineStoryClusterer(ClusterConfig.defaults())
                .fold(inOrder.stream().map(Tuple2::_2).toList(), windowGroups).stories();
        List<Tuple2<Long, Story>> out = new ArrayList<>(stories.size());
        for (Story s : stories) {
            long first = s.articles().stream().mapToLong(ord::get).min().orElse(Long.MAX_VALUE);
            out.add(new Tuple2<>(first, s));
        }
        return out;
    }
}
