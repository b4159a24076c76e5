package org.storyfold.ingest;

import java.nio.charset.CharacterCodingException;
import java.util.function.Consumer;
import org.storyfold.Outcome;

/**
 * Reads a whole file as one document of the given content type: text in strict UTF-8, HTML in the
 * charset its byte-order mark or markup declares, else UTF-8, else the detected one (reported).
 */
public final class WholeFileReader implements DocumentReader {

    private final ContentType type;
    private final IngestConfig config;

    public WholeFileReader(ContentType type, IngestConfig config) {
        this.type = type;
        this.config = config;
    }

    @Override
    public void read(InputFile file, Consumer<Outcome<RawDocument>> sink) {
        byte[] bytes = InputBytes.readFile(file, config.maxDocumentBytes(), sink);
        if (bytes == null) {
            return;
        }
        // UTF-16 markup or text is full of NUL bytes, yet text: its byte-order mark says so.
        java.nio.charset.Charset bom = HtmlDecoder.bomCharset(bytes, 0, bytes.length);
        String notText = bom != null && bom != java.nio.charset.StandardCharsets.UTF_8 ? null
                : InputBytes.whyNotText(bytes, 0, bytes.length);
        if (notText != null) {
            sink.accept(Outcome.rejected(file.source(), notText));
            return;
        }
        if (type == ContentType.HTML) {
            HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, 0, bytes.length, null);
            sink.accept(decoded.rejection() != null
                    ? Outcome.rejected(file.source(), decoded.rejection())
                    : Outcome.ok(new RawDocument(file.id(), file.source(), type, decoded.text(), null, null, null, null,
                            decoded.notes())));
            return;
        }
        String content;
        if (bom != null && bom != java.nio.charset.StandardCharsets.UTF_8) {
            content = new String(bytes, 2, bytes.length - 2, bom);
            String notText16 = content.isBlank() ? "empty (only whitespace)" : null;
            sink.accept(notText16 != null ? Outcome.rejected(file.source(), notText16)
                    : Outcome.ok(RawDocument.of(file.id(), file.source(), type, content)));
            return;
        }
        try {
            content = InputBytes.decodeUtf8(bytes, 0, bytes.length);
        } catch (CharacterCodingException e) {
            long at = InputBytes.firstInvalidUtf8(bytes, 0, bytes.length);
            sink.accept(Outcome.rejected(file.source(), "not valid UTF-8 (first bad byte at offset " + at + ")"));
            return;
        }
        sink.accept(Outcome.ok(RawDocument.of(file.id(), file.source(), type, content)));
    }
}
