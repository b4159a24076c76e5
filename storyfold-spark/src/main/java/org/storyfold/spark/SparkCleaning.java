package org.storyfold.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.storyfold.Outcome;
import org.storyfold.Problem;
import org.storyfold.extract.Article;
import org.storyfold.extract.RecurringParagraphRemover;
import org.storyfold.extract.RepeatedLineRemover;
import scala.Tuple2;

/**
 * Stage 2b on Spark, the corpus-aware furniture removal of the embedded run: paragraphs an outlet
 * repeats, removed over each outlet's articles on one executor; then paragraphs that unrelated
 * articles print. For those, paragraphs are counted by a hash of their key in a shuffle; the
 * articles that print a paragraph printed three or more times are linked through it into
 * connected components ({@link Components}), and each component is judged on one executor by the
 * core's remover, with the whole batch's document frequencies (counted on the executors). Whether
 * a paragraph is furniture depends only on the articles that print it, all of which share a
 * component, so the articles are the embedded run's. Nothing proportional to the corpus reaches
 * the driver: only the rejected articles' problems and the printers' document frequencies.
 */
final class SparkCleaning {

    /** The cleaned articles (by batch number, persisted) and the articles rejected as not being articles. */
    record Result(JavaPairRDD<Long, Article> articles, List<Problem> rejected, long recurringPrinters) {
    }

    /** What the remover made of one printer: the cleaned article, or null and the problem rejecting it. */
    private record Cleaned(Article article, Problem problem) implements Serializable {
    }

    private SparkCleaning() {
    }

    static Result run(JavaSparkContext jsc, JavaPairRDD<Long, Article> articles, long count, int partitions) {
        JavaPairRDD<Long, Article> outlets = repeatedLines(articles, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        // 1. Each paragraph (by the hash of its key) with the articles printing it; those printed often enough.
        JavaPairRDD<Long, Long> prints = outlets
                .flatMapToPair(t -> RecurringParagraphRemover.keys(t._2()).stream()
                        .map(k -> new Tuple2<>(hash(k), t._1())).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Integer> recurring = prints.mapValues(n -> 1).reduceByKey(Integer::sum, partitions)
                .filter(t -> t._2() >= RecurringParagraphRemover.MIN_UNRELATED);
        JavaPairRDD<Long, Long> printing = prints.join(recurring, partitions)
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._1()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        prints.unpersist(false);
        if (printing.isEmpty()) {
            printing.unpersist(false);
            return new Result(outlets, List.of(), 0);
        }
        // 2. The printers linked through the paragraphs they share: each to the first printer of each.
        JavaPairRDD<Long, Long> firstPrinter = printing.reduceByKey(Math::min, partitions);
        JavaPairRDD<Long, Long> edges = printing.join(firstPrinter, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
        Components.Result components = Components.of(edges, partitions);
        printing.unpersist(false);
        // 3. The printers' document frequencies over the whole batch.
        JavaPairRDD<Long, Tuple2<Article, Long>> printers = outlets.join(components.labels(), partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Boolean> printerTerms = printers.values()
                .flatMap(a -> RecurringParagraphRemover.terms(a._1()).iterator())
                .distinct(partitions).mapToPair(t -> new Tuple2<>(t, true));
        Map<String, Integer> df = new HashMap<>(outlets.values()
                .flatMapToPair(a -> RecurringParagraphRemover.terms(a).stream().map(t -> new Tuple2<>(t, 1)).iterator())
                .reduceByKey(Integer::sum, partitions)
                .join(printerTerms, partitions)
                .mapValues(Tuple2::_1)
                .collectAsMap());
        Broadcast<Map<String, Integer>> frequencies = jsc.broadcast(df);
        int documents = Math.toIntExact(count);
        // 4. Each component judged on one executor, its articles in batch order.
        JavaPairRDD<Long, Cleaned> cleaned = printers
                .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1())))
                .groupByKey(partitions)
                .flatMapToPair(g -> clean(g._2(), frequencies.value(), documents).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        long printerCount = cleaned.count();
        printers.unpersist(false);
        components.labels().unpersist(false);
        List<Problem> rejected = cleaned.filter(t -> t._2().problem() != null).sortByKey(true, partitions)
                .values().map(Cleaned::problem).collect();
        JavaPairRDD<Long, Article> out = outlets.leftOuterJoin(cleaned, partitions)
                .flatMapToPair(t -> {
                    if (!t._2()._2().isPresent()) {
                        return List.of(new Tuple2<>(t._1(), t._2()._1())).iterator();
                    }
                    Article a = t._2()._2().get().article();
                    return (a == null ? List.<Tuple2<Long, Article>>of() : List.of(new Tuple2<>(t._1(), a))).iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        out.count();
        outlets.unpersist(false);
        cleaned.unpersist(false);
        frequencies.unpersist(false);
        return new Result(out, rejected, printerCount);
    }

    /** One component's printers cleaned together by the core's remover, in batch order. */
    private static List<Tuple2<Long, Cleaned>> clean(Iterable<Tuple2<Long, Article>> component, Map<String, Integer> df,
                                                    int documents) {
        List<Tuple2<Long, Article>> members = new ArrayList<>();
        component.forEach(members::add);
        members.sort((x, y) -> Long.compare(x._1(), y._1()));
        List<Outcome<Article>> outcomes = new RecurringParagraphRemover().clean(
                members.stream().map(Tuple2::_2).toList(), t -> df.getOrDefault(t, 0), documents);
        List<Tuple2<Long, Cleaned>> out = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            Outcome<Article> o = outcomes.get(i);
            if (o instanceof Outcome.Ok<Article> ok) {
                out.add(new Tuple2<>(members.get(i)._1(), new Cleaned(ok.value(), null)));
            } else {
                Outcome.Rejected<Article> r = (Outcome.Rejected<Article>) o;
                out.add(new Tuple2<>(members.get(i)._1(), new Cleaned(null, new Problem(r.source(), r.reason()))));
            }
        }
        return out;
    }

    /** A 64-bit hash of a paragraph's key (FNV-1a): a rare collision only joins two components. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Each outlet's articles cleaned together, in batch order; articles without an outlet pass as they are. */
    private static JavaPairRDD<Long, Article> repeatedLines(JavaPairRDD<Long, Article> articles, int partitions) {
        JavaPairRDD<Long, Article> none = articles.filter(t -> outletKey(t._2()) == null);
        JavaPairRDD<Long, Article> cleaned = articles.filter(t -> outletKey(t._2()) != null)
                .mapToPair(t -> new Tuple2<>(outletKey(t._2()), t))
                .groupByKey(partitions)
                .flatMapToPair(g -> {
                    List<Tuple2<Long, Article>> members = new ArrayList<>();
                    g._2().forEach(members::add);
                    members.sort((x, y) -> Long.compare(x._1(), y._1()));
                    List<Article> out = new RepeatedLineRemover().clean(members.stream().map(Tuple2::_2).toList());
                    List<Tuple2<Long, Article>> result = new ArrayList<>(out.size());
                    for (int i = 0; i < out.size(); i++) {
                        result.add(new Tuple2<>(members.get(i)._1(), out.get(i)));
                    }
                    return result.iterator();
                });
        return none.union(cleaned);
    }

    /** The outlet as the embedded remover groups articles, or null for none. */
    private static String outletKey(Article a) {
        String outlet = a.outlet();
        return outlet == null || outlet.isBlank() ? null : outlet.toLowerCase(Locale.ROOT);
    }
}
