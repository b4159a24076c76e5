package org.storyfold.app.server;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.storyfold.ingest.FileKind;
import org.storyfold.ingest.InputFile;

/**
 * Turns a {@code POST /api/articles} body into a JSON Lines file, so that uploaded articles take
 * the same path as files given to {@code storyfold ingest}: a JSON object or array of objects
 * becomes one line per object, a JSON Lines body is kept as sent (its bad lines are reported one
 * by one, like a file's); an article without an id is named after what it says
 * ({@link UploadedArticle}). The body is streamed to a file in the data folder's {@code tmp}, never
 * held in memory, and read at most for {@value #MAX_BODY_SECONDS} seconds; the caller deletes
 * the files (and {@link #deleteLeftovers} those a crash left).
 */
final class Upload {

    /** The source named in the uploaded articles and in reports about their lines. */
    static final String SOURCE = "POST /api/articles";
    /** The longest a body may take to arrive, however fast its bytes come. */
    static final long MAX_BODY_SECONDS = 300;

    /** A refused body that pauses longer than this is no longer read. */
    static final long DRAIN_QUIET_MILLIS = 200;
    /** A refused body that arrives slower than this, in bytes a second, is no longer read. */
    static final long DRAIN_MIN_RATE = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> JSON_LINES_TYPES = Set.of("application/x-ndjson", "application/jsonl",
            "application/x-jsonlines", "application/jsonlines", "application/json-lines");
    private static final String PREFIX = "upload-";

    /** A body saved to a file: its path, size and SHA-256. */
    record Body(Path file, long bytes, String digest) {
    }

    /**
     * An upload refused before anything of it was stored, and perhaps before its body was read to
     * its end: the status and one-line reason it is answered with, and the seconds to wait before
     * sending it again (0: do not send it as it is).
     */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final int retryAfter;

        Refused(int status, String message, int retryAfter) {
            super(message, null, false, false);
            this.status = status;
            this.retryAfter = retryAfter;
        }

        int status() {
            return status;
        }

