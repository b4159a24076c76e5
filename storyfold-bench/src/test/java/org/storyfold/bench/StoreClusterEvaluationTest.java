package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreClusterEvaluationTest {

    @TempDir
    Path work;

    @Test
    void holdsTheIncrementalStoryFloorOnMultiNews() throws Exception {
        ClusteringMetrics m = StoreClusterEvaluation.evaluate(EvalData.eval().resolve("multinews-dev"), 25, 1, work);
        assertThat(m.clusters()).isGreaterThan(200);
        assertThat(m.f1()).isGreaterThanOrEqualTo(EvalData.floor("store.multinews-dev.batches-of-25.bcubed-f1"));
    }
}
