package org.storyfold.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.storyfold.store.StoreException;
import picocli.CommandLine;

/**
 * Turns failures into one clear line and an exit code, in one place: a usage mistake is 2 with
 * the message and a pointer to {@code --help}; an I/O failure, or a data folder that cannot be
 * used ({@link StoreException}, whose message names the path and reason), is 1 with its reason;
 * anything else is a bug, printed with its stack trace so it can be reported.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    static final int USAGE = 2;
    static final int FAILURE = 1;

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("storyfold: " + e.getMessage());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (e instanceof UserError u) {
            cmd.getErr().println("storyfold: " + u.getMessage());
            return u.exitCode();
        }
        if (e instanceof StoreException s) {
            cmd.getErr().println("storyfold: " + s.getMessage());
            return FAILURE;
        }
        IOException io = e instanceof IOException x ? x
                : e instanceof UncheckedIOException u ? u.getCause() : null;
        if (io != null) {
            cmd.getErr().println("storyfold: " + describe(io));
            return FAILURE;
        }
        cmd.getErr().println("storyfold: internal error, please report it with the command that caused it:");
        e.printStackTrace(cmd.getErr());
        return FAILURE;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "cannot write " + a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
