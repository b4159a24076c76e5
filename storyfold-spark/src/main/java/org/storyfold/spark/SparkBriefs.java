package org.storyfold.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.Story;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import scala.Tuple2;

/**
 * Stage 5 on Spark: each story's brief, written by the core's briefer on an executor from the
 * story's articles and the copy groups that touch them, as one line of the JSON format, lines in
 * story order.
 */
final class SparkBriefs {

    private SparkBriefs() {
    }

    static JavaRDD<String> lines(JavaSparkContext jsc, List<Story> stories, JavaPairRDD<Long, Article> articles,
                                 JavaRDD<DuplicateGroup> groups, int partitions) {
        List<Tuple2<String, Tuple2<Integer, Story>>> numbered = new ArrayList<>(stories.size());
        List<Tuple2<String, String>> storyOf = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            numbered.add(new Tuple2<>(s.id(), new Tuple2<>(i, s)));
            s.articles().forEach(a -> storyOf.add(new Tuple2<>(a, s.id())));
        }
        JavaPairRDD<String, String> storyOfArticle = jsc.parallelizePairs(storyOf, partitions);
        JavaPairRDD<String, Article> members = articles.mapToPair(t -> new Tuple2<>(t._2().id(), t._2()))
                .join(storyOfArticle, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        JavaPairRDD<String, DuplicateGroup> touching = groups
                .flatMapToPair(g -> g.members().stream().map(m -> new Tuple2<>(m, g)).iterator())
                .join(storyOfArticle, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2() + "\u0000" + t._2()._1().original() + "\u0000"
                        + t._2()._1().kind() + "\u0000" + String.join(",", t._2()._1().members()), t._2()))
                .reduceByKey((x, y) -> x, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        return jsc.parallelizePairs(numbered, partitions)
                .cogroup(members, touching, partitions)
                .mapPartitionsToPair(it -> {
                    Storyfold storyfold = new Storyfold(StoryfoldConfig.defaults());
                    List<Tuple2<Integer, String>> out = new ArrayList<>();
                    while (it.hasNext()) {
                        var t = it.next();
                        for (Tuple2<Integer, Story> story : t._2()._1()) {
                            out.add(new Tuple2<>(story._1(), line(storyfold, story._2(), t._2()._2(), t._2()._3())));
                        }
                    }
                    return out.iterator();
                })
                .sortByKey(true, partitions)
                .values();
    }

    private static String line(Storyfold storyfold, Story story, Iterable<Article> articles, Iterable<DuplicateGroup> groups) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<DuplicateGroup> touching = new ArrayList<>();
        Set<DuplicateGroup> seen = new HashSet<>();
        groups.forEach(g -> {
            if (seen.add(g)) {
                touching.add(g);
            }
        });
        // The embedded run's order: largest group first.
        touching.sort(java.util.Comparator.<DuplicateGroup>comparingInt(g -> -g.members().size())
                .thenComparing(DuplicateGroup::original).thenComparing(g -> g.kind().label()));
        return JobOutput.json(w -> JsonFormat.writeStoryLine(story, storyfold.brief(story, byId, touching), w));
    }
}
