package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;

/**
 * Feeds the Multi-News articles to a store in batches, in a shuffled order (as articles about many
 * events arrive mixed), and scores the stories the store ends with against the gold clusters: how
 * much story quality incremental placement gives up against clustering everything at once.
 */
public final class StoreClusterEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreClusterEvaluation() {
    }

    /**
     * @param dir       the multinews-dev folder
     * @param batchSize articles per batch
     * @param seed      the shuffle's seed
     * @param work      an empty folder for the input file and the store
     */
    public static ClusteringMetrics evaluate(Path dir, int batchSize, long seed, Path work) throws IOException {
        return run(dir, batchSize, seed, work).metrics();
    }

    /**
     * The store's stories of one run.
     *
     * @param metrics   their scores against the gold
     * @param predicted each accepted article's story id
     * @param gold      each accepted article's gold cluster
     */
    public record StoreRun(ClusteringMetrics metrics, Map<String, String> predicted, Map<String, String> gold) {
    }

    /** As {@link #evaluate}, keeping each article's story and gold cluster ({@code --losses}). */
    public static StoreRun run(Path dir, int batchSize, long seed, Path work) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("docs.jsonl"), StandardCharsets.UTF_8);
        Map<String, String> gold = new HashMap<>();
        List<String> input = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode node = (ObjectNode) JSON.readTree(line);
            // The gold cluster never reaches the store.
            JsonNode cluster = node.remove("cluster");
            gold.put(node.get("id").asText(), cluster.asText());
            input.add(node.toString());
        }
        Collections.shuffle(input, new Random(seed));
        Path file = work.resolve("docs-shuffled.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : input) {
                w.write(line);
                w.write('\n');
            }
        }
        try (StoryStore store = StoryStore.open(work.resolve("data"), StoryfoldConfig.defaults(),
                StoreConfig.defaults().withBatchSize(batchSize))) {
            store.ingest(List.of(file), p -> { }, Progress.NONE);
            Map<String, String> predicted = new HashMap<>(store.storiesOf(new ArrayList<>(gold.keySet())));
            // Articles the extractor rejected are scored as singletons, as the batch evaluation scores them.
            gold.keySet().retainAll(predicted.keySet());
            return new StoreRun(ClusteringMetrics.score(predicted, gold), Map.copyOf(predicted), Map.copyOf(gold));
        }
    }

    /** Deletes a work folder made for {@link #evaluate}. */
    static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
