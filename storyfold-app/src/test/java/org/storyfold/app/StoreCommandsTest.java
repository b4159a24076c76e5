package org.storyfold.app;

import static org.storyfold.app.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;

/** {@code ingest}, {@code search} and {@code serve} as a user meets them: outputs, exit codes, one-line errors. */
class StoreCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;


    @Test
    void ingestsTheSeedsOnceHoweverOftenItRuns() {
        String data = dir.resolve("data").toString();
        CliRun first = run("ingest", "--data", data, seeds().toString());
        assertThat(first.code()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo("5 articles added to " + data + " (0 already stored, 0 rejected);"
                + " 2 stories new or changed; 5 articles and 2 stories in all\n");
        CliRun again = run("ingest", "--data", data, seeds().toString());
        assertThat(again.out()).startsWith("0 articles added to " + data + " (5 already stored, 0 rejected); 0 stories");
    }

    @Test
    void reportsUnusableInputsAndGoesOn() throws IOException {
        Files.copy(seeds().resolve("001_58b2e9f6377aac77.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("lines.jsonl"), "not json\n");
        CliRun r = run("ingest", "--data", dir.resolve("data").toString(), dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("1 article added to");
        assertThat(r.out()).contains("(0 already stored, 2 rejected)");
        assertThat(r.err().lines().toList()).containsExactly(
                "storyfold: " + dir.resolve("empty.txt") + ": empty",
                "storyfold: " + dir.resolve("lines.jsonl") + ":1: not JSON (Unrecognized token 'not': was expecting"
                        + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))");
    }

    @Test
    void searchesTheDataFolderForPeopleAndAsJson() {
        String data = dir.resolve("data").toString();
        run("ingest", "--data", data, seeds().toString());
        CliRun text = run("search", "--data", data, "surrendered");
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("1 story matches the query: surrendered\n")
                .contains("s1  IS fighters surrender as Raqa’s fall nears")
                .contains("4 articles, 2 independent sources, newest 2017-10-14")
                .contains("«surrendered»").contains("5 articles match");
        CliRun json = run("search", "--data", data, "--format", "json", "--from", "2017-11-01", "surrendered");
        JsonNode r = parse(json.out());
        assertThat(r.at("/articles/total").asInt()).isEqualTo(1);
        assertThat(r.at("/articles/hits/0/id").asText()).isEqualTo("004_caf3c2726321cc26");
    }

    @Test
    void saysInOneLineWhenTheDataFolderCannotBeUsed() {
        Path missing = dir.resolve("nowhere");
        CliRun search = run("search", "--data", missing.toString(), "raqa");
        assertThat(search.code()).isEqualTo(1);
        assertThat(search.err()).isEqualTo("storyfold: " + missing + " holds no storyfold data (create it with:"
                + " storyfold ingest --data " + missing + " INPUT...)\n");

        Path data = dir.resolve("data");
        try (StoryStore busy = StoryStore.open(data, StoryfoldConfig.defaults(), StoreConfig.defaults())) {
            CliRun ingest = run("ingest", "--data", data.toString(), seeds().toString());
            assertThat(ingest.code()).isEqualTo(1);
            assertThat(ingest.err()).startsWith("storyfold: " + data + " is in use by another storyfold process")
                    .endsWith("(POST /api/articles)\n").hasLineCount(1);
            // Reading beside a writer is fine.
            assertThat(run("search", "--data", busy.folder().toString(), "raqa").code()).isZero();
        }
    }

    @Test
    void saysHowManyArticlesItReplaysWhenTheSnapshotIsBehind() throws IOException {
        String data = dir.resolve("data").toString();
        run("ingest", "--data", data, seeds().resolve("001_58b2e9f6377aac77.txt").toString());
        try (var snapshots = Files.walk(dir.resolve("data/snapshots"))) {
            for (Path p : snapshots.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        CliRun r = run("ingest", "--data", data, seeds().toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEqualTo("storyfold: replaying 1 article stored in " + data + " since its last snapshot...\n");
        assertThat(r.out()).startsWith("4 articles added to " + data + " (1 already stored, 0 rejected)");
        assertThat(run("ingest", "-q", "--data", data, seeds().toString()).err()).isEmpty();
    }

    @Test
    void namesEveryCommandWhenNoneIsGiven() {
        CliRun r = run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("storyfold: missing command (digest, extract, dedup, diff, cluster, ingest,"
                + " search, serve, watch or alert)\n");
    }

    @Test
    void exitsWithTwoOnUsageMistakes() {
        assertThat(run("ingest", "--batch-size", "0", seeds().toString()).err())
                .isEqualTo("storyfold: --batch-size must be between 1 and 10000, got 0\n");
        assertThat(run("serve", "--port", "70000").code()).isEqualTo(2);
        assertThat(run("serve", "--max-body-mb", "0").code()).isEqualTo(2);
        assertThat(run("search", "--data", dir.toString(), "--limit", "500", "raqa").err())
                .isEqualTo("storyfold: --limit must be between 1 and 100, got 500\n");
        assertThat(run("search", "--from", "yesterday", "raqa").code()).isEqualTo(2);
        assertThat(run("search").code()).isEqualTo(2);
        for (String command : List.of("ingest", "search", "serve")) {
            CliRun help = run(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Usage: storyfold " + command).contains("--data");
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }


    private static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        return p.resolve("examples/raqqa");
    }
}
