package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The article extraction benchmark's pages ({@code eval/extraction-dev}): each page's HTML, its
 * address and its human-marked body, in id order. The bodies are read apart from the pages so
 * that no extractor ever sees them.
 */
public final class ExtractionDev {

    /** One page: its id, address, HTML (decoded as UTF-8, as the set is stored) and gold body. */
    public record Page(String id, String url, String html, String goldBody, Path file) {
    }

    private ExtractionDev() {
    }

    /** Reads every page of {@code dir} ({@code html/<id>.html.gz} and {@code ground-truth.json}). */
    public static List<Page> load(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        for (String id : ids) {
            JsonNode gold = truth.get(id);
            Path file = dir.resolve("html").resolve(id + ".html.gz");
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            pages.add(new Page(id, gold.path("url").asText(null), html, gold.path("articleBody").asText(""), file));
        }
        return pages;
    }

    /**
     * The tuning half (even positions in id order) or the held-out half (odd positions), so that
     * a rule tuned on one half can be checked on pages it was not tuned on.
     */
    public static List<Page> half(List<Page> pages, boolean heldOut) {
        List<Page> half = new ArrayList<>();
        for (int i = heldOut ? 1 : 0; i < pages.size(); i += 2) {
            half.add(pages.get(i));
        }
        return half;
    }
}
