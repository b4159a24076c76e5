package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.bench.dedup.DedupCorpusCommand;
import org.storyfold.spark.SparkDigest;
import org.storyfold.spark.SparkKryo;
import picocli.CommandLine;

/**
 * The Spark runner (local[2]) against the embedded digest on a generated syndication corpus of
 * 10,000 articles (wire copies with outlet edits, partial reuses, independent reports of one
 * event), compared as {@code storyfold-bench spark} compares them: the same articles and duplicate
 * groups always; the same stories and briefs when the clustering is one run; and, clustered in
 * two runs (the second warmed up on the first), stories whose B-cubed F1 against the embedded
 * ones is at least 0.99.
 */
class SparkParityTest {

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path corpus;
    private static Path embedded;

    @BeforeAll
    static void setUp() throws IOException {
        corpus = dir.resolve("corpus");
        int exit = new CommandLine(new DedupCorpusCommand()).execute("--size", "10000", "--no-audit",
                "--data", EvalData.eval().resolve("multinews-dev").toString(), "--out", corpus.toString());
        assertThat(exit).isZero();
        Files.delete(corpus.resolve("gold.jsonl"));
        embedded = dir.resolve("embedded");
        SparkBenchCommand bench = new SparkBenchCommand();
        bench.inputs = List.of(corpus);
        bench.embedded(embedded, new PrintStream(PrintStream.nullOutputStream()));
        spark = SparkKryo.configure(SparkSession.builder()).master("local[2]").appName("storyfold-test")
                .config("spark.ui.enabled", "false")
                .config("spark.serializer.extraDebugInfo", "false")
                .getOrCreate();
    }

    @AfterAll
    static void tearDown() {
        spark.stop();
    }

    @Test
    void oneRunGivesTheEmbeddedDigest() throws IOException {
        SparkBenchCommand.Parity p = run("one", 0);
        assertThat(p.articlesSame()).isTrue();
        assertThat(p.embeddedGroups()).isGreaterThan(1_000);
        assertThat(p.groupsSame()).isEqualTo(p.embeddedGroups()).isEqualTo(p.sparkGroups());
        assertThat(p.storiesSame()).isEqualTo(p.embeddedStories()).isEqualTo(p.sparkStories());
        assertThat(p.briefsSame()).isEqualTo(p.storiesSame());
        assertThat(p.b3()).isEqualTo(1.0);
    }

    @Test
    void runsOfOneChunkStillGiveTheEmbeddedGroupsAndAlmostItsStories() throws IOException {
        SparkBenchCommand.Parity p = run("chunks", 1);
        assertThat(p.articlesSame()).isTrue();
        assertThat(p.groupsSame()).isEqualTo(p.embeddedGroups()).isEqualTo(p.sparkGroups());
        assertThat(p.b3()).isGreaterThanOrEqualTo(0.99);
    }

    private static SparkBenchCommand.Parity run(String name, int runChunks) throws IOException {
        Path out = dir.resolve(name);
        SparkDigest.Summary s = SparkDigest.run(spark, new SparkDigest.Settings(List.of(corpus.toUri().toString()),
                out.toUri().toString(), 4, false, runChunks), new PrintStream(PrintStream.nullOutputStream()));
        if (runChunks == 1) {
            assertThat(s.runs()).isGreaterThan(1);
        }
        return SparkBenchCommand.Parity.of(out, embedded);
    }
}
