package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Mozilla's Readability.js on jsdom, run by the machine's Node.js over every page in one process
 * ({@code storyfold-bench/readability/extract.mjs}); it times itself, one thread, the fastest of
 * the given number of passes after a warm-up pass. Its modules are installed once by {@code npm ci --prefix storyfold-bench/readability}.
 */
final class ReadabilityJsPeer {

    static final String NAME = "Readability.js 0.6.0";

    /**
     * What the Node.js run gave: each page's body and metadata, the timed pass's seconds and the
     * peak resident memory.
     */
    record Result(Map<String, String> bodies, Map<String, Metadata> metadata, double seconds, double cpuSeconds,
                  double peakMb) {
    }

    /** What Readability.js states about a page's article; each field may be null. */
    record Metadata(String title, String byline, String publishedTime, String siteName, String lang) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReadabilityJsPeer() {
    }

    /** Why the peer cannot run here (no node, modules not installed), or null if it can. */
    static String whyUnavailable(Path dir, String node) {
        if (!Files.isDirectory(dir.resolve("node_modules/@mozilla/readability"))
                || !Files.isDirectory(dir.resolve("node_modules/jsdom"))) {
            return "its modules are not installed: run npm ci --prefix " + dir;
        }
        try {
            Process p = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : node + " --version failed";
        } catch (IOException e) {
            return "Node.js (" + node + ") is not installed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Runs over extraction-dev's pages: a warm-up pass, then {@code passes} timed passes. */
    static Result run(Path dir, String node, List<ExtractionDev.Page> pages, int passes)
            throws IOException, InterruptedException {
        ArrayNode manifest = MAPPER.createArrayNode();
        for (ExtractionDev.Page page : pages) {
            manifest.addObject().put("id", page.id()).put("file", page.file().toAbsolutePath().toString())
                    .put("url", page.url());
        }
        return run(dir, node, manifest, passes);
    }

    /** Runs once over metadata-dev's pages, without warm-up: for what it extracts, not its speed. */
    static Result runOnce(Path dir, String node, List<MetadataDev.Page> pages) throws IOException, InterruptedException {
        ArrayNode manifest = MAPPER.createArrayNode();
        for (MetadataDev.Page page : pages) {
            manifest.addObject().put("id", page.id()).put("html", page.html()).put("url", page.url());
        }
        return run(dir, node, manifest, 0);
    }

    private static Result run(Path dir, String node, ArrayNode manifest, int passes)
            throws IOException, InterruptedException {
        Path list = Files.createTempFile("storyfold-bench-", ".json");
        Path out = Files.createTempFile("storyfold-bench-", ".out.json");
        try {
            MAPPER.writeValue(list.toFile(), manifest);
            Process p = new ProcessBuilder(node, dir.resolve("extract.mjs").toAbsolutePath().toString(),
                    list.toString(), Integer.toString(passes))
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IOException("Readability.js exited with status " + p.exitValue());
            }
            JsonNode result = MAPPER.readTree(Files.readString(out, StandardCharsets.UTF_8));
            Map<String, String> bodies = new HashMap<>();
            result.get("bodies").properties().forEach(e -> bodies.put(e.getKey(), e.getValue().asText()));
            Map<String, Metadata> metadata = new HashMap<>();
            result.path("metadata").properties().forEach(e -> metadata.put(e.getKey(), new Metadata(
                    text(e.getValue(), "title"), text(e.getValue(), "byline"), text(e.getValue(), "publishedTime"),
                    text(e.getValue(), "siteName"), text(e.getValue(), "lang"))));
            return new Result(bodies, metadata, result.get("seconds").asDouble(), result.get("cpuSeconds").asDouble(),
                    result.get("maxRssMb").asDouble());
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(out);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
