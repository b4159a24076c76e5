package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
    void extractsTheSameArticlesAsTheEmbeddedPipeline() {
        List<Article> embedded = new Storyfold(StoryfoldConfig.defaults())
                .articles(List.of(LocalSpark.seeds()), p -> { }, Progress.NONE);
        List<Ingested> read = SparkIngest.read(jsc(), List.of(LocalSpark.seeds().toUri().toString()),
                IngestConfig.defaults(), 2).collect();
        List<Article> distributed = new ArrayList<>(read.stream().map(Ingested::article).toList());
        distributed.sort(Comparator.comparing(Article::id));
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

    private static JavaSparkContext jsc() {
        return JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    }
}
