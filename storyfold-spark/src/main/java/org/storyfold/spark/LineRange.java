package org.storyfold.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * The lines of a file that start within a range of its bytes, as a stream: from the first line
 * that starts at or after {@code start} to the end of the last line that starts before
 * {@code end} (which may run past it). Consecutive ranges thus give every line once, as Hadoop's
 * line reader does with its splits.
 */
final class LineRange extends InputStream {

    private final FSDataInputStream in;
    private final long end;
    private final long skipped;
    private long position;
    private int last = '\n';
    private boolean done;

    private LineRange(FSDataInputStream in, long position, long end, long skipped) {
        this.in = in;
        this.position = position;
        this.end = end;
        this.skipped = skipped;
    }

    /** The range {@code [start, end)} of {@code in}. */
    static LineRange open(FSDataInputStream in, long start, long end) throws IOException {
        if (start == 0) {
            in.seek(0);
            return new LineRange(in, 0, end, 0);
        }
        // The line that holds byte start - 1 belongs to the range before, unless that byte ends it.
        in.seek(start - 1);
        long position = start - 1;
        int b;
        while ((b = in.read()) >= 0) {
            position++;
            if (b == '\n') {
                break;
            }
        }
        return new LineRange(in, position, end, position > start ? 1 : 0);
    }

    /** Line breaks skipped before the first line, in the range: added to the lines before it. */
    long skippedLineBreaks() {
        return skipped;
    }

    @Override
    public int read() throws IOException {
        if (done || (position >= end && last == '\n')) {
            done = true;
            return -1;
        }
        int b = in.read();
        if (b < 0) {
            done = true;
            return -1;
        }
        position++;
        last = b;
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (done || (position >= end && last == '\n')) {
            done = true;
            return -1;
        }
        if (position < end) {
            // Within the range: read freely up to its end.
            int n = in.read(buf, off, (int) Math.min(len, end - position));
            if (n < 0) {
                done = true;
                return -1;
            }
            position += n;
            last = buf[off + n - 1];
            return n;
        }
        // Past the end: finish the last line, byte by byte up to its break.
        int n = 0;
        while (n < len) {
            int b = read();
            if (b < 0) {
                break;
            }
            buf[off + n++] = (byte) b;
            if (b == '\n') {
                break;
            }
        }
        return n == 0 ? -1 : n;
    }
}
