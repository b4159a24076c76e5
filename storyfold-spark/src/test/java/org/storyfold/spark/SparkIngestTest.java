package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.extract.Article;
import org.storyfold.ingest.IngestConfig;

class SparkIngestTest {

    @TempDir
    Path dir;

    @Test
    void extractsTheSameArticlesAsTheEmbeddedPipeline() throws Exception {
        List<Article> embedded = new Storyfold(StoryfoldConfig.defaults())
                .articles(List.of(LocalSpark.seeds()), p -> { }, Progress.NONE);
        List<Ingested> read = SparkIngest.read(jsc(), List.of(LocalSpark.seeds().toUri().toString()),
                IngestConfig.defaults(), 2).collect();
        List<Article> distributed = read.stream().map(Ingested::article).toList();
        assertThat(distributed).hasSize(5).isEqualTo(embedded);
        // Articles survive the trip through Spark's rows (the Parquet output) unchanged.
        List<Article> throughRows = LocalSpark.get().createDataFrame(distributed.stream().map(ArticleRows::toRow).toList(),
                ArticleRows.SCHEMA).collectAsList().stream().map(ArticleRows::fromRow).toList();
        assertThat(throughRows).isEqualTo(embedded);
    }

    @Test
    void turnsACorruptFileIntoCountedProblemsNotAFailedJob() throws Exception {
        Files.copy(LocalSpark.seeds().resolve("000_474674fb51d8608a.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("truncated.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\":\"j1\",\"text\":\"Fine text of an article.\"}\nnot json\n",
                StandardCharsets.UTF_8);
        List<Problem> embeddedProblems = new ArrayList<>();
        new Storyfold(StoryfoldConfig.defaults()).articles(List.of(dir), embeddedProblems::add, Progress.NONE);

        List<Ingested> read = SparkIngest.read(jsc(), List.of(dir.toUri().toString()), IngestConfig.defaults(), 2).collect();
        assertThat(read.stream().filter(i -> i.article() != null).map(i -> i.article().id()))
                .containsExactlyInAnyOrder("good", "j1");
        List<Problem> problems = read.stream().map(Ingested::problem).filter(java.util.Objects::nonNull).toList();
        assertThat(problems).containsExactlyInAnyOrderElementsOf(embeddedProblems).hasSize(3);
    }

    /**
     * A JSON Lines file read in ranges of its bytes, cut inside lines: every line once, with its
     * number, in order; blank, bad and unnamed lines as the embedded pipeline reports and names them.
     */
    @Test
    void readsALargeJsonLinesFileInRangesAsOneFile() throws Exception {
        Path file = dir.resolve("big.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            if (i % 97 == 5) {
                lines.add("");
            } else if (i % 89 == 7) {
                lines.add("{not json");
            } else {
                String id = i % 53 == 3 ? "" : "\"id\":\"n" + i + "\",";
                lines.add("{" + id + "\"title\":\"Line " + i + "\",\"text\":\""
                        + ("Sentence " + i + " of an article long enough to be one. ").repeat(1 + i % 7) + "\"}");
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        List<String> articles = new Storyfold(StoryfoldConfig.defaults())
                .articles(List.of(file), p -> problems.add(p.source() + " " + p.reason()), Progress.NONE).stream()
                .map(a -> a.id() + " " + a.source()).toList();
        assertThat(problems).isNotEmpty();
        for (long target : List.of(1000L, 4096L, 100_000L)) {
            List<String> gotArticles = new ArrayList<>();
            List<String> gotProblems = new ArrayList<>();
            for (Ingested i : SparkIngest.read(jsc(), List.of(file.toUri().toString()), IngestConfig.defaults(), target)
                    .collect()) {
                if (i.article() != null) {
                    gotArticles.add(i.article().id() + " " + i.article().source());
                } else {
                    gotProblems.add(i.problem().source() + " " + i.problem().reason());
                }
            }
            assertThat(gotArticles).as("ranges of %d bytes", target).isEqualTo(articles);
            assertThat(gotProblems).as("ranges of %d bytes", target).containsExactlyInAnyOrderElementsOf(problems);
        }
    }

    /** A UTF-16 JSON Lines file (two bytes a line break) is read whole, from its byte-order mark, as the embedded pipeline reads it. */
    @Test
    void readsAUtf16JsonLinesFileWholeAsTheEmbeddedPipelineDoes() throws Exception {
        Path file = dir.resolve("utf16.jsonl");
        StringBuilder text = new StringBuilder("\uFEFF");
        for (int i = 0; i < 40; i++) {
            text.append("{\"id\":\"u").append(i).append("\",\"text\":\"")
                    .append(("Sentence " + i + " of an article from Raqqa, long enough to be one. ").repeat(2)).append("\"}\n");
        }
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_16LE));
        List<Article> embedded = new Storyfold(StoryfoldConfig.defaults()).articles(List.of(file), p -> { }, Progress.NONE);
        assertThat(embedded).hasSize(40);
        List<Ingested> read = SparkIngest.read(jsc(), List.of(file.toUri().toString()), IngestConfig.defaults(), 1000L)
                .collect();
        assertThat(read.stream().map(Ingested::article).toList()).isEqualTo(embedded);
    }

    /** Repeated ids are renamed as the embedded pipeline renames them, an id taken by a rename included. */
    @Test
    void renamesRepeatedIdsAsTheEmbeddedPipelineDoes() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), """
                {"id":"a","text":"The first article named a, long enough to be read as an article."}
                {"id":"a","text":"The second article named a, long enough to be read as an article."}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.jsonl"), """
                {"id":"a","text":"The third article named a, long enough to be read as an article."}
                {"id":"a~2","text":"An article whose own id the second one took, long enough to be read."}
                {"id":"b","text":"An article with an id of its own, long enough to be read as an article."}
                """, StandardCharsets.UTF_8);
        List<Problem> embeddedProblems = new ArrayList<>();
        List<String> embedded = new Storyfold(StoryfoldConfig.defaults())
                .articles(List.of(dir), embeddedProblems::add, Progress.NONE).stream().map(Article::id).toList();
        assertThat(embedded).containsExactly("a", "a~2", "a~3", "a~2~2", "b");
        Path out = dir.resolve("out");
        SparkDigest.run(LocalSpark.get(), new SparkDigest.Settings(List.of(dir.toUri().toString()), out.toUri().toString(),
                2, false), new java.io.PrintStream(java.io.PrintStream.nullOutputStream()));
        List<String> ids = new ArrayList<>();
        for (String line : SparkDigestTest.lines(out.resolve("articles"))) {
            ids.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("id").asText());
        }
        assertThat(ids).isEqualTo(embedded);
        assertThat(SparkDigestTest.lines(out.resolve("problems"))).hasSize(embeddedProblems.size()).hasSize(3);
    }

    private static JavaSparkContext jsc() {
        return JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    }
}
