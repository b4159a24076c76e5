package org.storyfold.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.storyfold.Outcome;
import org.storyfold.extract.Article;
import org.storyfold.extract.ArticleExtractor;
import org.storyfold.ingest.FileIngester;
import org.storyfold.ingest.FileKind;
import org.storyfold.ingest.IngestConfig;
import org.storyfold.ingest.InputFile;

/**
 * Stages 1 and 2 on Spark: reads every input file (any Hadoop path: local, HDFS, S3) on the
 * executors with the core's readers, and extracts each document with the core's extractor. A file
 * or record that cannot be used becomes a problem row (source, reason); the job goes on.
 */
public final class SparkIngest {

    /** Problems: what could not be read or extracted, and why. */
    public static final StructType PROBLEM = new StructType(new StructField[] {
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false)});

    private static final StructType OUTCOME = new StructType(new StructField[] {
            DataTypes.createStructField("article", ArticleRows.SCHEMA, true),
            DataTypes.createStructField("problem", PROBLEM, true)});

    /** The extracted articles and the problems met, as two datasets over one pass of the input. */
    public record Result(Dataset<Row> articles, Dataset<Row> problems) {
    }

    private SparkIngest() {
    }

    /** Reads and extracts everything under {@code inputs} (files or folders, recursively). */
    public static Result read(SparkSession spark, List<String> inputs, IngestConfig config, int partitions) {
        spark.conf().set(ArticleRows.JAVA_TIME, "true");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        long maxDocumentBytes = config.maxDocumentBytes(); // closures capture plain values, not core records
        JavaRDD<Row> outcomes = jsc.binaryFiles(String.join(",", inputs), partitions)
                .filter(t -> readable(t._1()))
                .mapPartitions(files -> extractAll(files, new IngestConfig(maxDocumentBytes)));
        Dataset<Row> all = spark.createDataFrame(outcomes, OUTCOME).cache();
        return new Result(
                all.filter("article is not null").select("article.*"),
                all.filter("problem is not null").select("problem.*"));
    }

    /** Files storyfold reads: a known kind, not hidden (as the embedded ingester decides). */
    static boolean readable(String uri) {
        String name = fileName(uri);
        return !name.startsWith(".") && !name.startsWith("_") && FileKind.of(name).isPresent();
    }

    private static Iterator<Row> extractAll(Iterator<scala.Tuple2<String, PortableDataStream>> files, IngestConfig config) {
        FileIngester ingester = new FileIngester(config);
        ArticleExtractor extractor = new ArticleExtractor();
        List<Row> rows = new ArrayList<>();
        while (files.hasNext()) {
            scala.Tuple2<String, PortableDataStream> file = files.next();
            String uri = file._1();
            String name = fileName(uri);
            Optional<FileKind> kind = FileKind.of(name);
            Path local = null;
            try {
                local = copyToLocal(file._2(), name);
                InputFile input = new InputFile(local, displayName(uri), kind.orElseThrow(), FileKind.idOf(name));
                ingester.read(input, outcome -> rows.add(toRow(outcome.flatMap(extractor::extract))));
            } catch (IOException | UncheckedIOException e) {
                rows.add(RowFactory.create(null, RowFactory.create(displayName(uri), "cannot read: " + e.getMessage())));
            } finally {
                deleteQuietly(local);
            }
        }
        return rows.iterator();
    }

    private static Row toRow(Outcome<Article> outcome) {
        if (outcome instanceof Outcome.Ok<Article> ok) {
            return RowFactory.create(ArticleRows.toRow(ok.value()), null);
        }
        Outcome.Rejected<Article> r = (Outcome.Rejected<Article>) outcome;
        return RowFactory.create(null, RowFactory.create(r.source(), r.reason()));
    }

    /**
     * Copies a file to the executor's local disk under its own name (so that its extensions still
     * say how to read it), because the core's readers work on local files.
     */
    private static Path copyToLocal(PortableDataStream stream, String name) throws IOException {
        Path dir = Files.createTempDirectory("storyfold-");
        Path local = dir.resolve(name);
        try (InputStream in = stream.open()) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }

    private static void deleteQuietly(Path local) {
        if (local == null) {
            return;
        }
        try {
            Files.deleteIfExists(local);
            Files.deleteIfExists(local.getParent());
        } catch (IOException e) {
            // A temporary file left behind is harmless; the executor's temp folder is cleaned with it.
        }
    }

    /** A local file's path as the embedded pipeline would print it; other URIs as they are. */
    static String displayName(String uri) {
        return uri.startsWith("file:") ? Path.of(URI.create(uri)).toString() : uri;
    }

    private static String fileName(String uri) {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(slash + 1);
    }
}
