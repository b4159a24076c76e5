package org.storyfold.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for the module's tests: two worker threads, no UI. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("storyfold-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.serializer.extraDebugInfo", "false")
                    .config(ArticleRows.JAVA_TIME, "true")
                    .getOrCreate();
        }
        return session;
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
