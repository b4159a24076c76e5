package org.storyfold;

import java.util.Objects;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.ingest.IngestConfig;
import org.storyfold.synth.BriefConfig;

/** The settings of every stage, each validated by its own record. */
public record StoryfoldConfig(IngestConfig ingest, DedupConfig dedup, ClusterConfig cluster, BriefConfig brief) {

    public StoryfoldConfig {
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(dedup, "dedup");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(brief, "brief");
    }

    public static StoryfoldConfig defaults() {
        return new StoryfoldConfig(IngestConfig.defaults(), DedupConfig.defaults(), ClusterConfig.defaults(),
                BriefConfig.defaults());
    }

    public StoryfoldConfig withIngest(IngestConfig ingest) {
        return new StoryfoldConfig(ingest, dedup, cluster, brief);
    }

    public StoryfoldConfig withCluster(ClusterConfig cluster) {
        return new StoryfoldConfig(ingest, dedup, cluster, brief);
    }

    public StoryfoldConfig withBrief(BriefConfig brief) {
        return new StoryfoldConfig(ingest, dedup, cluster, brief);
    }
}
