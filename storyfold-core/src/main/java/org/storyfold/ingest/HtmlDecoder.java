package org.storyfold.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes an HTML page's bytes as a browser would: by its byte-order mark, else the charset its
 * {@code <meta charset>} or HTTP-equivalent {@code Content-Type} declares (or a transport header
 * states), else as UTF-8 when the bytes are valid UTF-8, else by detection (Mozilla's universal
 * charset detector). Every decision other than a declared or valid UTF-8 reading is reported
 * as a note; a page that declares a charset this JVM does not know and is not UTF-8 is refused
 * with its reason rather than guessed. Thread-safe.
 */
final class HtmlDecoder {

    /** The text and what was noted while decoding it, or the reason it could not be decoded. */
    record Decoded(String text, List<String> notes, String rejection) {
    }

    /** How much of the page's start is searched for a charset declaration, as browsers do. */
    static final int DECLARATION_BYTES = 4096;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:()+-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /** Decodes {@code bytes}; {@code statedCharset} is a transport's charset (a WARC record's HTTP header), or null. */
    static Decoded decode(byte[] bytes, int from, int to, String statedCharset) {
        List<String> notes = new ArrayList<>();
        Charset bom = bomCharset(bytes, from, to);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, from + skip, to - from - skip, bom), notes, null);
        }
        String declared = statedCharset != null ? statedCharset : declaredCharset(bytes, from, to);
        if (declared != null) {
            Charset charset = charset(declared);
            if (charset == null) {
                if (isUtf8(bytes, from, to)) {
                    notes.add("declared charset \"" + declared + "\" is unknown; read as UTF-8, which the bytes are");
                    return new Decoded(new String(bytes, from, to - from, StandardCharsets.UTF_8), notes, null);
                }
                return new Decoded(null, notes, "declares unknown charset \"" + declared + "\" and is not UTF-8, skipped");
            }
            if (charset.equals(StandardCharsets.UTF_8) && !isUtf8(bytes, from, to)) {
                notes.add("declared UTF-8 but is not; read by detection");
            } else {
                return new Decoded(new String(bytes, from, to - from, charset), notes, null);
            }
        }
        if (declared == null && isUtf8(bytes, from, to)) {
            return new Decoded(new String(bytes, from, to - from, StandardCharsets.UTF_8), notes, null);
        }
        Charset detected = detect(bytes, from, to);
        notes.add((declared == null ? "no charset declared; " : "") + "decoded as " + detected.name()
                + " by detection");
        return new Decoded(new String(bytes, from, to - from, detected), notes, null);
    }

    /** The charset a byte-order mark names, or null. */
    static Charset bomCharset(byte[] b, int from, int to) {
        if (to - from >= 3 && (b[from] & 0xff) == 0xEF && (b[from + 1] & 0xff) == 0xBB && (b[from + 2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (to - from >= 2 && (b[from] & 0xff) == 0xFE && (b[from + 1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (to - from >= 2 && (b[from] & 0xff) == 0xFF && (b[from + 1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset a {@code <meta>} in the page's first 4 KiB declares, or null. */
    static String declaredCharset(byte[] bytes, int from, int to) {
        String head = new String(bytes, from, Math.min(to - from, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** A charset by name, or null when this JVM does not know it. */
    static Charset charset(String name) {
        try {
            String n = name.strip().toLowerCase(Locale.ROOT);
            // Browsers read pages labelled Latin-1 or ASCII as Windows-1252, its superset.
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
                return Charset.forName("windows-1252");
            }
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static boolean isUtf8(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The detector's charset, else Windows-1252 (every byte sequence decodes in it). */
    private static Charset detect(byte[] bytes, int from, int to) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, from, to - from);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset charset = name == null ? null : charset(name);
        return charset != null ? charset : Charset.forName("windows-1252");
    }
}
