package org.storyfold.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The snapshots of the placing state in a data folder: {@code snapshots/<batch>/}, each the copy
 * index ({@code copies/}) and the story stream ({@code stories.bin}) as of one committed batch,
 * and {@code snapshots/current}, a pointer to the newest. A snapshot is written whole under a
 * temporary name, flushed to disk, then renamed; the pointer is replaced atomically; only then
 * are older snapshots deleted, so a crash at any point leaves a usable snapshot or none newer
 * than before. Stateless apart from its folder; used by the ingest thread.
 */
final class Snapshots {

    /** A snapshot's parts, written by {@link PlacementMemory}. */
    static final String COPIES = "copies";
    static final String STORIES = "stories.bin";

    private static final String POINTER = "current";
    private static final String TEMPORARY = ".tmp";

    private final Path folder;

    Snapshots(Path dataFolder) {
        this.folder = dataFolder.resolve("snapshots");
    }

    /** The batches of the finished snapshots, newest first: the pointer's first, then the others. */
    List<Long> newestFirst() throws IOException {
        List<Long> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        Long pointed = pointer();
        if (pointed != null && Files.isDirectory(folder.resolve(Long.toString(pointed)))) {
            out.add(pointed);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{1,18}"))
                    .map(Long::parseLong).filter(b -> !b.equals(pointed)).sorted(Comparator.reverseOrder())
                    .forEach(out::add);
        }
        return out;
    }

    /** The folder of the snapshot of {@code batch}. */
    Path of(long batch) {
        return folder.resolve(Long.toString(batch));
    }

    /**
     * Writes the snapshot of {@code batch} with {@code writer} into a temporary folder, then makes
     * it the current one and deletes the others.
     */
    void write(long batch, Writer writer) throws IOException {
        Files.createDirectories(folder);
        Path tmp = folder.resolve(batch + TEMPORARY);
        deleteRecursively(tmp);
        Files.createDirectories(tmp);
        writer.write(tmp);
        syncAll(tmp);
        Path target = of(batch);
        deleteRecursively(target);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        Path pointerTmp = folder.resolve(POINTER + TEMPORARY);
        try (OutputStream out = Files.newOutputStream(pointerTmp)) {
            out.write((batch + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        sync(pointerTmp);
        Files.move(pointerTmp, folder.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        sync(folder);
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (!name.equals(POINTER) && !name.equals(Long.toString(batch))) {
                    deleteRecursively(p);
                }
            }
        }
    }

    /** Writes a snapshot's parts into a folder. */
    @FunctionalInterface
    interface Writer {
        void write(Path folder) throws IOException;
    }

    private Long pointer() {
        try {
            return Long.parseLong(Files.readString(folder.resolve(POINTER), StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException e) {
            return null; // No pointer, or a damaged one: the folders still say which snapshots exist.
        }
    }

    private static void syncAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                sync(p);
            }
        }
    }

    /** Flushes a file, or a folder's entries, to the disk. */
    private static void sync(Path p) throws IOException {
        try (FileChannel c = FileChannel.open(p, Files.isDirectory(p) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
