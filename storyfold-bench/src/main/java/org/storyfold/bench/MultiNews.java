package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.extract.Article;
import org.storyfold.text.SentenceSplitter;

/**
 * The Multi-News evaluation set ({@code eval/multinews-dev}): its articles, read through the real
 * ingest and extract stages, and its gold clusters, read separately so the gold never reaches a stage.
 */
public final class MultiNews {

    /**
     * The articles in file order and each article's gold cluster, and the gold cluster of each
     * document storyfold rejected (not an article, no text), in file order.
     */
    public record Data(List<Article> articles, Map<String, String> gold, Map<String, String> rejected) {

        /** The articles with their gold, nothing rejected. */
        public Data(List<Article> articles, Map<String, String> gold) {
            this(articles, gold, Map.of());
        }

        /** The number of documents, accepted and rejected. */
        public int documents() {
            return articles.size() + rejected.size();
        }
    }

    private MultiNews() {
    }

    /**
     * Reads {@code docs.jsonl} under {@code dir} (or {@code dir} itself, a JSON Lines file) through
     * storyfold's ingest and extract stages.
     */
    public static Data load(Path dir) throws IOException {
        Path docs = docs(dir);
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new Storyfold(StoryfoldConfig.defaults()).articles(List.of(docs), problems::add, Progress.NONE);
        Map<String, String> gold = new LinkedHashMap<>();
        for (JsonNode node : lines(docs)) {
            gold.put(node.get("id").asText(), node.get("cluster").asText());
        }
        // Documents storyfold rejected keep their gold apart: scored without them, or each as a story of its own.
        Map<String, String> rejected = new LinkedHashMap<>(gold);
        Set<String> accepted = articles.stream().map(Article::id).collect(Collectors.toSet());
        rejected.keySet().removeAll(accepted);
        gold.keySet().retainAll(accepted);
        return new Data(articles, gold, rejected);
    }

    /**
     * Reads {@code docs.jsonl} under {@code dir} as it stands, without extraction: each document's
     * raw text is an article's text, furniture and all, and nothing is rejected (the issue's
     * reference point for the baseline).
     */
    public static Data raw(Path dir) throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        List<Article> articles = new ArrayList<>();
        Map<String, String> gold = new LinkedHashMap<>();
        for (JsonNode node : lines(docs(dir))) {
            String id = node.get("id").asText();
            String text = node.get("text").asText();
            articles.add(new Article(id, id, null, null, null, null, null, null, text, List.of(), List.of(),
                    splitter.split(text)));
            gold.put(id, node.get("cluster").asText());
        }
        return new Data(articles, gold);
    }

    /** The JSON Lines file of a set: {@code path} itself if it is a file, else its {@code docs.jsonl}. */
    static Path docs(Path path) throws IOException {
        Path docs = Files.isDirectory(path) ? path.resolve("docs.jsonl") : path;
        if (!Files.isRegularFile(docs)) {
            throw new NoSuchFileException(docs.toString(), null, Files.isDirectory(path)
                    ? "no docs.jsonl in this folder" : "no such file");
        }
        return docs;
    }

    /**
     * The set's lines as JSON objects, each checked to hold a string {@code id}, {@code cluster} and
     * {@code text}: the gold is read from here, apart from the stages.
     */
    static List<JsonNode> lines(Path docs) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                for (String field : List.of("id", "cluster", "text")) {
                    JsonNode value = node.get(field);
                    if (value == null || !value.isTextual()) {
                        throw new IOException(docs + ":" + number + ": no \"" + field + "\" string; a labelled set's "
                                + "lines need id, cluster and text");
                    }
                }
                nodes.add(node);
            }
        }
        return nodes;
    }
}
