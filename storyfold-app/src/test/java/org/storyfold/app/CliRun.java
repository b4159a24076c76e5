package org.storyfold.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the {@code storyfold} command line in this JVM: its exit status and what it printed
 * on stdout and stderr. The command tests' one way to run a command.
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code storyfold args...} and keeps its output. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
