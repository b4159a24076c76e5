package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.extract.Article;

/**
 * The Multi-News evaluation set ({@code eval/multinews-dev}): its articles, read through the real
 * ingest and extract stages, and its gold clusters, read separately so the gold never reaches a stage.
 */
public final class MultiNews {

    /** The articles in file order and each article's gold cluster. */
    public record Data(List<Article> articles, Map<String, String> gold) {
    }

    private MultiNews() {
    }

    /** Reads {@code docs.jsonl} under {@code dir}. */
    public static Data load(Path dir) throws IOException {
        Path docs = dir.resolve("docs.jsonl");
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new Storyfold(StoryfoldConfig.defaults()).articles(List.of(docs), problems::add, Progress.NONE);
        Map<String, String> gold = new LinkedHashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader reader = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode node = mapper.readTree(line);
                    gold.put(node.get("id").asText(), node.get("cluster").asText());
                }
            }
        }
        // Articles the extractor rejected (no text) keep their gold; they are scored as singletons.
        gold.keySet().retainAll(articles.stream().map(Article::id).toList());
        return new Data(articles, gold);
    }
}
