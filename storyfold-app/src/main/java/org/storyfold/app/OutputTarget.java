package org.storyfold.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Option;

/**
 * Where a command writes its result: stdout, or a file.
 *
 * <p>A regular file (new or existing) is written whole or not at all: into a temporary file beside
 * it, synced, then renamed into place, so a crash never leaves half a result. The temporary file
 * is created with the default mode (the process's umask applies, as for any new file), and takes
 * the permissions of the file it replaces. Anything else that already exists, a device such as
 * {@code /dev/null} or {@code /dev/stdout}, or a named pipe, is written straight into: renaming
 * over it would replace the special file with a regular one. A symbolic link is followed: the file
 * it points to is written, and the link stays a link; a link that points nowhere is refused.
 */
final class OutputTarget {

    /** Writes a result to a writer. */
    @FunctionalInterface
    interface Body {
        void write(PrintWriter out) throws IOException;
    }

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the result to FILE instead of stdout. A regular file is replaced whole when the "
                    + "result is complete (keeping its permissions); a device or named pipe is written into; "
                    + "a symbolic link is followed.")
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
        Path path = out.toAbsolutePath();
        BasicFileAttributes attrs = attributes(path);
        if (attrs == null) {
            if (Files.isSymbolicLink(path)) {
                throw UserError.usage("cannot write " + out + ": it is a symbolic link to "
                        + Files.readSymbolicLink(path) + ", which does not exist");
            }
            replaceWhole(path, false, body);
        } else if (attrs.isDirectory()) {
            throw UserError.usage("cannot write " + out + ": it is a folder");
        } else if (attrs.isRegularFile()) {
            replaceWhole(path.toRealPath(), true, body);
        } else {
            writeInto(path, body);
        }
    }

    /** A regular file, new or not: written beside, synced, and renamed over it when complete. */
    private void replaceWhole(Path target, boolean exists, Body body) throws IOException {
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw UserError.usage("cannot write " + out + ": folder " + dir + " does not exist");
        }
        if (exists && !Files.isWritable(target)) {
            throw UserError.usage("cannot write " + out + ": permission denied");
        }
        Path tmp = temporaryBeside(target);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                write(Channels.newOutputStream(channel), body);
                channel.force(true);
            }
            if (exists) {
                copyPermissions(target, tmp);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Devices and pipes: opened for writing as they are, never created, truncated or replaced. */
    private void writeInto(Path target, Body body) throws IOException {
        try (OutputStream os = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            write(os, body);
        }
    }

    private void write(OutputStream os, Body body) throws IOException {
        // The stream is closed by its owner; the writer is only flushed.
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        PrintWriter pw = new PrintWriter(new java.io.BufferedWriter(w));
        body.write(pw);
        pw.flush();
        if (pw.checkError()) {
            throw new IOException("cannot write " + out);
        }
    }

    /** The attributes of the file the path names, links followed; null when there is none. */
    private static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    /** A new empty file beside the target with the default mode (what the umask gives any new file). */
    private static Path temporaryBeside(Path target) throws IOException {
        Path dir = target.getParent();
        for (int attempt = 0; ; attempt++) {
            String name = "." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
            Path tmp = dir == null ? Path.of(name) : dir.resolve(name);
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.getPosixFilePermissions(from));
        }
    }
}
