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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Digest;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.bench.dedup.DedupCorpusCommand;
import org.storyfold.cluster.Story;
import org.storyfold.format.JsonFormat;
import picocli.CommandLine;

/**
 * Spark (local[2]) and the embedded pipeline give the same articles, duplicate groups, stories
 * with their briefs, and storylines: on the seeds and on a generated syndication corpus of 10,000
 * articles (wire copies with outlet edits, partial reuses, independent reports of one event).
 */
class SparkDigestTest {

    @TempDir
    Path dir;

    @Test
    void givesTheEmbeddedDigestOnTheSeeds() throws IOException {
        Parity p = compare(LocalSpark.seeds(), dir.resolve("out"));
        assertThat(p.embedded().stories()).hasSize(2);
        assertThat(p.embedded().duplicates()).isNotEmpty();
        p.assertSame();
    }

    @Test
    void givesTheEmbeddedDigestOnTenThousandGeneratedArticles() throws IOException {
        Path corpus = dir.resolve("corpus");
        int exit = new CommandLine(new DedupCorpusCommand()).execute("--size", "10000", "--no-audit",
                "--data", LocalSpark.seeds().getParent().getParent().getParent().resolve("shared/eval/multinews-dev").toString(),
                "--out", corpus.toString());
        assertThat(exit).isZero();
        Files.delete(corpus.resolve("gold.jsonl"));
        Parity p = compare(corpus, dir.resolve("out"));
        assertThat(p.embedded().articles()).hasSizeGreaterThan(9_000);
        assertThat(p.embedded().duplicates()).hasSizeGreaterThan(1_000);
        p.assertSame();
    }

    /**
     * Multi-News pages as crawled: crawler notices, Twitter and video-player furniture that unrelated
     * pages print, and pages with nothing else, which both runs reject for it.
     */
    @Test
    void givesTheEmbeddedDigestOnCrawledPagesWithFurniture() throws IOException {
        Path docs = LocalSpark.seeds().getParent().getParent().getParent().resolve("shared/eval/multinews-dev/docs.jsonl");
        List<String> rejected = new ArrayList<>();
        Parity p = compare(docs, dir.resolve("out"), problem -> {
            if (problem.reason().contains("recurs across unrelated articles")) {
                rejected.add(problem.source().substring(problem.source().lastIndexOf(':') + 1));
            }
        });
        assertThat(p.embedded().articles().stream().flatMap(a -> a.removed().stream())
                .filter(r -> r.reason().contains("recurs across unrelated articles"))).hasSizeGreaterThan(20);
        assertThat(rejected).hasSizeGreaterThan(10);
        p.assertSame();
        List<String> sparkRejected = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines(p.out().resolve("problems"))) {
            JsonNode problem = json.readTree(line);
            if (problem.get("reason").asText().contains("recurs across unrelated articles")) {
                String source = problem.get("source").asText();
                sparkRejected.add(source.substring(source.lastIndexOf(':') + 1));
            }
        }
        assertThat(sparkRejected).containsExactlyInAnyOrderElementsOf(rejected);
    }

    private record Parity(Digest embedded, List<String> articles, List<String> groups, List<String> stories,
                          String storylines, Path out) {
        void assertSame() throws IOException {
            assertThat(lines(out.resolve("articles"))).isEqualTo(articles);
            assertThat(lines(out.resolve("duplicates"))).containsExactlyInAnyOrderElementsOf(groups);
            assertThat(lines(out.resolve("stories"))).isEqualTo(stories);
            assertThat(Files.readString(out.resolve("storylines.json"))).isEqualTo(storylines);
            assertThat(Files.exists(out.resolve("articles.parquet"))).isTrue();
        }
    }

    private static Parity compare(Path input, Path out) throws IOException {
        return compare(input, out, p -> { });
    }

    private static Parity compare(Path input, Path out, java.util.function.Consumer<org.storyfold.Problem> problems)
            throws IOException {
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
        SparkDigest.run(LocalSpark.get(), new SparkDigest.Settings(List.of(input.toUri().toString()),
                out.toUri().toString(), 4, true), new PrintStream(PrintStream.nullOutputStream()));
        return new Parity(d, articles, groups, stories, storylines, out);
    }

    private static List<String> lines(Path folder) throws IOException {
        try (Stream<Path> parts = Files.list(folder)) {
            List<String> out = new ArrayList<>();
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                out.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
            return out;
        }
    }
}
