package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class ComponentsTest {

    /** One task's union-find and the rounds of label propagation give every vertex the smallest vertex of its component. */
    @Test
    void oneTaskAndPropagationFindTheSameComponents() {
        Random random = new Random(19);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        // A chain (many rounds of propagation) and a star apart, and random pairs among 3,000 vertices.
        for (long v = 5000; v < 5008; v++) {
            edges.add(new Tuple2<>(v + 1, v));
        }
        for (long leaf = 6001; leaf < 6030; leaf++) {
            edges.add(new Tuple2<>(6000L, leaf));
        }
        for (int i = 0; i < 600; i++) {
            edges.add(new Tuple2<>((long) random.nextInt(3000), (long) random.nextInt(3000)));
        }
        JavaPairRDD<Long, Long> rdd = JavaPairRDD.fromJavaRDD(jsc().parallelize(edges, 4));

        Components.Result oneTask = Components.of(rdd, 4, Long.MAX_VALUE);
        Components.Result rounds = Components.of(rdd, 4, 0);
        Map<Long, Long> a = new HashMap<>(oneTask.labels().collectAsMap());
        Map<Long, Long> b = new HashMap<>(rounds.labels().collectAsMap());

        assertThat(oneTask.rounds()).isZero();
        assertThat(rounds.rounds()).isGreaterThan(3);
        assertThat(a).isEqualTo(b).containsEntry(5008L, 5000L).containsEntry(6029L, 6000L);
        // Every edge joins two vertices of one component, labelled by a vertex no larger than either.
        for (Tuple2<Long, Long> e : edges) {
            assertThat(a.get(e._1())).isEqualTo(a.get(e._2())).isLessThanOrEqualTo(Math.min(e._1(), e._2()));
        }
    }

    private static JavaSparkContext jsc() {
        return JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    }
}
