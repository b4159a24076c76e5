package org.storyfold.store;

/**
 * How the store takes in new articles.
 *
 * @param batchSize        articles per transaction: a crash loses at most the batch under way, in [1, 10000]
 * @param neighbours       stored articles most like each new one that are checked as its copies and
 *                         whose stories it may join, in [1, 100]
 * @param storySample      latest members of a stored story compared with new articles, in [1, 1000]
 * @param minNeighbourhood articles a batch is compared with at least (random stored stories pad a
 *                         small neighbourhood, so that word weights come from a fair sample), in [0, 100000]
 * @param briefArticles    most articles a story's brief is written from (its likely originals and
 *                         latest members), in [2, 10000]
 */
public record StoreConfig(int batchSize, int neighbours, int storySample, int minNeighbourhood, int briefArticles) {

    public StoreConfig {
        requireIn("batchSize", batchSize, 1, 10_000);
        requireIn("neighbours", neighbours, 1, 100);
        requireIn("storySample", storySample, 1, 1000);
        requireIn("minNeighbourhood", minNeighbourhood, 0, 100_000);
        requireIn("briefArticles", briefArticles, 2, 10_000);
    }

    public static StoreConfig defaults() {
        return new StoreConfig(250, 3, 3, 300, 40);
    }

    public StoreConfig withBatchSize(int size) {
        return new StoreConfig(size, neighbours, storySample, minNeighbourhood, briefArticles);
    }

    private static void requireIn(String name, int value, int low, int high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(name + " must be in [" + low + ", " + high + "], got " + value);
        }
    }
}
