package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterEvaluationTest {

    @Test
    void holdsTheClusteringFloorOnMultiNews() throws Exception {
        MultiNews.Data data = MultiNews.load(EvalData.eval().resolve("multinews-dev"));
        assertThat(data.articles()).hasSizeGreaterThan(680);
        ClusteringMetrics m = ClusterEvaluation.evaluateDefault(data);
        assertThat(m.f1()).isGreaterThanOrEqualTo(EvalData.floor("cluster.multinews-dev.bcubed-f1"));
    }

    @Test
    void scoresAPerfectClusteringAsOne() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        ClusteringMetrics m = ClusteringMetrics.score(Map.of("a", "1", "b", "1", "c", "2"), gold);
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.ari()).isEqualTo(1.0);
    }

    @Test
    void scoresLumpingAndSplittingAsTheTextbookDoes() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        ClusteringMetrics lumped = ClusteringMetrics.score(Map.of("a", "1", "b", "1", "c", "1", "d", "1"), gold);
        assertThat(lumped.precision()).isEqualTo(0.5);
        assertThat(lumped.recall()).isEqualTo(1.0);
        assertThat(lumped.ari()).isEqualTo(0.0, within(1e-9));
        ClusteringMetrics split = ClusteringMetrics.score(Map.of("a", "1", "b", "2", "c", "3", "d", "4"), gold);
        assertThat(split.precision()).isEqualTo(1.0);
        assertThat(split.recall()).isEqualTo(0.5);
    }
}
