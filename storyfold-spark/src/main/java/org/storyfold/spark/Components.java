package org.storyfold.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph held as an edge list. A graph of up to {@link #ONE_TASK_EDGES}
 * edges is solved by one task (union-find, a few dozen bytes an edge), which spares the rounds of
 * shuffles; a larger one by distributed label propagation: every vertex takes the smallest label
 * among itself and its neighbours until no label changes. Either way a component's label is its
 * smallest vertex, so the result does not depend on partitioning or on the path taken.
 */
final class Components {

    /** The most edges solved by one task: a few hundred MB of an executor's memory at most. */
    static final long ONE_TASK_EDGES = 4_000_000;

    /** What a run found: each vertex's component, and how many rounds of propagation it took (0 in one task). */
    record Result(JavaPairRDD<Long, Long> labels, int rounds) {
    }

    private Components() {
    }

    /**
     * @param edges undirected edges, each given once in either direction
     * @return each vertex that has an edge, with the smallest vertex of its component
     */
    static Result of(JavaPairRDD<Long, Long> edges, int partitions) {
        return of(edges, partitions, ONE_TASK_EDGES);
    }

    static Result of(JavaPairRDD<Long, Long> edges, int partitions, long oneTaskEdges) {
        JavaPairRDD<Long, Long> held = edges.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            if (held.count() <= oneTaskEdges) {
                JavaPairRDD<Long, Long> labels = held.coalesce(1).mapPartitionsToPair(Components::unionFind)
                        .persist(StorageLevel.MEMORY_AND_DISK_SER());
                labels.count();
                return new Result(labels, 0);
            }
            return propagate(held, partitions);
        } finally {
            held.unpersist(false);
        }
    }

    /** The components of the edges of one partition, each vertex with the smallest vertex of its component. */
    private static java.util.Iterator<Tuple2<Long, Long>> unionFind(java.util.Iterator<Tuple2<Long, Long>> edges) {
        Map<Long, Long> parent = new HashMap<>();
        while (edges.hasNext()) {
            Tuple2<Long, Long> e = edges.next();
            union(parent, e._1(), e._2());
        }
        List<Tuple2<Long, Long>> out = new ArrayList<>(parent.size());
        for (Long v : parent.keySet()) {
            out.add(new Tuple2<>(v, root(parent, v)));
        }
        return out.iterator();
    }

    /** Joins the trees of {@code a} and {@code b} in a union-find forest, under the smaller root. */
    static void union(Map<Long, Long> parent, long a, long b) {
        long ra = root(parent, a);
        long rb = root(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    /**
     * The root of {@code v}'s tree in a union-find forest (added as a tree of its own if new); a
     * root joined by {@link #union} only is the smallest vertex of its tree. Splits the path on the way.
     */
    static long root(Map<Long, Long> parent, long v) {
        parent.putIfAbsent(v, v);
        long x = v;
        long up = parent.get(x);
        while (up != x) {
            long grand = parent.get(up);
            parent.put(x, grand);
            x = up;
            up = grand;
        }
        return x;
    }

    private static Result propagate(JavaPairRDD<Long, Long> edges, int partitions) {
        JavaPairRDD<Long, Long> both = edges.union(edges.mapToPair(Tuple2::swap)).distinct(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> labels = both.reduceByKey(Math::min, partitions)
                .mapToPair(v -> new Tuple2<>(v._1(), Math.min(v._1(), v._2())))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        int rounds = 0;
        while (true) {
            rounds++;
            JavaPairRDD<Long, Long> next = both.join(labels, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(labels)
                    .reduceByKey(Math::min, partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
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
