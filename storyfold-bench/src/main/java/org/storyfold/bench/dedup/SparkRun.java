package org.storyfold.bench.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark MLlib peer, in local mode on every core: the corpus file read by Spark, tokenised by
 * {@code RegexTokenizer} (lower-cased words), word 3-shingles by {@code NGram}, binary
 * {@code HashingTF} vectors of 2^20 features, {@code MinHashLSH} with {@code tables} hash tables,
 * and {@code approxSimilarityJoin} of the corpus with itself up to the loosest threshold's
 * distance; the pairs at or above each Jaccard threshold are its answer (MLlib computes the exact
 * Jaccard distance of the candidates, so one join serves every threshold).
 */
final class SparkRun {

    private SparkRun() {
    }

    static List<RunFigures> run(Path corpus, DedupScore gold, double[] thresholds, int tables) {
        double least = 1;
        for (double t : thresholds) {
            least = Math.min(least, t);
        }
        long s0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[*]").appName("storyfold-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "16")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        double startup = (System.nanoTime() - s0) / 1e9;
        try (HeapMeter heap = new HeapMeter()) {
            long t0 = System.nanoTime();
            Dataset<Row> docs = spark.read().json(corpus.resolve(CorpusFiles.ARTICLES).toString()).select("id", "text");
            Dataset<Row> tokens = new RegexTokenizer().setInputCol("text").setOutputCol("tokens")
                    .setPattern("[^\\p{L}\\p{N}]+").setToLowercase(true).transform(docs);
            Dataset<Row> shingles = new NGram().setN(3).setInputCol("tokens").setOutputCol("shingles").transform(tokens)
                    .filter(size(col("shingles")).gt(0));
            Dataset<Row> features = new HashingTF().setInputCol("shingles").setOutputCol("features")
                    .setNumFeatures(1 << 20).setBinary(true).transform(shingles).select("id", "features").cache();
            MinHashLSHModel model = new MinHashLSH().setNumHashTables(tables).setInputCol("features")
                    .setOutputCol("hashes").setSeed(42).fit(features);
            List<Row> rows = model.approxSimilarityJoin(features, features, 1 - least, "distance")
                    .filter(col("datasetA.id").lt(col("datasetB.id")))
                    .select(col("datasetA.id"), col("datasetB.id"), col("distance")).collectAsList();
            long articles = features.count();
            long t1 = System.nanoTime();
            long peak = heap.peak();
            double cpu = heap.cpuSeconds();
            features.unpersist();
            List<long[]> pairs = new ArrayList<>(rows.size());
            double[] similarity = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                pairs.add(new long[] {gold.number(r.getString(0)), gold.number(r.getString(1))});
                similarity[i] = 1 - r.getDouble(2);
            }
            List<RunFigures> out = new ArrayList<>();
            for (double t : thresholds) {
                out.add(new RunFigures(String.format(Locale.ROOT, "Spark MLlib MinHashLSH, %d tables (+%.0f s start-up)",
                        tables, startup), t, gold.pairs(pairs, t, similarity), (t1 - t0) / 1e9, cpu, (int) articles, peak));
            }
            return out;
        } finally {
            spark.stop();
        }
    }
}
