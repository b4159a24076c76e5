package org.storyfold.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a feed's bytes as the forgiving feed readers do (feedparser's order): a byte-order mark
 * or the byte pattern of {@code <?xml} in UTF-32 or UTF-16, else the encoding the XML declaration
 * names (or the transport's charset), else UTF-8 when the bytes are valid UTF-8, else detection.
 * An encoding name this JVM does not know is not a reason to refuse the feed: it is noted and the
 * bytes are sniffed instead. Thread-safe.
 */
final class FeedDecoder {

    /** The text and the notes on how it was decoded. */
    record Decoded(String text, List<String> notes) {
    }

    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private FeedDecoder() {
    }

    static Decoded decode(byte[] b, String statedCharset) {
        List<String> notes = new ArrayList<>();
        Charset wide = wideCharset(b);
        if (wide != null) {
            return new Decoded(stripBom(new String(b, wide)), notes);
        }
        if (HtmlDecoder.bomCharset(b, 0, b.length) != null) {
            return new Decoded(stripBom(HtmlDecoder.decode(b, 0, b.length, null).text()), notes);
        }
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        String declared = statedCharset != null ? statedCharset : m.find() ? m.group(1) : null;
        if (declared != null && HtmlDecoder.charset(declared) == null) {
            notes.add("unknown encoding \"" + declared + "\"; the bytes were sniffed instead");
            declared = null;
        }
        HtmlDecoder.Decoded d = HtmlDecoder.decode(b, 0, b.length, declared);
        notes.addAll(d.notes());
        return new Decoded(stripBom(d.text()), notes);
    }

    /** UTF-32 by its byte-order mark or by {@code <} in four bytes; UTF-16 without a mark by {@code <?}. */
    private static Charset wideCharset(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        int b2 = b[2] & 0xff;
        int b3 = b[3] & 0xff;
        if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<')) {
            return Charset.forName("UTF-32BE");
        }
        if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0)) {
            return Charset.forName("UTF-32LE");
        }
        if (b0 == 0 && b1 == '<' && b2 == 0 && b3 == '?') {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == '<' && b1 == 0 && b2 == '?' && b3 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
