package org.storyfold.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function3;
import scala.Tuple2;

/**
 * Where each record lives: the partition it was read into. Records are numbered in the embedded
 * run's order, partition after partition, so a partition holds a contiguous run of numbers and a
 * number tells its partition. Articles stay in these partitions for the whole job; what other
 * steps find about them (a new id, furniture to take out, their story) is keyed by number, sent
 * home by {@link #partitioner()} and read beside them ({@link #join}), so that only small records
 * cross the shuffles and the articles' texts move only where a step needs them together.
 */
final class Home implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The first number of each partition. */
    private final long[] starts;
    private final long count;

    private Home(long[] starts, long count) {
        this.starts = starts;
        this.count = count;
    }

    /** Numbers the records of {@code read} in partition order; returns the numbering and its home. */
    static <T> Tuple2<Home, JavaPairRDD<Long, T>> number(JavaRDD<T> read) {
        List<Tuple2<Integer, Long>> sizes = read.mapPartitionsWithIndex((p, it) -> {
            long n = 0;
            for (; it.hasNext(); it.next()) {
                n++;
            }
            return List.of(new Tuple2<>(p, n)).iterator();
        }, true).collect();
        long[] sizeOf = new long[read.getNumPartitions()];
        sizes.forEach(t -> sizeOf[t._1()] = t._2());
        long[] starts = new long[sizeOf.length];
        long total = 0;
        for (int p = 0; p < sizeOf.length; p++) {
            starts[p] = total;
            total += sizeOf[p];
        }
        Home home = new Home(starts, total);
        JavaPairRDD<Long, T> numbered = read.mapPartitionsWithIndex((p, it) -> {
            List<Tuple2<Long, T>> out = new ArrayList<>();
            long n = home.starts[p];
            while (it.hasNext()) {
                out.add(new Tuple2<>(n++, it.next()));
            }
            return out.iterator();
        }, true).mapToPair(t -> t);
        return new Tuple2<>(home, numbered);
    }

    /** How many records were numbered. */
    long count() {
        return count;
    }

    int partitions() {
        return starts.length;
    }

    /** The partition that holds record {@code number}. */
    int partitionOf(long number) {
        int at = Arrays.binarySearch(starts, number);
        if (at < 0) {
            return -at - 2;
        }
        // Empty partitions share their start with the next: the record is in the last of them.
        while (at + 1 < starts.length && starts[at + 1] == number) {
            at++;
        }
        return at;
    }

    /** Sends records keyed by number to the partition of that number. */
    Partitioner partitioner() {
        return new NumberPartitioner(this);
    }

    /**
     * Each home record with what {@code side} holds for its number (null if nothing), combined by
     * {@code f} (number, record, side's value); only {@code side} crosses a shuffle. Records for which {@code f} gives null are
     * dropped. {@code side} holds at most one value per number.
     */
    <V, W, R> JavaPairRDD<Long, R> join(JavaPairRDD<Long, V> records, JavaPairRDD<Long, W> side,
                                        Function3<Long, V, W, R> f) {
        JavaPairRDD<Long, W> sent = side.partitionBy(partitioner());
        return records.zipPartitions(sent, (Iterator<Tuple2<Long, V>> mine, Iterator<Tuple2<Long, W>> theirs) -> {
            Map<Long, W> byNumber = new HashMap<>();
            theirs.forEachRemaining(t -> byNumber.put(t._1(), t._2()));
            List<Tuple2<Long, R>> out = new ArrayList<>();
            while (mine.hasNext()) {
                Tuple2<Long, V> t = mine.next();
                R r = f.call(t._1(), t._2(), byNumber.get(t._1()));
                if (r != null) {
                    out.add(new Tuple2<>(t._1(), r));
                }
            }
            return out.iterator();
        }).mapToPair(t -> t);
    }

    private static final class NumberPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final Home home;

        NumberPartitioner(Home home) {
            this.home = home;
        }

        @Override
        public int numPartitions() {
            return home.partitions();
        }

        @Override
        public int getPartition(Object key) {
            return home.partitionOf((Long) key);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NumberPartitioner p && Arrays.equals(p.home.starts, home.starts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(home.starts);
        }
    }
}
