package org.storyfold.store;

/**
 * How the store takes in new articles.
 *
 * @param batchSize       articles per transaction: a crash loses at most the batch under way, in [1, 10000]
 * @param neighbours      stored articles most like each new one that are checked as its copies and
 *                        whose stories it may join, in [1, 100]
 * @param storySample     most recent members of a stored story compared with new articles, in [1, 1000]
 */
public record StoreConfig(int batchSize, int neighbours, int storySample) {

    public StoreConfig {
        requireIn("batchSize", batchSize, 1, 10_000);
        requireIn("neighbours", neighbours, 1, 100);
        requireIn("storySample", storySample, 1, 1000);
    }

    public static StoreConfig defaults() {
        return new StoreConfig(250, 5, 20);
    }

    public StoreConfig withBatchSize(int size) {
        return new StoreConfig(size, neighbours, storySample);
    }

    private static void requireIn(String name, int value, int low, int high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(name + " must be in [" + low + ", " + high + "], got " + value);
        }
    }
}
