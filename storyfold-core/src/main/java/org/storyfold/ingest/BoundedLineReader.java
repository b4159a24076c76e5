package org.storyfold.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines from a stream, holding at most {@code max} bytes of any line: a longer line is
 * skipped to its end and reported as too long, so a 50 MB line never reaches the heap whole.
 * Not thread-safe.
 */
final class BoundedLineReader {

    /** One line: its 1-based number and bytes (without the line break), or null bytes if too long. */
    record Line(long number, byte[] bytes, int length, long fullLength) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[65536];
    private int pos;
    private int limit;
    private long lineNumber;
    private byte[] line = new byte[1024];

    BoundedLineReader(InputStream in, long max) {
        this(in, max, 0);
    }

    /** A reader whose first line is line {@code linesBefore + 1} (the stream starts inside a file). */
    BoundedLineReader(InputStream in, long max, long linesBefore) {
        this.in = in;
        this.max = (int) Math.min(max, Integer.MAX_VALUE - 16);
        this.lineNumber = linesBefore;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int len = 0;
        long full = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (full + chunk <= max) {
                ensure(len + chunk);
                System.arraycopy(buf, start, line, len, chunk);
                len += chunk;
            }
            full += chunk;
            if (pos < limit) {
                pos++; // the '\n'
                break;
            }
        }
        lineNumber++;
        if (full > max) {
            return new Line(lineNumber, null, 0, full);
        }
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        return new Line(lineNumber, line, len, full);
    }

    private void ensure(int capacity) {
        if (capacity > line.length) {
            line = Arrays.copyOf(line, Math.max(capacity, line.length * 2));
        }
    }
}
