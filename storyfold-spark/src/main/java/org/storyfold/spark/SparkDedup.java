package org.storyfold.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.SentenceFingerprintDeduplicator;
import org.storyfold.extract.Article;
import scala.Tuple2;

/**
 * Stage 3 on Spark: each article's blocking keys (its sentence fingerprints and the hash of its
 * words, as the core's copy index computes them) are the keys of a shuffle; articles sharing a key
 * are linked, the links' connected components found by label propagation, and each component
 * deduplicated by the core's deduplicator on one executor, its articles in batch order. Articles
 * the core could relate always share a component, so the groups are the embedded run's, with one
 * difference stated in {@link #MAX_KEY_ARTICLES}.
 */
final class SparkDedup {

    /**
     * A key printed by more articles than this links only the first this many (in batch order):
     * the copy index stops posting a key at {@code maxPostings} documents and never draws
     * candidates from a full key, so later printers cannot be related through it. Four times the
     * cap leaves room for the printers the index does not post (members of a family already posted).
     */
    static final int MAX_KEY_FACTOR = 4;

    /** What the stage found, and what it cost. */
    record Result(JavaRDD<DuplicateGroup> groups, long linkedArticles, long components, int rounds) {
    }

    private SparkDedup() {
    }

    static Result run(JavaPairRDD<Long, Article> articles, int partitions) {
        int maxKeyArticles = MAX_KEY_FACTOR * DedupConfig.defaults().fingerprints().maxPostings();
        // 1. Keys, each with the first articles (in batch order) that print it.
        JavaPairRDD<Long, long[]> printers = articles.mapPartitionsToPair(it -> {
            SentenceFingerprintDeduplicator dedup = new SentenceFingerprintDeduplicator(DedupConfig.defaults());
            List<Tuple2<Long, long[]>> out = new ArrayList<>();
            while (it.hasNext()) {
                Tuple2<Long, Article> a = it.next();
                for (long key : distinct(dedup.blockingKeys(a._2()))) {
                    out.add(new Tuple2<>(key, new long[] {a._1()}));
                }
            }
            return out.iterator();
        }).reduceByKey((x, y) -> firstOf(x, y, maxKeyArticles), partitions);
        // 2. Links: the first printer of a key to each other one (a star connects them all).
        JavaPairRDD<Long, Long> links = printers.values().filter(p -> p.length > 1).flatMapToPair(p -> {
            List<Tuple2<Long, Long>> out = new ArrayList<>(p.length - 1);
            for (int i = 1; i < p.length; i++) {
                out.add(new Tuple2<>(p[0], p[i]));
            }
            return out.iterator();
        });
        // 3. Components, and each deduplicated on its own, articles in batch order.
        Components.Result components = Components.of(links, partitions);
        long linked = components.labels().count();
        long count = components.labels().values().distinct().count();
        JavaRDD<DuplicateGroup> groups = articles.join(components.labels(), partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1())))
                .groupByKey(partitions)
                .flatMap(SparkDedup::deduplicate);
        return new Result(groups, linked, count, components.rounds());
    }

    private static Iterator<DuplicateGroup> deduplicate(Tuple2<Long, Iterable<Tuple2<Long, Article>>> component) {
        List<Tuple2<Long, Article>> members = new ArrayList<>();
        component._2().forEach(members::add);
        members.sort((x, y) -> Long.compare(x._1(), y._1()));
        List<Article> inOrder = members.stream().map(Tuple2::_2).toList();
        return new SentenceFingerprintDeduplicator(DedupConfig.defaults()).deduplicate(inOrder).iterator();
    }

    private static long[] distinct(long[] keys) {
        return Arrays.stream(keys).distinct().toArray();
    }

    /** The first {@code max} of two sorted lists of article numbers, merged. */
    static long[] firstOf(long[] x, long[] y, int max) {
        long[] out = new long[Math.min(max, x.length + y.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (n < out.length && (i < x.length || j < y.length)) {
            long next;
            if (j >= y.length || (i < x.length && x[i] <= y[j])) {
                next = x[i++];
            } else {
                next = y[j++];
            }
            if (n == 0 || out[n - 1] != next) {
                out[n++] = next;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
