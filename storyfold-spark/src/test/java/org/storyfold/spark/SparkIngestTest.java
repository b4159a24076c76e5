package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
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
        SparkIngest.Result result = SparkIngest.read(LocalSpark.get(), List.of(LocalSpark.seeds().toUri().toString()),
                IngestConfig.defaults(), 2);
        List<Article> distributed = new ArrayList<>(result.articles().collectAsList().stream().map(ArticleRows::fromRow).toList());
        distributed.sort(Comparator.comparing(Article::id));
        assertThat(distributed).hasSize(5).isEqualTo(embedded);
        assertThat(result.problems().count()).isZero();
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

        SparkIngest.Result result = SparkIngest.read(LocalSpark.get(), List.of(dir.toUri().toString()), IngestConfig.defaults(), 2);
        assertThat(result.articles().collectAsList()).extracting(r -> r.getString(0)).containsExactlyInAnyOrder("good", "j1");
        List<Problem> problems = result.problems().collectAsList().stream()
                .map((Row r) -> new Problem(r.getString(0), r.getString(1))).toList();
        assertThat(problems).containsExactlyInAnyOrderElementsOf(embeddedProblems).hasSize(3);
    }
}
