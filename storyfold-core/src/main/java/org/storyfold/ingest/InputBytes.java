package org.storyfold.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.storyfold.Outcome;

/** Bounded reading, text sniffing and strict UTF-8 decoding of input bytes. */
final class InputBytes {

    /** Bytes examined to tell text from binary. */
    private static final int SNIFF_BYTES = 8192;
    /** Share of control bytes (other than tab, newline, carriage return, form feed) that marks binary. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private InputBytes() {
    }

    /** Thrown when input exceeds the document size limit; carries how far reading got. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        TooLargeException(long limit) {
            super("larger than " + describeSize(limit));
            this.limit = limit;
        }
    }

    /** Reads the whole stream, failing as soon as it passes {@code max} bytes. */
    static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                throw new TooLargeException(max);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * A whole file's bytes, as {@link #readBounded} reads them; null if it cannot be read, after
     * telling {@code sink} the file was rejected and why.
     */
    static byte[] readFile(InputFile file, long max, Consumer<Outcome<RawDocument>> sink) {
        try (InputStream in = file.open()) {
            return readBounded(in, max);
        } catch (IOException e) {
            sink.accept(Outcome.rejected(file.source(), describe(e)));
            return null;
        }
    }

    /**
     * Why the bytes are not usable text, or null if they are: empty, only whitespace, or binary
     * (NUL bytes or many control bytes in the first 8 KiB).
     */
    static String whyNotText(byte[] bytes, int from, int to) {
        if (to <= from) {
            return "empty";
        }
        int end = Math.min(to, from + SNIFF_BYTES);
        int control = 0;
        boolean blank = true;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return "binary content (NUL bytes), not text";
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
            if (b > ' ') {
                blank = false;
            }
        }
        if (control > (end - from) * MAX_CONTROL_SHARE) {
            return "binary content (control bytes), not text";
        }
        if (blank && end == to) {
            return "empty (only whitespace)";
        }
        return null;
    }

    /** Whether these first two bytes of a stream are a UTF-16 byte-order mark, of either order. */
    static boolean isUtf16Mark(int a, int b) {
        return (a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF);
    }

    /**
     * The stream as UTF-8 bytes: a stream that starts with a UTF-16 byte-order mark (either byte
     * order) is decoded as UTF-16 and encoded again, a character at a time, without its mark; any
     * other stream is returned as it is.
     */
    static InputStream utf16AsUtf8(InputStream in) throws IOException {
        InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in);
        buffered.mark(2);
        int a = buffered.read();
        int b = buffered.read();
        buffered.reset();
        boolean le = a == 0xFF && b == 0xFE;
        if (!isUtf16Mark(a, b)) {
            return buffered;
        }
        buffered.skip(2);
        java.io.Reader reader = new java.io.InputStreamReader(buffered,
                le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        return new InputStream() {
            private final char[] chars = new char[8192];
            private ByteBuffer bytes = ByteBuffer.allocate(0);
            private char carried;
            private boolean carrying;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (!bytes.hasRemaining()) {
                    int start = 0;
                    if (carrying) {
                        chars[start++] = carried;
                        carrying = false;
                    }
                    int n = reader.read(chars, start, chars.length - start);
                    if (n < 0 && start == 0) {
                        return -1;
                    }
                    int end = start + Math.max(n, 0);
                    if (n > 0 && Character.isHighSurrogate(chars[end - 1])) {
                        // Half of a pair: encoded with its other half on the next read.
                        carried = chars[--end];
                        carrying = true;
                    }
                    bytes = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(chars, 0, end));
                }
                int n = Math.min(len, bytes.remaining());
                bytes.get(b, off, n);
                return n;
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    /** Decodes strict UTF-8, dropping a byte-order mark. */
    static String decodeUtf8(byte[] bytes, int from, int to) throws CharacterCodingException {
        if (to - from >= 3 && (bytes[from] & 0xff) == 0xEF && (bytes[from + 1] & 0xff) == 0xBB
                && (bytes[from + 2] & 0xff) == 0xBF) {
            from += 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
    }

    /** The byte offset at which strict UTF-8 decoding first fails, or -1. */
    static long firstInvalidUtf8(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        var out = java.nio.CharBuffer.allocate(Math.max(16, to - from));
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() - from : -1;
    }

    /** A short reason for an I/O failure, for a one-line report. */
    static String describe(IOException e) {
        if (e instanceof TooLargeException t) {
            return "larger than the " + describeSize(t.limit) + " limit per document, skipped";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof EOFException) {
            return "truncated gzip data (unexpected end of file)";
        }
        if (e instanceof ZipException z) {
            return "not valid gzip data (" + lower(z.getMessage()) + ")";
        }
        if (e instanceof MalformedInputException) {
            return "not valid UTF-8";
        }
        String message = e.getMessage();
        return "cannot read: " + (message == null ? e.getClass().getSimpleName() : lower(message));
    }

    static String describeSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

    private static String lower(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
