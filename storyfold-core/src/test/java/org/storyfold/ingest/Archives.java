package org.storyfold.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Small hand-made crawl archives and feeds for tests: WARC records written as the format says. */
public final class Archives {

    private Archives() {
    }

    /** A WARC response record holding an HTTP 200 response with {@code html} (UTF-8). */
    public static byte[] response(String url, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        byte[] block = concat(http.getBytes(StandardCharsets.US_ASCII), body);
        return record("response", url, "application/http; msgtype=response", block);
    }

    /** A WARC record of the given type and content type. */
    public static byte[] record(String type, String url, String contentType, byte[] block) {
        String header = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(concat(url.getBytes(StandardCharsets.UTF_8), block)) + ">\r\n"
                + "WARC-Date: 2017-10-15T08:00:00Z\r\n"
                + "WARC-Target-URI: " + url + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(concat(header.getBytes(StandardCharsets.US_ASCII), block), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A record whose header is not valid WARC (a length that is not a number). */
    public static byte[] brokenRecord() {
        return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/broken\r\n"
                + "Content-Length: twelve\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Each part as its own gzip member, concatenated, as WARC.gz files are written. */
    public static byte[] gzipMembers(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
                gz.write(p);
            }
            out.writeBytes(member.toByteArray());
        }
        return out.toByteArray();
    }

    /** A page of an article, with a headline and paragraphs of real news prose. */
    public static String page(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>" + title
                + " | Example News</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article><footer>© Example News</footer></body></html>").toString();
    }
}
