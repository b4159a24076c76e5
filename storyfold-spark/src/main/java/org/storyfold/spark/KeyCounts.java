package org.storyfold.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * How many items give each key (a term's document frequency), counted first in a plain map per
 * partition, then summed across partitions: a few hundred keys an article would otherwise each
 * cross Spark's combiner, whose size estimates and boxing cost more than the counting.
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
        return items.mapPartitionsToPair(it -> {
            Map<Long, int[]> local = new HashMap<>();
            while (it.hasNext()) {
                for (long k : keys.of(it.next())) {
                    local.computeIfAbsent(k, x -> new int[1])[0]++;
                }
            }
            List<Tuple2<Long, Integer>> out = new ArrayList<>(local.size());
            local.forEach((k, n) -> out.add(new Tuple2<>(k, n[0])));
            return out.iterator();
        }).reduceByKey(Integer::sum, partitions);
    }
}
