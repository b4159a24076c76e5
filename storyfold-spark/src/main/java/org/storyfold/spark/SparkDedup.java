package org.storyfold.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.SentenceFingerprintDeduplicator;
import org.storyfold.dedup.SentenceFingerprintDeduplicator.Blocking;
import org.storyfold.extract.Article;
import scala.Tuple2;

/**
 * Stage 3 on Spark. The core's copy index relates an article only to earlier articles that share
 * its exact hash, or fingerprints of enough of its sentences ({@link Blocking#sentencesNeeded}).
 * Each article's blocking keys (as the core computes them) are the keys of a shuffle; the pairs of
 * articles that pass that test link them, and each connected component of those links
 * ({@link Components}) is deduplicated whole, on one executor, by the core's deduplicator, its
 * articles in batch order: the index's own candidate rule, verification and grouping run there,
 * so the groups, with their likely originals and edits, are the embedded run's (a test holds
 * this; see {@link #MAX_KEY_FACTOR} for the limit). Only the keys, the links and the components'
 * articles cross the shuffles; an article no other shares enough with stays home. The same step
 * gives each grouped article its family of copies, which the clusterer places as one.
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

    /**
     * What the stage found: the groups, each keyed by its family, and each grouped article's
     * family (a family by its first article's number), and what it cost.
     */
    record Result(JavaPairRDD<Long, DuplicateGroup> groups, JavaPairRDD<Long, Long> familyOf, long candidatePairs,
                  long linkedArticles, long components, int rounds) {
    }

    /** One component's groups, and its members' families. */
    record Found(List<Tuple2<Long, DuplicateGroup>> groups, long[] members, long[] families) implements Serializable {
    }

    private SparkDedup() {
    }

    static Result run(Home home, JavaPairRDD<Long, Article> articles, int partitions) {
        int maxKeyArticles = MAX_KEY_FACTOR * DedupConfig.defaults().fingerprints().maxPostings();
        // 1. Each key with its first printers in batch order: (article, sentence, fingerprinted sentences).
        // Combined per partition in a plain map, then across partitions without Spark's map-side combine,
        // whose sorted map sized and sorted each article's few dozen keys again.
        JavaPairRDD<Long, long[]> printers = KeyCounts.acrossPartitions(articles.mapPartitionsToPair(it -> {
            SentenceFingerprintDeduplicator dedup = new SentenceFingerprintDeduplicator(DedupConfig.defaults());
            Map<Long, long[]> local = new HashMap<>();
            while (it.hasNext()) {
                Tuple2<Long, Article> a = it.next();
                Blocking b = dedup.blocking(a._2());
                long keyed = Math.min(b.keyedSentences(), FIELD_MASK - 1);
                for (int i = 0; i < b.keys().length; i++) {
                    long sentence = Math.min(b.sentences()[i], FIELD_MASK - 1);
                    local.merge(b.keys()[i], new long[] {entry(a._1(), sentence, keyed)}, (x, y) -> firstOf(x, y, maxKeyArticles));
                }
                if (b.exactHash() != 0) {
                    local.merge(b.exactHash() ^ 0x9e3779b97f4a7c15L, new long[] {entry(a._1(), EXACT, keyed)},
                            (x, y) -> firstOf(x, y, maxKeyArticles));
                }
            }
            List<Tuple2<Long, long[]>> out = new ArrayList<>(local.size());
            local.forEach((k, v) -> out.add(new Tuple2<>(k, v)));
            return out.iterator();
        }), (x, y) -> firstOf(x, y, maxKeyArticles), partitions).filter(t -> t._2().length > 1);
        // 2. Links: each later printer of a key with the earlier ones, then the pairs that pass the core's test.
        JavaPairRDD<Long, Long> links = printers.values()
                .flatMapToPair(SparkDedup::laterWithEarlier)
                .groupByKey(partitions)
                .flatMapToPair(SparkDedup::candidates)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long linkCount = links.count();
        // 3. The links' components, each deduplicated whole on one executor, its articles in batch order.
        Components.Result components = Components.of(links, partitions);
        links.unpersist(false);
        long linked = components.labels().count();
        long count = components.labels().values().distinct(partitions).count();
        JavaRDD<Found> found = home.join(articles, components.labels(),
                        (n, a, label) -> label == null ? null : new Tuple2<>(label, Packed.of(SparkDigest.forCopiesAndBriefs(a))))
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .groupByKey(partitions)
                .map(SparkDedup::deduplicate)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, DuplicateGroup> groups = found.flatMapToPair(f -> f.groups().iterator());
        JavaPairRDD<Long, Long> familyOf = found.flatMapToPair(f -> {
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (int i = 0; i < f.members().length; i++) {
                if (f.families()[i] >= 0) {
                    out.add(new Tuple2<>(f.members()[i], f.families()[i]));
                }
            }
            return out.iterator();
        });
        components.labels().unpersist(false);
        return new Result(groups, familyOf, linkCount, linked, count, components.rounds());
    }

    private static long entry(long article, long sentence, long keyed) {
        return (article << (2 * FIELD)) | (sentence << FIELD) | keyed;
    }

    private static long article(long entry) {
        return entry >>> (2 * FIELD);
    }

    /**
     * For each printer of a key after the first: the later printer, with its sentence and count of
     * fingerprinted sentences, then the earlier printers' entries.
     */
    private static Iterator<Tuple2<Long, long[]>> laterWithEarlier(long[] p) {
        List<Tuple2<Long, long[]>> out = new ArrayList<>(p.length - 1);
        for (int j = 1; j < p.length; j++) {
            long[] v = new long[2 + j];
            v[0] = (p[j] >>> FIELD) & FIELD_MASK;
            v[1] = p[j] & FIELD_MASK;
            System.arraycopy(p, 0, v, 2, j);
            out.add(new Tuple2<>(article(p[j]), v));
        }
        return out.iterator();
    }

    /**
     * The earlier articles a later one may copy: those it shares the exact hash with, or
     * fingerprints of as many of its sentences as the core's index needs.
     */
    private static Iterator<Tuple2<Long, Long>> candidates(Tuple2<Long, Iterable<long[]>> later) {
        long y = later._1();
        Map<Long, Set<Long>> sentencesWith = new HashMap<>();
        Map<Long, Long> keyedOf = new HashMap<>();
        long keyed = 0;
        for (long[] v : later._2()) {
            keyed = v[1];
            for (int i = 2; i < v.length; i++) {
                long x = article(v[i]);
                if (x != y) {
                    sentencesWith.computeIfAbsent(x, k -> new HashSet<>()).add(v[0]);
                    keyedOf.put(x, v[i] & FIELD_MASK);
                }
            }
        }
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        for (Map.Entry<Long, Set<Long>> e : sentencesWith.entrySet()) {
            Set<Long> shared = e.getValue();
            int need = Blocking.sentencesNeeded((int) keyed, keyedOf.get(e.getKey()).intValue());
            if (shared.contains(EXACT) || shared.size() >= need) {
                out.add(new Tuple2<>(e.getKey(), y));
            }
        }
        return out.iterator();
    }

    /** One component deduplicated by the core, and its members' families (-1 for none). */
    private static Found deduplicate(Tuple2<Long, Iterable<Tuple2<Long, Packed<Article>>>> component) {
        List<Tuple2<Long, Packed<Article>>> members = new ArrayList<>();
        component._2().forEach(members::add);
        members.sort(Comparator.comparingLong(Tuple2::_1));
        List<Article> inOrder = members.stream().map(m -> m._2().value()).toList();
        List<DuplicateGroup> groups = new SentenceFingerprintDeduplicator(DedupConfig.defaults()).deduplicate(inOrder);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            position.put(inOrder.get(i).id(), i);
        }
        long[] numbers = new long[members.size()];
        long[] families = new long[members.size()];
        Arrays.fill(families, -1);
        for (int i = 0; i < members.size(); i++) {
            numbers[i] = members.get(i)._1();
        }
        for (List<String> family : OnlineStoryClusterer.families(groups)) {
            long first = Long.MAX_VALUE;
            for (String id : family) {
                first = Math.min(first, numbers[position.get(id)]);
            }
            for (String id : family) {
                families[position.get(id)] = first;
            }
        }
        List<Tuple2<Long, DuplicateGroup>> keyed = new ArrayList<>(groups.size());
        for (DuplicateGroup g : groups) {
            keyed.add(new Tuple2<>(families[position.get(g.members().get(0))], g));
        }
        return new Found(keyed, numbers, families);
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
