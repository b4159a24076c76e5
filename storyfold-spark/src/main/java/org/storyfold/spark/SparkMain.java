package org.storyfold.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
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
                "Writes to --out: articles/, duplicates/, stories/ and problems/ (JSON Lines part files, which",
                "'storyfold ingest' reads), storylines.json, articles.parquet and summary.json.",
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

        @Option(names = "--no-parquet", description = "Skip the Parquet copy of the articles.")
        boolean noParquet;

        @Option(names = "--window-days", paramLabel = "N", defaultValue = "0",
                description = {"0 (default): cluster exactly as 'storyfold digest' does, on the driver, which holds every",
                    "article's text meanwhile. N: cluster each N-day window of publication apart, on the executors",
                    "(for corpora too large for one driver); stories crossing a window's edge are split, no storylines."})
        int windowDays;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            SparkConf conf = new SparkConf();
            SparkSession.Builder builder = SparkSession.builder().appName("storyfold digest");
            if (!conf.contains("spark.master")) {
                builder.master(master).config("spark.ui.enabled", "false");
            }
            SparkSession spark = builder.getOrCreate();
            try {
                if (windowDays < 0) {
                    err.println("storyfold-spark: --window-days must be 0 or more, not " + windowDays);
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
                        new SparkDigest.Settings(inputs, out, n, !noParquet, windowDays), System.err);
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
