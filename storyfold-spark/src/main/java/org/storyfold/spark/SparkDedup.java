package org.storyfold.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.SentenceFingerprintDeduplicator;
import org.storyfold.extract.Article;
import scala.Tuple2;

/**
 * Stage 3 on Spark. Each article's blocking keys (its sentence fingerprints and the hash of its
 * words, as the core's copy index computes them) are the keys of a shuffle; two articles are
 * candidates when they share the hash, or fingerprints of two sentences, as the index requires;
 * each candidate pair is verified in parallel by the core's deduplicator; the verified pairs'
 * connected components are found by label propagation; and each component is deduplicated whole
 * by the core's deduplicator on one executor, its articles in batch order, which gives the groups
 * with their likely originals and edits. The groups are the embedded run's (a test holds this), with
 * the limit stated in {@link #MAX_KEY_FACTOR}.
 */
final class SparkDedup {

    /**
     * A key printed by more articles than this many times the index's {@code maxPostings} links only
     * the first ones in batch order: the copy index stops posting a key at {@code maxPostings}
     * documents and never draws candidates from a full key, so later printers are not related
     * through it. The factor leaves room for the printers the index does not post (members of a
     * family already posted).
     */
    static final int MAX_KEY_FACTOR = 4;
    /** Bits of a printer entry: the article's number, its sentence, and its count of fingerprinted sentences. */
    private static final int FIELD = 12;
    private static final long FIELD_MASK = (1L << FIELD) - 1;
    /** The "sentence" of the exact-hash key. */
    private static final long EXACT = FIELD_MASK;

    /** What the stage found (the groups, and each grouped article's family: its component's first article), and what it cost. */
    record Result(JavaRDD<DuplicateGroup> groups, JavaPairRDD<Long, Long> familyOf, long candidatePairs,
                  long verifiedPairs, long linkedArticles,
                  long components, int rounds) {
    }

    private SparkDedup() {
    }

