package org.storyfold.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.storyfold.Problem;
import org.storyfold.UniqueIds;
import org.storyfold.extract.Article;
import scala.Tuple2;

/**
 * Repeated ids, renamed as the embedded run names them ({@link UniqueIds}: three articles with id
 * {@code a} become {@code a}, {@code a~2}, {@code a~3}, and an article whose own id is
 * {@code a~2} after them becomes {@code a~2~2}). Only the articles whose ids are involved reach
 * the driver: the ids printed more than once, then every id the renaming tried, until no tried id
 * belongs to another article; the renaming is then the core's, replayed over them in order, which
 * gives the same ids as over all articles, since the others' ids are neither taken nor tried.
 */
final class SparkIds {

    /** The new ids by article number, and the problems that report them. */
    record Result(Map<Long, String> renamed, List<Problem> problems) {
    }

    private SparkIds() {
    }

    static Result rename(JavaSparkContext jsc, JavaPairRDD<Long, Article> articles, int partitions) {
        Set<String> involved = new HashSet<>(articles.mapToPair(t -> new Tuple2<>(t._2().id(), 1))
                .reduceByKey(Integer::sum, partitions)
                .filter(t -> t._2() > 1)
                .keys()
                .collect());
        if (involved.isEmpty()) {
            return new Result(Map.of(), List.of());
        }
        while (true) {
            Broadcast<Set<String>> ids = jsc.broadcast(involved);
            List<Tuple2<Long, Tuple2<String, String>>> uses = new ArrayList<>(articles
                    .filter(t -> ids.value().contains(t._2().id()))
                    .mapToPair(t -> new Tuple2<>(t._1(), new Tuple2<>(t._2().id(), t._2().source())))
                    .collect());
            ids.unpersist(false);
            uses.sort(Comparator.comparingLong(Tuple2::_1));
            Map<Long, String> renamed = new HashMap<>();
            List<Problem> problems = new ArrayList<>();
            Set<String> tried = new HashSet<>();
            UniqueIds unique = new UniqueIds();
            for (Tuple2<Long, Tuple2<String, String>> u : uses) {
                String id = u._2()._1();
                String given = unique.assign(id, u._2()._2(), problems::add);
                if (!given.equals(id)) {
                    renamed.put(u._1(), given);
                    int n = Integer.parseInt(given.substring(id.length() + 1));
                    for (int k = 2; k <= n; k++) {
                        tried.add(id + "~" + k);
                    }
                }
            }
            tried.removeAll(involved);
            if (tried.isEmpty()) {
                return new Result(renamed, problems);
            }
            Broadcast<Set<String>> names = jsc.broadcast(tried);
            List<String> taken = articles.values().map(Article::id).filter(id -> names.value().contains(id)).distinct().collect();
            names.unpersist(false);
            if (taken.isEmpty()) {
                return new Result(renamed, problems);
            }
            involved.addAll(taken);
        }
    }
}
