package org.storyfold.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
                PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command line with the given streams; returns the exit code: 0 on success, 2 on a
     * usage error, 1 on any other failure.
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        // Article text may carry escape sequences: none reaches the terminal.
        PrintWriter out = new PrintWriter(new TerminalText(rawOut));
        PrintWriter err = new PrintWriter(new TerminalText(rawErr), true);
        CommandLine cli = new CommandLine(new StoryfoldCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(new Failures());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        rawOut.flush();
        rawErr.flush();
        return code;
    }
}
