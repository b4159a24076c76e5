package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Digest;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.Story;
import org.storyfold.format.JsonFormat;

/**
 * Spark and the embedded pipeline give the same articles, duplicate groups, stories with their
 * briefs, and problems: on the seeds, in local mode and on a local cluster (an executor in a JVM
 * of its own, so that nothing relies on memory shared with the driver), and on crawled pages with
 * furniture. The Parquet tables read back in Spark SQL; a Parquet table of articles reads as its
 * JSON Lines would. (The generated 10,000-article corpus is compared in storyfold-bench's
 * SparkParityTest, which can generate it.)
 */
class SparkDigestTest {

    @TempDir
    Path dir;

    @Test
    void givesTheEmbeddedDigestOnTheSeeds() throws IOException {
        Parity p = compare(LocalSpark.get(), LocalSpark.seeds(), dir.resolve("out"), pr -> { });
        assertThat(p.embedded().stories()).hasSize(2);
        assertThat(p.embedded().duplicates()).isNotEmpty();
        p.assertSame();
    }

    @Test
    void givesTheEmbeddedDigestOnALocalClusterWithAnExecutorJvmOfItsOwn() throws IOException {
        try {
            Parity p = compare(LocalSpark.cluster(), LocalSpark.seeds(), dir.resolve("out"), pr -> { });
            p.assertSame();
        } finally {
            LocalSpark.get();
        }
    }

    /**
     * Multi-News pages as crawled: crawler notices, Twitter and video-player furniture that unrelated
     * pages print, and pages with nothing else, which both runs reject for it.
     */
    @Test
    void givesTheEmbeddedDigestOnCrawledPagesWithFurniture() throws IOException {
        Path docs = LocalSpark.seeds().getParent().getParent().getParent().resolve("shared/eval/multinews-dev/docs.jsonl");
        List<Problem> problems = new ArrayList<>();
        Parity p = compare(LocalSpark.get(), docs, dir.resolve("out"), problems::add);
        assertThat(p.embedded().storylines()).isNotEmpty();
        assertThat(p.embedded().articles().stream().flatMap(a -> a.removed().stream())
                .filter(r -> r.reason().contains("recurs across unrelated articles"))).hasSizeGreaterThan(20);
        assertThat(problems.stream().filter(r -> r.reason().contains("recurs across unrelated articles")))
                .hasSizeGreaterThan(10);
        p.assertSame();
        List<String> sparkProblems = new ArrayList<>();
        for (String line : lines(p.out().resolve("problems"))) {
            JsonNode problem = new ObjectMapper().readTree(line);
            sparkProblems.add(problem.get("source").asText() + " " + problem.get("reason").asText());
        }
        assertThat(sparkProblems).containsExactlyInAnyOrderElementsOf(
                problems.stream().map(r -> r.source() + " " + r.reason()).toList());
    }

    @Test
    void writesParquetTablesThatSparkSqlReads() throws IOException {
        Parity p = compare(LocalSpark.get(), LocalSpark.seeds(), dir.resolve("out"), pr -> { });
        SparkSession spark = LocalSpark.get();
        Dataset<Row> stories = spark.read().parquet(p.out().resolve("stories.parquet").toString());
        assertThat(stories.count()).isEqualTo(2);
        stories.createOrReplaceTempView("stories");
        List<Row> biggest = spark.sql("SELECT id, size(articles) AS n FROM stories ORDER BY n DESC").collectAsList();
        assertThat(biggest.get(0).getString(0)).isEqualTo("s1");
        assertThat(biggest.get(0).getInt(1)).isEqualTo(p.embedded().stories().get(0).articles().size());
        assertThat(spark.read().parquet(p.out().resolve("duplicates.parquet").toString()).count())
                .isEqualTo(p.embedded().duplicates().size());
        assertThat(spark.read().parquet(p.out().resolve("articles.parquet").toString()).select("id").collectAsList())
                .extracting(r -> r.getString(0))
                .isEqualTo(p.embedded().articles().stream().map(a -> a.id()).toList());
    }

