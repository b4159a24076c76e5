package org.storyfold.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import scala.Tuple2;

/**
 * How many items give each key (a term's document frequency), counted first in a plain map per
 * partition, then summed across partitions: a few hundred keys an article would otherwise each
 * cross Spark's combiner, whose size estimates and boxing cost more than the counting. Pairs
 * already combined per partition cross the shuffle without Spark's map-side combine
 * ({@link #acrossPartitions}), which would only hash, sort and size them again.
 */
final class KeyCounts {

    /** The keys of one item, each once. */
    @FunctionalInterface
    interface Keys<T> extends Serializable {
        long[] of(T item) throws Exception;
    }

    private KeyCounts() {
    }

    static <T> JavaPairRDD<Long, Integer> of(JavaRDD<T> items, Keys<T> keys, int partitions) {
        JavaPairRDD<Long, Integer> counted = items.mapPartitionsToPair(it -> {
            Map<Long, int[]> local = new HashMap<>();
            while (it.hasNext()) {
                for (long k : keys.of(it.next())) {
                    local.computeIfAbsent(k, x -> new int[1])[0]++;
                }
            }
            List<Tuple2<Long, Integer>> out = new ArrayList<>(local.size());
            local.forEach((k, n) -> out.add(new Tuple2<>(k, n[0])));
            return out.iterator();
        });
        return acrossPartitions(counted, Integer::sum, partitions);
    }

    /**
     * Pairs that each partition holds once per key (combined where they were made) reduced across
     * partitions: the map side writes them as they are (no second combine in Spark's sorted,
     * size-sampled map), the reduce side combines as {@code reduceByKey} does.
     */
    static <K, V> JavaPairRDD<K, V> acrossPartitions(JavaPairRDD<K, V> combined, Function2<V, V, V> f, int partitions) {
        return combined.combineByKey(v -> v, f, f, new HashPartitioner(partitions), false, null);
    }
}
