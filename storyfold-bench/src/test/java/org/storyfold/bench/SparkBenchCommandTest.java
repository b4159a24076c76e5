package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code storyfold-bench spark} end to end on the five articles of the Raqqa example: each half runs
 * in a JVM of its own (one at a time, beside this one), reports its own process's cost, and the
 * line compares outputs that agree.
 */
class SparkBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void eachHalfRunsInItsOwnJvmAndTheLineReportsBoth() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("examples/raqqa"))) {
            root = root.getParent();
        }
        Path raqqa = root.resolve("examples/raqqa");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        int exit;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit = new CommandLine(new SparkBenchCommand()).execute(raqqa.toString(), "--out", dir.toString(),
                    "--partitions", "2");
        } finally {
            System.setOut(out);
        }
        assertThat(exit).isZero();
        String line = captured.toString(StandardCharsets.UTF_8).trim();
        Matcher m = Pattern.compile("spark wall_s=[\\d.]+ embedded wall_s=[\\d.]+ cpu_s_per_article spark=([\\d.]+) "
                + "embedded=([\\d.]+) shuffle_bytes=\\d+ input_bytes=\\d+ b3_vs_embedded=1\\.0000 articles=(\\d+) "
                + "jit_s spark=([\\d.]+) embedded=([\\d.]+) gc_s spark=[\\d.]+ embedded=[\\d.]+").matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        ObjectMapper json = new ObjectMapper();
        JsonNode spark = json.readTree(dir.resolve("spark-cost.json").toFile());
        JsonNode embedded = json.readTree(dir.resolve("embedded-cost.json").toFile());
        // Each JVM compiled its own code: neither half found the other's work done.
        assertThat(Double.parseDouble(m.group(4))).isPositive();
        assertThat(Double.parseDouble(m.group(5))).isPositive();
        // The costs are the children's, not this JVM's: each at least its own JIT and collector time.
        for (JsonNode cost : new JsonNode[] {spark, embedded}) {
            double threads = cost.get("threads").get("jit").asDouble() + cost.get("threads").get("gc").asDouble();
            assertThat(cost.get("cpuSeconds").asDouble()).isGreaterThanOrEqualTo(threads);
            assertThat(cost.get("wallSeconds").asDouble()).isPositive();
        }
        int articles = Integer.parseInt(m.group(3));
        assertThat(articles).isEqualTo(5);
        assertThat(spark.get("cpuSeconds").asDouble() / articles).isCloseTo(Double.parseDouble(m.group(1)),
                org.assertj.core.data.Offset.offset(1e-5));
        assertThat(embedded.get("cpuSeconds").asDouble() / articles).isCloseTo(Double.parseDouble(m.group(2)),
                org.assertj.core.data.Offset.offset(1e-5));
    }
}