    /** A table of articles with the JSON Lines columns gives the articles its JSON Lines give, but for where they were read. */
    @Test
    void readsAParquetTableOfArticles() throws IOException {
        Path jsonl = dir.resolve("in.jsonl");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(LocalSpark.seeds())) {
            int n = 0;
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                lines.add(new ObjectMapper().createObjectNode().put("id", "seed" + n++).put("title", "Seed " + n)
                        .put("published", "2017-10-1" + n).put("text", text).toString());
            }
        }
        lines.add("{\"title\":\"No id\",\"text\":\"" + "An article without an id is named after its row. ".repeat(8) + "\"}");
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        Path table = dir.resolve("table");
        LocalSpark.get().read().json(jsonl.toString()).coalesce(1).write().parquet(table.toString());
        Path fromJson = run(jsonl, dir.resolve("from-json"));
        Path fromParquet = run(table, dir.resolve("from-parquet"));
        List<String> expected = new ArrayList<>();
        for (String line : lines(fromJson.resolve("articles"))) {
            expected.add(withoutSource(line));
        }
        List<String> got = new ArrayList<>();
        for (String line : lines(fromParquet.resolve("articles"))) {
            got.add(withoutSource(line));
        }
        String part = partName(table);
        assertThat(got).hasSize(lines.size()).isEqualTo(expected.stream()
                .map(l -> l.replace("\"in:" + lines.size() + "\"", "\"" + part + ":" + lines.size() + "\""))
                .toList());
    }

    private static String partName(Path table) throws IOException {
        try (Stream<Path> parts = Files.list(table)) {
            String name = parts.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet")).findFirst()
                    .orElseThrow();
            return name.substring(0, name.length() - ".parquet".length());
        }
    }

    private static String withoutSource(String articleLine) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode a =
                (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(articleLine);
        a.remove("source");
        return a.toString();
    }

    private Path run(Path input, Path out) throws IOException {
        SparkDigest.run(LocalSpark.get(), new SparkDigest.Settings(List.of(input.toUri().toString()),
                out.toUri().toString(), 4, false), new PrintStream(PrintStream.nullOutputStream()));
        return out;
    }

    private record Parity(Digest embedded, List<String> articles, List<String> groups, List<String> stories,
                          String storylines, Path out) {
        void assertSame() throws IOException {
            assertThat(lines(out.resolve("articles"))).isEqualTo(articles);
            assertThat(lines(out.resolve("duplicates"))).containsExactlyInAnyOrderElementsOf(groups);
            assertThat(lines(out.resolve("stories"))).isEqualTo(stories);
            assertThat(Files.readString(out.resolve("storylines.json"))).isEqualTo(storylines);
        }
    }

    private static Parity compare(SparkSession spark, Path input, Path out,
                                  java.util.function.Consumer<Problem> problems) throws IOException {
        Digest d = new Storyfold(StoryfoldConfig.defaults()).digest(List.of(input), problems, Progress.NONE);
        List<String> articles = d.articles().stream()
                .map(a -> JobOutput.json(w -> JsonFormat.writeArticleLine(a, w))).toList();
        List<String> groups = d.duplicates().stream()
                .map(g -> JobOutput.json(w -> JsonFormat.writeGroupLine(g, w))).toList();
        List<String> stories = new ArrayList<>();
        for (Story s : d.stories()) {
            stories.add(JobOutput.json(w -> JsonFormat.writeStoryLine(s, d.computeBrief(s.id()), w)));
        }
        String storylines = JobOutput.json(w -> JsonFormat.writeStorylines(d.storylines(), w, true)) + "\n";
        SparkDigest.run(spark, new SparkDigest.Settings(List.of(input.toUri().toString()),
                out.toUri().toString(), 4, true), new PrintStream(PrintStream.nullOutputStream()));
        return new Parity(d, articles, groups, stories, storylines, out);
    }

    static List<String> lines(Path folder) throws IOException {
        try (Stream<Path> parts = Files.list(folder)) {
            List<String> out = new ArrayList<>();
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                out.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
            return out;
        }
    }
}
