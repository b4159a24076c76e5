package org.storyfold.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.storyfold.ingest.FileKind;
import org.storyfold.ingest.InputFile;

/**
 * Turns a {@code POST /api/articles} body into a JSON Lines file, so that uploaded articles take
 * the same path as files given to {@code storyfold ingest}: a JSON object or array of objects
 * becomes one line per object, a JSON Lines body is kept as sent (its bad lines are reported one
 * by one, like a file's).
 */
final class Upload {

    /** The source named in the uploaded articles and in reports about their lines. */
    static final String SOURCE = "POST /api/articles";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> JSON_LINES_TYPES = Set.of("application/x-ndjson", "application/jsonl",
            "application/x-jsonlines", "application/jsonlines", "application/json-lines");

    private Upload() {
    }

    /** The body, or a 413 once it passes {@code max} bytes (whether or not its length was declared). */
    static byte[] body(Context ctx, long max) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(max);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        try (InputStream in = ctx.req().getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + (long) n > max) {
                    throw tooLarge(max);
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    /** Saves the body as JSON Lines in {@code folder}; the caller deletes the file. */
    static InputFile save(byte[] body, String contentType, Path folder) throws IOException {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        byte[] lines;
        if (type.equals("application/json")) {
            lines = jsonToLines(body);
        } else if (JSON_LINES_TYPES.contains(type)) {
            lines = body;
        } else {
            throw new ApiError(415, "send articles as application/json (an object or an array of objects)"
                    + " or application/x-ndjson (one object a line), not " + (type.isEmpty() ? "an untyped body" : type));
        }
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw ApiError.badRequest("the body is empty; send one article object, an array of them, or JSON Lines");
        }
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, "upload-", ".jsonl");
        Files.write(file, lines);
        // Lines without an id are named after the body, so that sending it again changes nothing.
        return new InputFile(file, SOURCE, FileKind.JSON_LINES, "upload-" + digest(body));
    }

    private static byte[] jsonToLines(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw ApiError.badRequest("the body cannot be read as JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw ApiError.badRequest("the body is empty; send one article object, an array of them, or JSON Lines");
        }
        StringBuilder out = new StringBuilder();
        if (root.isObject()) {
            out.append(root).append('\n');
        } else if (root.isArray()) {
            int i = 0;
            for (JsonNode item : root) {
                if (!item.isObject()) {
                    throw ApiError.badRequest("item " + i + " of the array is not an article object");
                }
                out.append(item).append('\n');
                i++;
            }
            if (i == 0) {
                throw ApiError.badRequest("the array is empty; send at least one article object");
            }
        } else {
            throw ApiError.badRequest("the body must be an article object or an array of them, not a JSON "
                    + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ApiError tooLarge(long max) {
        return new ApiError(413, "the body is larger than the " + (max / 1024) + " KiB limit;"
                + " send fewer articles per request");
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
