package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Digest;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.Story;

/** Clustering by time windows on the executors: every article in one story, and one wide window is the exact clustering. */
class SparkStoryWindowsTest {

    @TempDir
    Path dir;

    @Test
    void oneWindowWideEnoughForEveryDateGivesTheExactStories() throws IOException {
        Digest exact = new Storyfold(StoryfoldConfig.defaults()).digest(List.of(LocalSpark.seeds()), p -> { }, Progress.NONE);
        Set<Set<String>> expected = new HashSet<>();
        for (Story s : exact.stories()) {
            expected.add(new HashSet<>(s.articles()));
        }
        assertThat(stories(run(100_000))).isEqualTo(expected);
    }

    @Test
    void narrowWindowsStillPlaceEveryArticleInOneStoryAndKeepCopiesTogether() throws IOException {
        Set<Set<String>> stories = stories(run(1));
        List<String> all = new ArrayList<>();
        stories.forEach(all::addAll);
        assertThat(all).hasSize(5).doesNotHaveDuplicates();
        // 000, 001 and 002 are one wire story: its copies share a story whatever their dates.
        assertThat(stories).anyMatch(s -> s.containsAll(List.of("000_474674fb51d8608a", "001_58b2e9f6377aac77",
                "002_e879aae13f05d629")));
    }

    private Path run(int windowDays) throws IOException {
        Path out = dir.resolve("out-" + windowDays);
        SparkDigest.run(LocalSpark.get(), new SparkDigest.Settings(List.of(LocalSpark.seeds().toUri().toString()),
                out.toUri().toString(), 4, false, windowDays), new PrintStream(PrintStream.nullOutputStream()));
        return out;
    }

    private static Set<Set<String>> stories(Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<Set<String>> stories = new HashSet<>();
        try (Stream<Path> parts = Files.list(out.resolve("stories"))) {
            for (Path part : parts.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(part)) {
                    Set<String> members = new HashSet<>();
                    for (JsonNode id : json.readTree(line).get("articles")) {
                        members.add(id.asText());
                    }
                    stories.add(members);
                }
            }
        }
        return stories;
    }
}
