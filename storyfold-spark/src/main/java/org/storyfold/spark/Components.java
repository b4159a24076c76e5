package org.storyfold.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph held as an edge list, by distributed label propagation: every
 * vertex takes the smallest label among itself and its neighbours until no label changes. The
 * component's label is its smallest vertex, so the result does not depend on partitioning.
 */
final class Components {

    /** What a run found: each vertex's component, and how many rounds it took. */
    record Result(JavaPairRDD<Long, Long> labels, int rounds) {
    }

    private Components() {
    }

    /**
     * @param edges undirected edges, each given once in either direction (both are added here)
     * @return each vertex that has an edge, with the smallest vertex of its component
     */
    static Result of(JavaPairRDD<Long, Long> edges, int partitions) {
        JavaPairRDD<Long, Long> both = edges.union(edges.mapToPair(Tuple2::swap)).distinct(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> labels = both.reduceByKey(Math::min, partitions)
                .mapToPair(v -> new Tuple2<>(v._1(), Math.min(v._1(), v._2())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        int rounds = 0;
        while (true) {
            rounds++;
            JavaPairRDD<Long, Long> next = both.join(labels, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(labels)
                    .reduceByKey(Math::min, partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels, partitions).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        both.unpersist(false);
        return new Result(labels, rounds);
    }
}
