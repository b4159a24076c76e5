package org.storyfold.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.storyfold.cluster.OnlineStoryClusterer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyfold-spark}: the batch pipeline on Apache Spark, locally or under {@code spark-submit}. */
@Command(name = "storyfold-spark", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        subcommands = {SparkMain.Digest.class, CommandLine.HelpCommand.class},
        description = "Runs storyfold's batch pipeline on Apache Spark.")
public final class SparkMain implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("storyfold-spark: say what to do: digest (see --help)");
        return 2;
    }

    /** {@code storyfold-spark digest}. */
    @Command(name = "digest", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {
                "Reads articles, extracts them, finds their copies, folds them into stories and writes a brief per story,",
                "with the same stages and results as 'storyfold digest', on Spark.",
                "",
                "Reads text, HTML, JSON Lines, WARC and feeds as 'storyfold digest' does, and Parquet tables of articles",
                "(the columns of a JSON Lines article: id, url, title, text or html, published, outlet).",
                "",
                "Writes to --out: articles/, duplicates/, stories/ and problems/ (JSON Lines part files, which",
                "'storyfold ingest' reads), the same as Parquet tables (articles.parquet, duplicates.parquet,",
                "stories.parquet) for Spark SQL, DuckDB or pandas, and summary.json.",
                "Under spark-submit the cluster's master is used; otherwise Spark runs in this process (--master)."})
    static final class Digest implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "INPUT",
                description = "Files or folders (read recursively) on any Hadoop file system: local, hdfs://, s3a://.")
        List<String> inputs;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder; must not exist or be empty.")
        String out;

        @Option(names = "--master", paramLabel = "MASTER", defaultValue = "local[*]",
                description = "Spark master when not run by spark-submit (default: ${DEFAULT-VALUE}, every core here).")
        String master;

        @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
                description = "Partitions of each shuffle (default: 4 per core Spark has).")
        int partitions;

        @Option(names = "--no-parquet", description = "Skip the Parquet tables.")
        boolean noParquet;

        @Option(names = "--run-chunks", paramLabel = "N", defaultValue = "0",
                description = {"Clustering runs of at least N chunks of " + OnlineStoryClusterer.CHUNK_UNITS
                        + " units (articles, or families of copies) each,",
                    "placed in parallel, each after a warm-up of the chunks before it; one run is the embedded run's",
                    "clustering exactly. Default 0: enough runs for every core, each of at least "
                        + SparkClustering.MIN_RUN_CHUNKS + " chunks."})
        int runChunks;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            SparkConf conf = new SparkConf();
            SparkSession.Builder builder = SparkSession.builder().appName("storyfold digest");
            if (!conf.contains("spark.serializer")) {
                SparkKryo.configure(builder);
            }
            if (!conf.contains("spark.master")) {
                builder.master(master).config("spark.ui.enabled", "false")
                        // Spark's debugger of unserialisable closures needs JDK internals opened to it.
                        .config("spark.serializer.extraDebugInfo", "false");
            }
            SparkSession spark = builder.getOrCreate();
            try {
                if (runChunks < 0) {
                    err.println("storyfold-spark: --run-chunks must be 0 or more, not " + runChunks);
                    return 2;
                }
                int n = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
                for (String input : inputs) {
                    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
                    if (!p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
                        err.println("storyfold-spark: " + input + ": no such file or folder");
                        return 2;
                    }
                }
                SparkDigest.Summary s = SparkDigest.run(spark,
                        new SparkDigest.Settings(inputs, out, n, !noParquet, runChunks), System.err);
                System.out.printf("%d articles, %d stories, %d duplicate groups, %d problems; %.1f MB shuffled; written to %s%n",
                        s.articles(), s.stories(), s.groups(), s.problems(), s.shuffleBytesWritten() / 1e6, out);
                return 0;
            } catch (FileAlreadyExistsException e) {
                err.println("storyfold-spark: " + e.getFile() + ": " + e.getReason());
                return 2;
            } catch (IOException e) {
                err.println("storyfold-spark: " + e.getMessage());
                return 1;
            } finally {
                spark.stop();
            }
        }
    }
}
