package org.storyfold.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.storyfold.Outcome;

/**
 * Reads a JSON Lines file: one article object a line with the fields {@code id}, {@code url},
 * {@code title}, {@code text} or {@code html}, {@code published} and {@code outlet}; other fields
 * are ignored. A line's id is its {@code id} field, else {@code <file id>:<line>}; an id longer
 * than {@value #MAX_ID} characters or with control characters is refused. A bad line is rejected
 * with its number; the following lines are still read. A file that starts with a UTF-16
 * byte-order mark is read as UTF-16.
 */
public final class JsonLinesReader implements DocumentReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The longest id a line may give its article, in characters. */
    static final int MAX_ID = 512;

    private final IngestConfig config;

    public JsonLinesReader(IngestConfig config) {
        this.config = config;
    }

    @Override
    public void read(InputFile file, Consumer<Outcome<RawDocument>> sink) {
        long lines;
        try (InputStream in = file.open()) {
            lines = read(file, in, 0, sink);
        } catch (IOException e) {
            sink.accept(Outcome.rejected(file.source(), InputBytes.describe(e)));
            return;
        }
        if (lines == 0) {
            sink.accept(Outcome.rejected(file.source(), "empty"));
        }
    }

    /**
     * Reads the lines of {@code in}, a part of {@code file} that starts at a line's start, after
     * {@code linesBefore} lines of the file (a runner that splits large files, Spark; a file read
     * from its start may be UTF-16, see {@link #splitsAtLineBreaks}); returns how many lines it
     * read, or -1 when a read error, rejected at the line it stopped on, ended the part.
     */
    public long read(InputFile file, InputStream in, long linesBefore, Consumer<Outcome<RawDocument>> sink) {
        long lines = 0;
        try {
            InputStream utf8 = linesBefore == 0 ? InputBytes.utf16AsUtf8(in) : in;
            BoundedLineReader reader = new BoundedLineReader(utf8, config.maxDocumentBytes(), linesBefore);
            BoundedLineReader.Line line;
            while ((line = reader.next()) != null) {
                lines++;
                String source = file.source() + ":" + line.number();
                if (line.tooLong()) {
                    sink.accept(Outcome.rejected(source, "line of "
                            + InputBytes.describeSize(line.fullLength()) + " is larger than the "
                            + InputBytes.describeSize(config.maxDocumentBytes()) + " limit per document, skipped"));
                    continue;
                }
                Outcome<RawDocument> doc = parse(file, line, source);
                if (doc != null) {
                    sink.accept(doc);
                }
            }
        } catch (IOException e) {
            String where = lines == 0 && linesBefore == 0 ? file.source() : file.source() + ":" + (linesBefore + lines + 1);
            sink.accept(Outcome.rejected(where, InputBytes.describe(e)));
            return -1;
        }
        return lines;
    }

    /**
     * Whether a file that starts with these two bytes can be read in parts cut at its line breaks
     * (byte 10): not a UTF-16 one, whose line breaks are two bytes and which is read from its mark.
     */
    public static boolean splitsAtLineBreaks(int first, int second) {
        return !InputBytes.isUtf16Mark(first, second);
    }

    /** The document on one line, a rejection, or null for a blank line. */
    private static Outcome<RawDocument> parse(InputFile file, BoundedLineReader.Line line, String source) {
        if (isBlank(line.bytes(), line.length())) {
            return null;
        }
        String notText = InputBytes.whyNotText(line.bytes(), 0, line.length());
        if (notText != null) {
            return Outcome.rejected(source, notText);
        }
        String json;
        try {
            json = InputBytes.decodeUtf8(line.bytes(), 0, line.length());
        } catch (CharacterCodingException e) {
            return Outcome.rejected(source, "not valid UTF-8");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return Outcome.rejected(source, "not JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
        if (node == null || !node.isObject()) {
            return Outcome.rejected(source, "not a JSON object");
        }
        return document(name -> stringField(node, name), authors(node), file.id(), line.number(), source);
    }

    /**
     * The document of one record of named fields ({@code id}, {@code url}, {@code title},
     * {@code text} or {@code html}, {@code published}, {@code outlet}; {@code field} gives null for
     * a missing one) and its authors: a JSON line's, or a row of a table of articles (Parquet, for
     * Spark). Its id is its {@code id} field, else {@code <file id>:<line>}.
     */
    public static Outcome<RawDocument> document(Function<String, String> field, List<String> authors, String fileId,
                                                long line, String source) {
        String text = field.apply("text");
        String html = field.apply("html");
        if (text == null && html == null) {
            return Outcome.rejected(source, "no \"text\" or \"html\" string field");
        }
        String id = field.apply("id");
        if (id == null || id.isBlank()) {
            id = fileId + ":" + line;
        } else if (id.strip().length() > MAX_ID) {
            return Outcome.rejected(source, "id of " + id.strip().length() + " characters is longer than the "
                    + MAX_ID + " allowed");
        } else if (id.chars().anyMatch(Character::isISOControl)) {
            return Outcome.rejected(source, "id contains control characters (such as line breaks or escapes)");
        }
        boolean isHtml = text == null;
        return Outcome.ok(new RawDocument(
                id.strip(),
                source,
                isHtml ? ContentType.HTML : ContentType.TEXT,
                isHtml ? html : text,
                field.apply("url"),
                field.apply("title"),
                field.apply("published"),
                field.apply("outlet"),
                List.of(),
                null,
                authors));
    }

    /** The line's {@code authors} (an array of names, as storyfold writes articles) or {@code author} (one string). */
    private static List<String> authors(JsonNode node) {
        JsonNode many = node.get("authors");
        if (many != null && many.isArray()) {
            List<String> out = new java.util.ArrayList<>();
            many.forEach(a -> {
                if (a.isTextual() && !a.asText().isBlank()) {
                    out.add(a.asText());
                }
            });
            return out;
        }
        String one = stringField(node, "author");
        return one == null || one.isBlank() ? List.of() : List.of(one);
    }

    private static String stringField(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        // Numeric ids and dates are common in exports; anything else is not a usable value.
        return value.isValueNode() ? value.asText() : null;
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] > ' ' || bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
