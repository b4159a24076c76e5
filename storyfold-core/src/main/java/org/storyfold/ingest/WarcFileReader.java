package org.storyfold.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.storyfold.Outcome;

/**
 * Reads a WARC or WARC.gz crawl archive (with jwarc): each HTML response or resource record
 * becomes a document with the record's target address, decoded in the charset its HTTP header
 * states or its markup declares. A broken record is reported with its number and reason, and
 * reading goes on from the next record found after it. Other records (requests, metadata, images,
 * redirects) are skipped silently: they are not articles. Thread-safe: it holds only configuration.
 */
public final class WarcFileReader implements DocumentReader {

    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final IngestConfig config;

    public WarcFileReader(IngestConfig config) {
        this.config = config;
    }

    /** The most deflate expands its input: about 1032 to 1. */
    private static final long MAX_DEFLATE_RATIO = 1032;

    @Override
    public void read(InputFile file, Consumer<Outcome<RawDocument>> sink) {
        Set<Long> seen = new HashSet<>();
        long restartAt = 0;
        int number = 0;
        while (restartAt >= 0) {
            long lastStart = -1;
            try (FileChannel channel = FileChannel.open(file.path())) {
                channel.position(restartAt);
                WarcReader reader = new WarcReader(channel);
                while (true) {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        return;
                    }
                    WarcRecord record = next.get();
                    lastStart = record.position();
                    if (!seen.contains(lastStart)) {
                        checkLength(record, channel.size(), gzip(file.path()));
                    }
                    if (seen.add(lastStart)) {
                        number++;
                        read(file, record, number, sink);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // jwarc reports malformed records as parsing, I/O or state errors; each is one broken record.
                long failedAt = lastStart >= 0 ? lastStart : restartAt;
                if (lastStart < 0 || !seen.contains(lastStart)) {
                    number++;
                    sink.accept(Outcome.rejected(file.source() + ":" + number,
                            "broken WARC record at byte " + failedAt + " (" + reason(e) + "), skipped"));
                }
                restartAt = nextRecordStart(file.path(), failedAt + 1);
            }
        }
    }

    /**
     * Refuses a record whose Content-Length runs past the end of the file (more than deflate could
     * expand what is left of a gzipped one): read as declared, it would swallow every record after it.
     */
    private static void checkLength(WarcRecord record, long fileSize, boolean gzip) throws IOException {
        Optional<String> declared = record.headers().first("Content-Length");
        if (declared.isEmpty()) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.get().strip());
        } catch (NumberFormatException e) {
            throw new IOException("Content-Length \"" + declared.get() + "\" is not a number");
        }
        long left = fileSize - record.position();
        long most = gzip ? (left > Long.MAX_VALUE / MAX_DEFLATE_RATIO ? Long.MAX_VALUE : left * MAX_DEFLATE_RATIO) : left;
        if (length < 0 || length > most) {
            throw new IOException("its Content-Length of " + length + " bytes runs past the end of the file");
        }
    }

    private static boolean gzip(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private void read(InputFile file, WarcRecord record, int number, Consumer<Outcome<RawDocument>> sink)
            throws IOException {
        String source = file.source() + ":" + number;
        String url;
        MediaType type;
        String charset;
        InputStream body;
        if (record instanceof WarcResponse response) {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) {
                return;
            }
            type = http.contentType();
            charset = type.parameters().get("charset");
            url = response.target();
            body = http.bodyDecoded().stream();
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            charset = type.parameters().get("charset");
            url = resource.target();
            body = resource.body().stream();
        } else {
            return;
        }
        String subtype = type.subtype().toLowerCase(Locale.ROOT);
        if (!subtype.equals("html") && !subtype.equals("xhtml+xml")) {
            return;
        }
        byte[] bytes;
        try {
            bytes = InputBytes.readBounded(body, config.maxDocumentBytes());
        } catch (InputBytes.TooLargeException e) {
            sink.accept(Outcome.rejected(source, InputBytes.describe(e)));
            return;
        }
        String notText = InputBytes.whyNotText(bytes, 0, bytes.length);
        if (notText != null) {
            sink.accept(Outcome.rejected(source, notText));
            return;
        }
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, 0, bytes.length, charset);
        if (decoded.rejection() != null) {
            sink.accept(Outcome.rejected(source, decoded.rejection()));
            return;
        }
        // The record's date is when the page was fetched: no publication date after it is believed.
        sink.accept(Outcome.ok(new RawDocument(file.id() + ":" + number, source, ContentType.HTML, decoded.text(),
                url, null, null, null, decoded.notes(), record.date())));
    }

    /**
     * Where the next record starts at or after {@code from}: the next "WARC/1." at a line start in
     * a plain archive, the next gzip member in a compressed one; -1 if none.
     */
    private static long nextRecordStart(Path path, long from) {
        try (FileChannel channel = FileChannel.open(path)) {
            boolean gzip = gzip(path);
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long base = from;
            byte previous = '\n';
            while (true) {
                buf.clear();
                int n = channel.read(buf, base);
                if (n <= 0) {
                    return -1;
                }
                byte[] a = buf.array();
                for (int i = 0; i < n; i++) {
                    boolean match = gzip
                            ? i + 2 < n && a[i] == (byte) 0x1f && a[i + 1] == (byte) 0x8b && a[i + 2] == 8
                            : (i == 0 ? previous : a[i - 1]) == '\n' && startsWith(a, i, n, WARC_MAGIC);
                    if (match) {
                        return base + i;
                    }
                }
                previous = a[n - 1];
                // Step back a little so that a marker cut by the buffer's end is still found.
                base += Math.max(1, n - WARC_MAGIC.length);
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean startsWith(byte[] a, int at, int n, byte[] prefix) {
        if (at + prefix.length > n) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (a[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 120 ? m.substring(0, 120) + "..." : m;
    }
}