    static Result run(JavaPairRDD<Long, Article> articles, int partitions) {
        int maxKeyArticles = MAX_KEY_FACTOR * DedupConfig.defaults().fingerprints().maxPostings();
        // 1. Each key with its first printers in batch order: (article, sentence, fingerprinted sentences).
        JavaPairRDD<Long, long[]> printers = articles.mapPartitionsToPair(it -> {
            SentenceFingerprintDeduplicator dedup = new SentenceFingerprintDeduplicator(DedupConfig.defaults());
            List<Tuple2<Long, long[]>> out = new ArrayList<>();
            while (it.hasNext()) {
                Tuple2<Long, Article> a = it.next();
                SentenceFingerprintDeduplicator.Blocking b = dedup.blocking(a._2());
                long keyed = Math.min(b.keyedSentences(), FIELD_MASK - 1);
                for (int i = 0; i < b.keys().length; i++) {
                    long sentence = Math.min(b.sentences()[i], FIELD_MASK - 1);
                    out.add(new Tuple2<>(b.keys()[i], new long[] {entry(a._1(), sentence, keyed)}));
                }
                if (b.exactHash() != 0) {
                    out.add(new Tuple2<>(b.exactHash() ^ 0x9e3779b97f4a7c15L, new long[] {entry(a._1(), EXACT, keyed)}));
                }
            }
            return out.iterator();
        }).reduceByKey((x, y) -> firstOf(x, y, maxKeyArticles), partitions).filter(t -> t._2().length > 1);
        // 2. Candidates: pairs sharing the exact hash or fingerprints of enough sentences.
        JavaPairRDD<Tuple2<Long, Long>, long[]> shared = printers.values().flatMapToPair(SparkDedup::pairs)
                .aggregateByKey(new long[0], partitions, SparkDedup::addSentence, SparkDedup::mergeSentences);
        JavaPairRDD<Long, Long> candidates = shared.filter(t -> isCandidate(t._2())).keys()
                .mapToPair(p -> p).persist(StorageLevel.MEMORY_AND_DISK());
        long candidateCount = candidates.count();
        // 3. Each candidate verified by the core's deduplicator, the earlier article first.
        JavaPairRDD<Long, Long> verified = candidates.join(articles, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .join(articles, partitions)
                .mapPartitionsToPair(it -> {
                    SentenceFingerprintDeduplicator dedup = new SentenceFingerprintDeduplicator(DedupConfig.defaults());
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    while (it.hasNext()) {
                        var t = it.next();
                        Tuple2<Long, Article> earlier = t._2()._1();
                        if (!dedup.deduplicate(List.of(earlier._2(), t._2()._2())).isEmpty()) {
                            out.add(new Tuple2<>(earlier._1(), t._1()));
                        }
                    }
                    return out.iterator();
                }).persist(StorageLevel.MEMORY_AND_DISK());
        long verifiedCount = verified.count();
        candidates.unpersist(false);
        // 4. Components of the verified pairs, each deduplicated whole, articles in batch order.
        Components.Result components = Components.of(verified, partitions);
        long linked = components.labels().count();
        long count = components.labels().values().distinct().count();
        JavaRDD<DuplicateGroup> groups = articles.join(components.labels(), partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1())))
                .groupByKey(partitions)
                .flatMap(SparkDedup::deduplicate);
        return new Result(groups, components.labels(), candidateCount, verifiedCount, linked, count, components.rounds());
    }

    private static long entry(long article, long sentence, long keyed) {
        return (article << (2 * FIELD)) | (sentence << FIELD) | keyed;
    }

    private static long article(long entry) {
        return entry >>> (2 * FIELD);
    }

    /** Every pair of printers of one key, the earlier article first, with the later one's sentence and both counts. */
    private static Iterator<Tuple2<Tuple2<Long, Long>, long[]>> pairs(long[] p) {
        List<Tuple2<Tuple2<Long, Long>, long[]>> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j < p.length; j++) {
                long x = article(p[i]);
                long y = article(p[j]);
                if (x != y) {
                    long sentence = (p[j] >>> FIELD) & FIELD_MASK;
                    long need = Math.max(1, Math.min(2, Math.min(p[i] & FIELD_MASK, p[j] & FIELD_MASK)));
                    out.add(new Tuple2<>(new Tuple2<>(x, y), new long[] {need, sentence}));
                }
            }
        }
        return out.iterator();
    }

    /** Shared evidence of a pair: element 0 the sentences it needs, then the later article's distinct sentences. */
    private static long[] addSentence(long[] acc, long[] one) {
        if (acc.length == 0) {
            return one.clone();
        }
        for (int i = 1; i < acc.length; i++) {
            if (acc[i] == one[1]) {
                return acc;
            }
        }
        long[] out = Arrays.copyOf(acc, acc.length + 1);
        out[acc.length] = one[1];
        return out;
    }

    private static long[] mergeSentences(long[] a, long[] b) {
        long[] out = a;
        for (int i = 1; i < b.length; i++) {
            out = addSentence(out, new long[] {b[0], b[i]});
        }
        return out.length == 0 ? b : out;
    }

    private static boolean isCandidate(long[] evidence) {
        for (int i = 1; i < evidence.length; i++) {
            if (evidence[i] == EXACT) {
                return true;
            }
        }
        return evidence.length - 1 >= evidence[0];
    }

    private static Iterator<DuplicateGroup> deduplicate(Tuple2<Long, Iterable<Tuple2<Long, Article>>> component) {
        List<Tuple2<Long, Article>> members = new ArrayList<>();
        component._2().forEach(members::add);
        members.sort((x, y) -> Long.compare(x._1(), y._1()));
        List<Article> inOrder = members.stream().map(Tuple2::_2).toList();
        return new SentenceFingerprintDeduplicator(DedupConfig.defaults()).deduplicate(inOrder).iterator();
    }

    /** The first {@code max} of two sorted lists of printer entries, merged. */
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
