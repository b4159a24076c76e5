package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.extract.Article;

/**
 * A labelled news set for clustering evaluation: any JSON Lines file whose lines hold {@code id},
 * {@code cluster} (the gold story) and {@code text}, and optionally {@code topic} (a group of
 * clusters, such as ECB+'s two look-alike events of one kind) and the metadata storyfold reads
 * ({@code title}, {@code url}, {@code published}, ...). Articles are read through storyfold's own
 * ingest and extract stages ({@link MultiNews#load}), then renamed with opaque ids, so that neither
 * an id (which may spell its cluster, as {@code 12_3ecbplus} does) nor the cluster or topic can
 * reach a clusterer; the gold is kept apart, under the opaque ids.
 *
 * @param name   the set's name: its folder's, or its file's without {@code .jsonl}
 * @param data   the accepted articles (opaque ids), their gold clusters and the rejected documents'
 * @param topics each gold cluster's topic; a cluster without one is its own topic
 * @param ids    each opaque id's id in the set, for reports an engineer reads (never for a clusterer)
 */
public record LabelledNews(String name, MultiNews.Data data, Map<String, String> topics, Map<String, String> ids) {

    /** Reads {@code path}: a JSON Lines file, or a folder holding {@code docs.jsonl}. */
    public static LabelledNews load(Path path) throws IOException {
        MultiNews.Data named = MultiNews.load(path);
        Map<String, String> ids = new LinkedHashMap<>();
        named.gold().keySet().forEach(id -> ids.put(opaque(id), id));
        named.rejected().keySet().forEach(id -> ids.put(opaque(id), id));
        return new LabelledNews(name(path), opaque(named), topics(MultiNews.docs(path)), ids);
    }

    /** The set's own id of an article known by its opaque id (the opaque id itself when unknown). */
    public String setId(String opaqueId) {
        return ids.getOrDefault(opaqueId, opaqueId);
    }

    /**
     * The same set as it stands, without extraction ({@link MultiNews#raw}), under the same opaque
     * ids: the reference point of a baseline on raw texts.
     */
    public static MultiNews.Data raw(Path path) throws IOException {
        return opaque(MultiNews.raw(path));
    }

    /** The topic of a gold cluster ({@link #topics}), or the cluster itself when it has none. */
    public String topic(String cluster) {
        return topics.getOrDefault(cluster, cluster);
    }

    /** Whether any cluster has a topic of its own. */
    public boolean hasTopics() {
        return !topics.isEmpty();
    }

    /** An opaque id for an article id: a hash, which keeps neither its spelling nor its order. */
    static String opaque(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "d" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static MultiNews.Data opaque(MultiNews.Data d) {
        List<Article> articles = new ArrayList<>(d.articles().size());
        for (Article a : d.articles()) {
            articles.add(a.withId(opaque(a.id())));
        }
        return new MultiNews.Data(articles, rekey(d.gold()), rekey(d.rejected()));
    }

    private static Map<String, String> rekey(Map<String, String> byId) {
        Map<String, String> out = new LinkedHashMap<>();
        byId.forEach((id, cluster) -> {
            if (out.put(opaque(id), cluster) != null) {
                throw new IllegalStateException("two ids of the set hash alike: " + id);
            }
        });
        return out;
    }

    private static Map<String, String> topics(Path docs) throws IOException {
        Map<String, String> topics = new LinkedHashMap<>();
        for (JsonNode node : MultiNews.lines(docs)) {
            JsonNode topic = node.get("topic");
            if (topic != null && topic.isValueNode()) {
                topics.putIfAbsent(node.get("cluster").asText(), topic.asText());
            }
        }
        return topics;
    }

    private static String name(Path path) {
        Path file = path.getFileName();
        if (file == null) {
            return path.toString();
        }
        String name = file.toString();
        if (Files.isDirectory(path)) {
            return name;
        }
        return name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
    }
}
