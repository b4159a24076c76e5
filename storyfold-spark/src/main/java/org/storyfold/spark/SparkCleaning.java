package org.storyfold.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
import org.storyfold.text.TextHash;
import scala.Tuple2;

/**
 * Stage 2b on Spark, the corpus-aware furniture removal of the embedded run, by the core's rules,
 * with the articles left where they were read. Paragraphs an outlet repeats: each outlet's distinct
 * texts and each of its short paragraphs' distinct printings are counted by hash in shuffles, the
 * core says which are furniture ({@link RepeatedLineRemover#isFurniture}), and each article takes
 * them out at home. Paragraphs that unrelated articles print: the articles printing a paragraph
 * printed three or more times are linked through it into connected components ({@link Components});
 * each component's printers (their ids, titles and texts) go to one executor, where the core's
 * remover names the furniture among them with the whole batch's document frequencies; whether a
 * paragraph is furniture depends only on its printers, all in one component. The furniture (a few
 * paragraphs) is broadcast and taken out at home. The articles come out as the embedded run's.
 */
final class SparkCleaning {

    /** The cleaning to apply at home, and the articles that print a recurring paragraph. */
    record Result(Cleaning cleaning, long recurringPrinters) {
    }

    /**
     * What cleaning does to each article, applied where it lives: the outlets' furniture lines (by
     * outlet and line hash), then the paragraphs recurring across unrelated articles (by key).
     */
    static final class Cleaning implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Broadcast<Set<Tuple2<Long, Long>>> outletLines;
        private final Broadcast<Set<Long>> outlets;
        private final Broadcast<Set<String>> recurring;

        Cleaning(Broadcast<Set<Tuple2<Long, Long>>> outletLines, Broadcast<Set<Long>> outlets,
                 Broadcast<Set<String>> recurring) {
            this.outletLines = outletLines;
            this.outlets = outlets;
            this.recurring = recurring;
        }

        /** The article without the paragraphs its outlet repeats. */
        Article withoutOutletFurniture(Article a) {
            String outlet = RepeatedLineRemover.outletKey(a);
            if (outlet == null || !outlets.value().contains(hash(outlet))) {
                return a;
            }
            long o = hash(outlet);
            return new RepeatedLineRemover().without(a, p -> outletLines.value().contains(new Tuple2<>(o, lineHash(p))));
        }

