package org.storyfold.ingest;

import java.util.List;

/**
 * Decodes a fetched page's bytes as a browser would (see {@link HtmlDecoder}): for readers of
 * pages that come from elsewhere than a file, such as a watched feed's linked articles.
 */
public final class HtmlBytes {

    /** A page's text and what was noted while decoding it, or the reason it could not be decoded. */
    public record Text(String text, List<String> notes, String rejection) {
    }

    private HtmlBytes() {
    }

    /** Decodes {@code bytes}; {@code statedCharset} is the transport's (an HTTP {@code Content-Type}), or null. */
    public static Text decode(byte[] bytes, String statedCharset) {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, 0, bytes.length, statedCharset);
        return new Text(d.text(), d.notes(), d.rejection());
    }
}
