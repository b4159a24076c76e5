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

    /** What the Node.js run gave: each page's body, the timed pass's seconds and the peak resident memory. */
    record Result(Map<String, String> bodies, double seconds, double cpuSeconds, double peakMb) {
    }

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

    static Result run(Path dir, String node, List<ExtractionDev.Page> pages, int passes)
            throws IOException, InterruptedException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode manifest = mapper.createArrayNode();
        for (ExtractionDev.Page page : pages) {
            manifest.addObject().put("id", page.id()).put("file", page.file().toAbsolutePath().toString())
                    .put("url", page.url());
        }
        Path list = Files.createTempFile("storyfold-bench-", ".json");
        Path out = Files.createTempFile("storyfold-bench-", ".out.json");
        try {
            mapper.writeValue(list.toFile(), manifest);
            Process p = new ProcessBuilder(node, dir.resolve("extract.mjs").toAbsolutePath().toString(),
                    list.toString(), Integer.toString(passes))
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IOException("Readability.js exited with status " + p.exitValue());
            }
            JsonNode result = mapper.readTree(Files.readString(out, StandardCharsets.UTF_8));
            Map<String, String> bodies = new HashMap<>();
            result.get("bodies").properties().forEach(e -> bodies.put(e.getKey(), e.getValue().asText()));
            return new Result(bodies, result.get("seconds").asDouble(), result.get("cpuSeconds").asDouble(),
                    result.get("maxRssMb").asDouble());
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(out);
        }
    }
}
