package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreClusterEvaluationTest {

    @TempDir
    Path work;

    @Test
    void holdsTheIncrementalStoryFloorOnMultiNews() throws Exception {
        StoreClusterEvaluation.StoreRun run = StoreClusterEvaluation.run(EvalData.eval().resolve("multinews-dev"), 25, 1, work);
        ClusteringMetrics m = run.metrics();
        assertThat(m.clusters()).isGreaterThan(200);
        assertThat(m.f1()).isGreaterThanOrEqualTo(EvalData.floor("store.multinews-dev.batches-of-25.bcubed-f1"));
        // What --losses lists is what the scores lose: the store's own stories, not the digest's.
        ClusterLosses losses = ClusterLosses.of(run.predicted(), run.gold());
        assertThat(losses.precisionLost()).isCloseTo(1 - m.precision(), within(1e-9));
        assertThat(losses.recallLost()).isCloseTo(1 - m.recall(), within(1e-9));
        assertThat(run.predicted().keySet()).isEqualTo(run.gold().keySet());
    }
}