        /** The article cleaned, or the problem rejecting it when too little is left. */
        Ingested apply(Article a) {
            Article b = withoutOutletFurniture(a);
            Outcome<Article> o = recurring == null || recurring.value().isEmpty() ? Outcome.ok(b)
                    : new RecurringParagraphRemover().without(b, recurring.value());
            return o instanceof Outcome.Ok<Article> ok ? new Ingested(ok.value(), null)
                    : new Ingested(null, ((Outcome.Rejected<Article>) o).problem());
        }
    }

    private SparkCleaning() {
    }

    static Result run(JavaSparkContext jsc, Home home, JavaPairRDD<Long, Article> articles, long documents, int partitions) {
        Cleaning outletOnly = outletFurniture(jsc, articles, partitions);
        JavaPairRDD<Long, Article> cleaned = articles.mapValues(outletOnly::withoutOutletFurniture)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // 1. Each recurring paragraph (by the hash of its key) with its printers; printers linked through them.
        JavaPairRDD<Long, Long> edges = cleaned
                .flatMapToPair(t -> RecurringParagraphRemover.keys(t._2()).stream()
                        .map(k -> new Tuple2<>(hash(k), t._1())).iterator())
                .groupByKey(partitions)
                .flatMapToPair(t -> {
                    List<Long> printing = new ArrayList<>();
                    t._2().forEach(printing::add);
                    if (printing.size() < RecurringParagraphRemover.MIN_UNRELATED) {
                        return List.<Tuple2<Long, Long>>of().iterator();
                    }
                    long first = printing.stream().mapToLong(Long::longValue).min().orElseThrow();
                    List<Tuple2<Long, Long>> out = new ArrayList<>(printing.size());
                    for (long n : printing) {
                        if (n != first) {
                            out.add(new Tuple2<>(first, n));
                        }
                    }
                    return out.iterator();
                });
        Components.Result components = Components.of(edges, partitions);
        long printers = components.labels().count();
        Set<String> furniture = new HashSet<>();
        if (printers > 0) {
            // 2. The document frequencies of the printers' words over the whole batch.
            JavaPairRDD<Long, Tuple2<Article, Long>> printing = home.join(cleaned, components.labels(),
                            (n, a, label) -> label == null ? null : new Tuple2<>(slim(a), label))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            // Only the printers' terms are counted over the batch: known first, they filter each article's
            // terms where it lives, rather than every term's count crossing a join with them.
            long[] printerTerms = KeyCounts.of(printing.values(), t -> terms(t._1()), partitions).keys().collect()
                    .stream().mapToLong(Long::longValue).sorted().toArray();
            Broadcast<long[]> counted = jsc.broadcast(printerTerms);
            Map<Long, Integer> df = new HashMap<>(KeyCounts.of(cleaned.values(), a -> Arrays.stream(terms(a))
                            .filter(t -> Arrays.binarySearch(counted.value(), t) >= 0).toArray(), partitions)
                    .collectAsMap());
            counted.destroy();
            Broadcast<Map<Long, Integer>> frequencies = jsc.broadcast(df);
            int batch = Math.toIntExact(documents);
            // 3. Each component's furniture named on one executor, its printers in batch order.
            furniture.addAll(printing
                    .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1())))
                    .groupByKey(partitions)
                    .flatMap(g -> {
                        List<Tuple2<Long, Article>> members = new ArrayList<>();
                        g._2().forEach(members::add);
                        members.sort(Comparator.comparingLong(Tuple2::_1));
                        return new RecurringParagraphRemover().furniture(members.stream().map(Tuple2::_2).toList(),
                                t -> frequencies.value().getOrDefault(hash(t), 0), batch).iterator();
                    })
                    .collect());
            printing.unpersist(false);
            frequencies.destroy();
        }
        components.labels().unpersist(false);
        cleaned.unpersist(false);
        return new Result(new Cleaning(outletOnly.outletLines, outletOnly.outlets, jsc.broadcast(furniture)), printers);
    }

    /** The furniture lines of each outlet (paragraphs it repeats), counted by hash. */
    private static Cleaning outletFurniture(JavaSparkContext jsc, JavaPairRDD<Long, Article> articles, int partitions) {
        JavaPairRDD<Tuple2<Long, Long>, Long> printings = articles.values()
                .filter(a -> RepeatedLineRemover.outletKey(a) != null)
                .flatMapToPair(a -> {
                    long outlet = hash(RepeatedLineRemover.outletKey(a));
                    long text = hash(a.text());
                    List<Tuple2<Tuple2<Long, Long>, Long>> out = new ArrayList<>();
                    out.add(new Tuple2<>(new Tuple2<>(outlet, 0L), text));
                    for (String line : RepeatedLineRemover.lines(a)) {
                        out.add(new Tuple2<>(new Tuple2<>(outlet, lineHash(line)), text));
                    }
                    return out.iterator();
                })
                .distinct(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // Each outlet's distinct texts (line hash 0; a line's hash is made odd to stay apart).
        Map<Long, Integer> texts = new HashMap<>(printings.filter(t -> t._1()._2() == 0L)
                .mapToPair(t -> new Tuple2<>(t._1()._1(), 1)).reduceByKey(Integer::sum, partitions).collectAsMap());
        Broadcast<Map<Long, Integer>> textsOf = jsc.broadcast(texts);
        Set<Tuple2<Long, Long>> lines = new HashSet<>(printings.filter(t -> t._1()._2() != 0L)
                .mapToPair(t -> new Tuple2<>(t._1(), 1))
                .reduceByKey(Integer::sum, partitions)
                .filter(t -> RepeatedLineRemover.isFurniture(t._2(), textsOf.value().getOrDefault(t._1()._1(), 0)))
                .keys()
                .collect());
        printings.unpersist(false);
        textsOf.destroy();
        Set<Long> outlets = new HashSet<>();
        lines.forEach(l -> outlets.add(l._1()));
        return new Cleaning(jsc.broadcast(lines), jsc.broadcast(outlets), null);
    }

    /** The hashes of the words the recurring-paragraph remover counts in an article, each once. */
    private static long[] terms(Article a) {
        return RecurringParagraphRemover.terms(a).stream().mapToLong(SparkCleaning::hash).toArray();
    }

    /** What the remover reads of a printer: its id, source, title and text. */
    private static Article slim(Article a) {
        return new Article(a.id(), a.source(), null, a.title(), null, null, null, null, a.text(), List.of(), List.of(),
                List.of());
    }

    /** A 64-bit hash of a text (FNV-1a): a rare collision only joins two components, or two lines' counts. */
    static long hash(String key) {
        return TextHash.fnv1a(key);
    }

    /** A line's hash, odd, so that it never takes the place of an outlet's count of texts (0). */
    private static long lineHash(String line) {
        return hash(line) | 1L;
    }

    /** The problems of rejected articles, in batch order. */
    static List<Problem> rejected(JavaPairRDD<Long, Ingested> outcomes) {
        return outcomes.filter(t -> t._2().problem() != null).mapValues(Ingested::problem)
                .sortByKey(true, 1).values().collect();
    }
}
