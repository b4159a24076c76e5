package org.storyfold.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The module's tests' Spark session: local mode with two worker threads, or a local cluster whose
 * executor is a separate JVM (one at a time: a JVM holds one Spark context). No UI.
 */
final class LocalSpark {

    private static SparkSession session;
    private static boolean cluster;

    private LocalSpark() {
    }

    /** A local session with two worker threads. */
    static synchronized SparkSession get() {
        if (session == null || cluster) {
            start(false);
        }
        return session;
    }

    /**
     * A session on {@code local-cluster[1,1,1024]}: Spark's standalone master and one worker in
     * this JVM, and one executor of one core and 1 GB in a JVM of its own, started on this JVM's
     * class path. Spark's worker looks for its installation under {@code spark.test.home} when
     * {@code spark.testing} is set; an empty one (with the folders its launcher checks) does, the
     * class path coming from {@code spark.executor.extraClassPath}.
     */
    static synchronized SparkSession cluster() {
        if (session == null || !cluster) {
            start(true);
        }
        return session;
    }

    private static void start(boolean localCluster) {
        if (session != null) {
            session.stop();
            SparkSession.clearActiveSession();
            SparkSession.clearDefaultSession();
        }
        SparkSession.Builder b = SparkKryo.configure(SparkSession.builder())
                .appName("storyfold-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.serializer.extraDebugInfo", "false")
                .config(ArticleRows.JAVA_TIME, "true");
        if (localCluster) {
            try {
                // What the launcher checks: a jars folder, and a build folder naming the Scala version.
                Path home = Files.createTempDirectory("spark-home");
                Files.createDirectories(home.resolve("jars"));
                Files.createDirectories(home.resolve("launcher/target/scala-2.13"));
                System.setProperty("spark.testing", "true");
                System.setProperty("spark.test.home", home.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            b.master("local-cluster[1,1,1024]")
                    .config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                    .config("spark.executor.memory", "1g");
        } else {
            System.clearProperty("spark.testing");
            b.master("local[2]");
        }
        session = b.getOrCreate();
        cluster = localCluster;
    }

    /** The seed articles' folder. */
    static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find examples/raqqa");
        }
        return p.resolve("examples/raqqa");
    }
}