        int retryAfter() {
            return retryAfter;
        }
    }

    private Upload() {
    }

    /**
     * Streams the body into a new file in {@code folder}; a 413 once it passes {@code max} bytes
     * (whether or not its length was declared), a 400 if it ends before it is complete, a 408 if
     * it takes longer than {@value #MAX_BODY_SECONDS} seconds. The file is deleted on failure.
     */
    static Body receive(Context ctx, long max, Path folder, UploadBudget.Share share) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(max);
        }
        share.cover(declared >= 0 ? declared : Math.min(max, UploadBudget.CHUNKED_STEP));
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, PREFIX, ".body");
        boolean done = false;
        try {
            MessageDigest sha = sha256();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_BODY_SECONDS);
            long size = 0;
            byte[] buf = new byte[65536];
            ctx.attribute(STARTED, Boolean.TRUE);
            try (InputStream in = ctx.req().getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = read(in, buf)) > 0) {
                    size += n;
                    if (size > max) {
                        throw tooLarge(max);
                    }
                    if (size > share.bodyBytes()) {
                        share.cover(Math.min(max, size + UploadBudget.CHUNKED_STEP));
                    }
                    if (System.nanoTime() > deadline) {
                        throw new ApiError(408, "the body took longer than " + MAX_BODY_SECONDS + " seconds to arrive");
                    }
                    sha.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            if (declared >= 0 && size < declared) {
                throw ApiError.badRequest("the body ended after " + size + " of the " + declared + " bytes it declared");
            }
            done = true;
            return new Body(file, size, HexFormat.of().formatHex(sha.digest()));
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Reads what is left of a refused body, at most {@code max} bytes, and drops it, so that a client
     * still sending it reads the answer rather than a reset connection. Only bytes that have
     * arrived are read: a client that sends nothing for {@value #DRAIN_QUIET_MILLIS} ms, or slower
     * than {@value #DRAIN_MIN_RATE} bytes a second, is left to Jetty, which closes its connection
     * after the answer; so a slow client holds a thread no longer than that. A client that waits
     * for {@code 100 Continue} before it sends its body has sent nothing and is not read.
     */
    static void discard(Context ctx, long max) {
        String expect = ctx.header("Expect");
        if (expect != null && expect.toLowerCase(Locale.ROOT).contains("100-continue") && !started(ctx)) {
            return;
        }
        long start = System.nanoTime();
        long quietSince = start;
        byte[] buf = new byte[65536];
        long size = 0;
        try {
            jakarta.servlet.ServletInputStream in = ctx.req().getInputStream();
            while (size <= max && !in.isFinished()) {
                long now = System.nanoTime();
                double seconds = (now - start) / 1e9;
                if (now - quietSince > TimeUnit.MILLISECONDS.toNanos(DRAIN_QUIET_MILLIS)
                        || (seconds > 1 && size / seconds < DRAIN_MIN_RATE) || seconds > MAX_BODY_SECONDS) {
                    return;
                }
                int ready = in.available();
                if (ready > 0) {
                    int n = in.read(buf, 0, Math.min(buf.length, ready));
                    if (n < 0) {
                        return;
                    }
                    size += n;
                    quietSince = now;
                } else {
                    Thread.sleep(2);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client went away, or its body broke off: Jetty closes the connection.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the body has begun to be read (then the client was told to go on). */
    private static boolean started(Context ctx) {
        return ctx.attribute(STARTED) != null;
    }

    private static final String STARTED = Upload.class.getName() + ".started";

    /** Reads from the request, turning a body cut short, too slow or broken into a one-line 400 or 408. */
    private static int read(InputStream in, byte[] buf) {
        try {
            return in.read(buf);
        } catch (IOException | RuntimeException e) {
            String why = reason(e);
            if (why.toLowerCase(Locale.ROOT).contains("timeout") || why.toLowerCase(Locale.ROOT).contains("rate")) {
                throw new ApiError(408, "the body came too slowly (" + why + "); send it at once");
            }
            throw ApiError.badRequest("the body could not be read to its end (" + why + ")");
        }
    }

    /**
     * The body as a JSON Lines file in {@code folder}, ready to ingest: the body's own file for JSON
     * Lines, a new one (which the caller deletes too) for JSON, converted a value at a time.
     */
    static InputFile save(Body body, String contentType, Path folder) throws IOException {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        boolean jsonLines = JSON_LINES_TYPES.contains(type);
        if (!jsonLines && !type.equals("application/json")) {
            throw new ApiError(415, "send articles as application/json (an object or an array of objects)"
                    + " or application/x-ndjson (one object a line), not " + (type.isEmpty() ? "an untyped body" : type));
        }
        if (blank(body.file())) {
            throw ApiError.badRequest("the body is empty; send one article object, an array of them, or JSON Lines");
        }
        Path lines = Files.createTempFile(folder, PREFIX, ".jsonl");
        try {
            if (jsonLines) {
                nameLines(body.file(), lines);
            } else {
                jsonToLines(body.file(), lines);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(lines);
            throw e;
        }
        // Lines that are no article object (the reader reports them) are named after the body.
        return new InputFile(lines, SOURCE, FileKind.JSON_LINES, PREFIX + body.digest().substring(0, 12));
    }

    /** Deletes the upload files a crash or a killed server left in {@code folder}. */
    static void deleteLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // Leftovers only take space; the next start tries again.
        }
    }

    private static boolean blank(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (!Character.isWhitespace(buf[i])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Writes each object of a JSON object or array as one line, reading one value at a time. */
    private static void jsonToLines(Path body, Path lines) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(body.toFile());
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(lines), 65536)) {
            JsonToken first = next(p);
            if (first == null) {
                throw ApiError.badRequest("the body is empty; send one article object, an array of them, or JSON Lines");
            }
            if (first == JsonToken.START_OBJECT) {
                writeLine(out, readTree(p));
            } else if (first == JsonToken.START_ARRAY) {
                int i = 0;
                JsonToken t;
                while ((t = next(p)) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw ApiError.badRequest("the body is not valid JSON: the array is not closed");
                    }
                    if (t != JsonToken.START_OBJECT) {
                        throw ApiError.badRequest("item " + i + " of the array is not an article object");
                    }
                    writeLine(out, readTree(p));
                    i++;
                }
                if (i == 0) {
                    throw ApiError.badRequest("the array is empty; send at least one article object");
                }
            } else {
                throw ApiError.badRequest("the body must be an article object or an array of them, not a JSON "
                        + first.name().toLowerCase(Locale.ROOT).replace("value_", ""));
            }
            if (next(p) != null) {
                throw ApiError.badRequest("the body is not valid JSON: more follows the first value");
            }
        }
    }

    /**
     * Copies JSON Lines, each article object named ({@link UploadedArticle#named}); other lines are
     * copied as sent, for the reader to report with their numbers.
     */
    private static void nameLines(Path body, Path lines) throws IOException {
        try (java.io.BufferedReader in = Files.newBufferedReader(body, java.nio.charset.StandardCharsets.UTF_8);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(lines), 65536)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = null;
                try {
                    node = line.isBlank() ? null : JSON.readTree(line);
                } catch (IOException e) {
                    node = null;
                }
                if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                    writeLine(out, o);
                } else {
                    out.write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.write('\n');
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw ApiError.badRequest("the body is not valid UTF-8");
        }
    }

    private static JsonToken next(JsonParser p) throws IOException {
        try {
            return p.nextToken();
        } catch (JsonParseException e) {
            throw ApiError.badRequest("the body is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static JsonNode readTree(JsonParser p) throws IOException {
        try {
            return JSON.readTree(p);
        } catch (JsonParseException e) {
            throw ApiError.badRequest("the body is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static void writeLine(OutputStream out, JsonNode node) throws IOException {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            UploadedArticle.named(o);
        }
        out.write(JSON.writeValueAsBytes(node));
        out.write('\n');
    }

    private static String firstLine(String message) {
        return message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error");
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static Refused tooLarge(long max) {
        return new Refused(413, "the body is larger than the " + (max / 1024) + " KiB limit;"
                + " send fewer articles per request", 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
