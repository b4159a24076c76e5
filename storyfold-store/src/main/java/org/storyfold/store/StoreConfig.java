package org.storyfold.store;

/**
 * How the store takes in new articles.
 *
 * @param batchSize       articles per transaction: a crash loses at most the batch under way, in [1, 10000]
 * @param briefArticles   most articles a story's brief is written from (its likely originals and
 *                        latest members), in [2, 10000]
 * @param snapshotSeconds how often, at most, an ingest saves the copy index and the story stream
 *                        as of its last committed batch, in [0, 86400] (0: after every batch); a store
 *                        also saves them when it is closed. After a crash, the batches committed
 *                        since the last save are replayed at the next open
 */
public record StoreConfig(int batchSize, int briefArticles, int snapshotSeconds) {

    public StoreConfig {
        requireIn("batchSize", batchSize, 1, 10_000);
        requireIn("briefArticles", briefArticles, 2, 10_000);
        requireIn("snapshotSeconds", snapshotSeconds, 0, 86_400);
    }

    public static StoreConfig defaults() {
        return new StoreConfig(250, 40, 120);
    }

    public StoreConfig withBatchSize(int size) {
        return new StoreConfig(size, briefArticles, snapshotSeconds);
    }

    public StoreConfig withSnapshotSeconds(int seconds) {
        return new StoreConfig(batchSize, briefArticles, seconds);
    }

    private static void requireIn(String name, int value, int low, int high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(name + " must be in [" + low + ", " + high + "], got " + value);
        }
    }
}
