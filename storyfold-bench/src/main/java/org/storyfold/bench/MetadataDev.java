package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The pages of {@code eval/metadata-dev} with their hand-checked title, author and publication day.
 * The annotation is kept apart from the page ({@link Page#gold()}) so that no extractor reads it.
 */
public final class MetadataDev {

    /** The annotated fields, as the set names them. */
    public enum Field {
        TITLE("title"), AUTHOR("author"), PUBLISHED("published");

        final String key;

        Field(String key) {
            this.key = key;
        }
    }

    /**
     * One page: its id, the set it comes from, its address and HTML, and its annotation: a field
     * absent from {@code gold} was not annotated, one mapped to null means the page has none.
     */
    public record Page(String id, String set, String url, String html, Map<Field, String> gold) {

        /** Whether the page's {@code field} was annotated (possibly as having none). */
        public boolean annotated(Field field) {
            return gold.containsKey(field);
        }
    }

    private MetadataDev() {
    }

    /** Every page of {@code pages.jsonl.gz} in {@code dir}, in set then id order. */
    public static List<Page> load(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve("pages.jsonl.gz"))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                JsonNode g = n.path("gold");
                Map<Field, String> gold = new HashMap<>();
                for (Field f : Field.values()) {
                    if (g.has(f.key)) {
                        gold.put(f, text(g.get(f.key)));
                    }
                }
                pages.add(new Page(n.get("id").asText(), n.get("set").asText(), n.path("url").asText(null),
                        n.get("html").asText(), gold));
            }
        }
        pages.sort(Comparator.comparing(Page::set).thenComparing(Page::id));
        return pages;
    }

    /** A gold value: null, a string, or a list of strings (several authors), joined by "; ". */
    private static String text(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return String.join("; ", parts);
        }
        return v.asText();
    }

    /**
     * The tuning half (even positions in id order within each set) or the held-out half (odd
     * positions), so that a rule tuned on one half can be checked on pages it was not tuned on.
     */
    public static List<Page> half(List<Page> pages, boolean heldOut) {
        List<Page> half = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        for (Page p : pages) {
            int i = position.merge(p.set(), 1, Integer::sum) - 1;
            if (i % 2 == (heldOut ? 1 : 0)) {
                half.add(p);
            }
        }
        return half;
    }
}
