package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A {@code storyfold serve} of its own JVM on a free loopback port, started the way users start
 * it (the app's launcher, so the server runs on the app's own jar: this module's classpath holds
 * Spark's servlet API, older than the one the server's Jetty needs). Its output goes to
 * {@code NAME-server.log} and its GC log to {@code NAME-server-gc.log} beside the data folder;
 * ready once {@code /api/health} answers; closing stops it.
 */
final class ServerProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Process process;
    /** {@code http://127.0.0.1:PORT}. */
    final String base;
    final int port;
    /** What {@code /api/health} answered when the server was ready. */
    final JsonNode health;
    private final Path gcLog;

    /** Starts the server of {@code data} with {@code -Xmx heap}; returns once it answers. */
    ServerProcess(Path launcher, Path data, String heap, String name) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path beside = data.toAbsolutePath().getParent();
        Path log = beside.resolve(name + "-server.log");
        gcLog = beside.resolve(name + "-server-gc.log");
        Files.deleteIfExists(gcLog);
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "serve", "--data", data.toString(), "--port",
                Integer.toString(port)).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("STORYFOLD_JAVA_OPTS", "-Xmx" + heap + " -Xlog:gc:file=" + gcLog);
        process = pb.start();
        base = "http://127.0.0.1:" + port;
        try {
            health = waitForHealth(base, process);
        } catch (Exception e) {
            close();
            throw new IllegalStateException(e.getMessage() + "; see " + log, e);
        }
    }

    /**
     * Waits up to five minutes for {@code base + /api/health} to answer 200 and returns its JSON;
     * fails at once if {@code server} (when given) exits.
     */
    static JsonNode waitForHealth(String base, Process server) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (server != null && !server.isAlive()) {
                throw new IllegalStateException("storyfold serve exited with status " + server.exitValue());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return JSON.readTree(r.body());
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("storyfold serve did not answer /api/health within 5 minutes");
    }

    /** The most heap the server held after a collection, in MiB, from its GC log; -1 if unknown. */
    long peakHeapAfterGcMib() throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        long peak = -1;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("->(\\d+)M\\(").matcher(Files.readString(gcLog));
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
