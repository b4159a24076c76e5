package org.storyfold.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/**
 * Where a command writes its result: stdout, or a file written whole or not at all (a temporary
 * file beside it, moved into place when complete), so a crash never leaves half a result.
 */
final class OutputTarget {

    /** Writes a result to a writer. */
    @FunctionalInterface
    interface Body {
        void write(PrintWriter out) throws IOException;
    }

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the result to FILE instead of stdout.")
    Path out;

    /** Writes the result to the file, or to {@code stdout} when no file was named. */
    void write(PrintWriter stdout, Body body) throws IOException {
        if (out == null) {
            body.write(stdout);
            stdout.flush();
            if (stdout.checkError()) {
                throw new IOException("cannot write to stdout");
            }
            return;
        }
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw UserError.usage("cannot write " + out + ": folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw UserError.usage("cannot write " + out + ": it is a folder");
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 PrintWriter pw = new PrintWriter(w)) {
                body.write(pw);
                pw.flush();
                if (pw.checkError()) {
                    throw new IOException("cannot write " + out);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
