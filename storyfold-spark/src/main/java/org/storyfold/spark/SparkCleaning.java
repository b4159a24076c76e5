package org.storyfold.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * articles print, found by counting paragraph keys in a shuffle, judged on the driver over the few
 * articles that print one (with the whole batch's document frequencies, counted on the executors).
 * The articles are the embedded run's; the rejected ones become problems.
 */
final class SparkCleaning {

    /** The cleaned articles (by batch number, persisted) and the articles rejected as not being articles. */
    record Result(JavaPairRDD<Long, Article> articles, List<Problem> rejected, int recurringPrinters) {
    }

    private SparkCleaning() {
    }

    static Result run(JavaSparkContext jsc, JavaPairRDD<Long, Article> articles, long count, int partitions) {
        JavaPairRDD<Long, Article> outlets = repeatedLines(articles, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        // Paragraphs printed by enough articles to be furniture, and the articles printing them.
        List<String> recurring = outlets.values()
                .flatMapToPair(a -> RecurringParagraphRemover.keys(a).stream().map(k -> new Tuple2<>(k, 1)).iterator())
                .reduceByKey(Integer::sum, partitions)
                .filter(t -> t._2() >= RecurringParagraphRemover.MIN_UNRELATED)
                .keys().collect();
        if (recurring.isEmpty()) {
            return new Result(outlets, List.of(), 0);
        }
        Broadcast<Set<String>> keys = jsc.broadcast(new HashSet<>(recurring));
        List<Tuple2<Long, Article>> printers = new ArrayList<>(outlets
                .filter(t -> RecurringParagraphRemover.keys(t._2()).stream().anyMatch(keys.value()::contains))
                .collect());
        printers.sort((x, y) -> Long.compare(x._1(), y._1()));
        // The batch's document frequency of every word the printers use.
        Set<String> words = new HashSet<>();
        printers.forEach(p -> words.addAll(RecurringParagraphRemover.terms(p._2())));
        Broadcast<Set<String>> wanted = jsc.broadcast(words);
        Map<String, Integer> df = new HashMap<>(outlets.values()
                .flatMapToPair(a -> RecurringParagraphRemover.terms(a).stream().filter(wanted.value()::contains)
                        .map(t -> new Tuple2<>(t, 1)).iterator())
                .reduceByKey(Integer::sum, partitions).collectAsMap());
        List<Outcome<Article>> cleaned = new RecurringParagraphRemover().clean(
                printers.stream().map(Tuple2::_2).toList(), t -> df.getOrDefault(t, 0), Math.toIntExact(count));
        Map<Long, Article> replaced = new HashMap<>();
        List<Problem> rejected = new ArrayList<>();
        for (int i = 0; i < printers.size(); i++) {
            Outcome<Article> o = cleaned.get(i);
            if (o instanceof Outcome.Ok<Article> ok) {
                replaced.put(printers.get(i)._1(), ok.value());
            } else {
                Outcome.Rejected<Article> r = (Outcome.Rejected<Article>) o;
                replaced.put(printers.get(i)._1(), null);
                rejected.add(new Problem(r.source(), r.reason()));
            }
        }
        Broadcast<Map<Long, Article>> changes = jsc.broadcast(replaced);
        JavaPairRDD<Long, Article> out = outlets
                .filter(t -> !changes.value().containsKey(t._1()) || changes.value().get(t._1()) != null)
                .mapToPair(t -> changes.value().containsKey(t._1()) ? new Tuple2<>(t._1(), changes.value().get(t._1())) : t)
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new Result(out, rejected, printers.size());
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
