package org.storyfold.app;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What storyfold prints to a terminal, with the control characters article text may carry taken
 * out: an escape sequence in a title ({@code ESC [2J}, a hyperlink, a new window title) must not
 * act on the reader's terminal. Keeps tabs and line breaks; drops the other C0 controls, carriage
 * returns (which let a line overwrite itself), DEL and the C1 controls. JSON output is not changed
 * by it: JSON escapes every control character.
 */
final class TerminalText extends FilterWriter {

    TerminalText(Writer out) {
        super(out);
    }

    /** Whether {@code c} may reach the terminal. */
    static boolean printable(char c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F);
    }

    @Override
    public void write(int c) throws IOException {
        if (printable((char) c)) {
            out.write(c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (!printable(cbuf[i])) {
                out.write(cbuf, start, i - start);
                start = i + 1;
            }
        }
        out.write(cbuf, start, end - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }

    /** Flushes, and reports a failure of the writer beneath (a print writer only records its own). */
    @Override
    public void flush() throws IOException {
        out.flush();
        if (out instanceof java.io.PrintWriter p && p.checkError()) {
            throw new IOException("cannot write the output");
        }
    }
}
