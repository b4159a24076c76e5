package org.storyfold.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyfold.Outcome;
import org.storyfold.Problem;

/**
 * Reads files and folders (recursively) into raw documents.
 *
 * <p>In a folder, files are read in path order, hidden files are skipped and so are files of
 * unknown type. A file named directly is read even with an unknown extension: as HTML if it starts
 * like markup, else as text. Thread-safe: it holds only configuration.
 */
public final class FileIngester {

    private final Map<FileKind, DocumentReader> readers = new EnumMap<>(FileKind.class);

    public FileIngester(IngestConfig config) {
        readers.put(FileKind.TEXT, new WholeFileReader(ContentType.TEXT, config));
        readers.put(FileKind.HTML, new WholeFileReader(ContentType.HTML, config));
        readers.put(FileKind.JSON_LINES, new JsonLinesReader(config));
        readers.put(FileKind.WARC, new WarcFileReader(config));
        readers.put(FileKind.FEED, new FeedReader(config));
    }

    /** Reads every input file, passing documents and rejections to {@code sink} in file order. */
    public void ingest(List<Path> inputs, Consumer<Outcome<RawDocument>> sink) {
        for (InputFile file : list(inputs, p -> sink.accept(Outcome.rejected(p.source(), p.reason())))) {
            read(file, sink);
        }
    }

    /** Reads one listed file. */
    public void read(InputFile file, Consumer<Outcome<RawDocument>> sink) {
        readers.get(file.kind()).read(file, sink);
    }

    /**
     * The files the inputs name, in order: each input file itself, each folder's readable files
     * recursively. Missing inputs, unreadable folders, and named pipes and devices (which would be
     * read forever) are reported to {@code problems}.
     */
    public List<InputFile> list(List<Path> inputs, Consumer<Problem> problems) {
        List<InputFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                listFolder(input, files, problems);
            } else if (Files.exists(input) && !Files.isRegularFile(input)) {
                // A named pipe or a device would be read forever (or block before the first byte).
                problems.accept(new Problem(input.toString(), "not a regular file (a named pipe, device or socket);"
                        + " save the input to a file first"));
            } else if (Files.exists(input)) {
                String name = input.getFileName().toString();
                FileKind kind = FileKind.of(name).orElseGet(() -> sniff(input));
                files.add(new InputFile(input, input.toString(), kind, FileKind.idOf(name)));
            } else {
                problems.accept(new Problem(input.toString(), "no such file or folder"));
            }
        }
        return files;
    }

    private static void listFolder(Path folder, List<InputFile> files, Consumer<Problem> problems) {
        List<InputFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file)) {
                        String name = file.getFileName().toString();
                        Optional<FileKind> kind = FileKind.of(name);
                        kind.ifPresent(k -> found.add(new InputFile(file, file.toString(), k, FileKind.idOf(name))));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(new Problem(file.toString(), InputBytes.describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new Problem(folder.toString(), InputBytes.describe(e)));
        }
        found.sort(Comparator.comparing(f -> f.path().toString()));
        files.addAll(found);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** HTML if the file starts like markup, else text; the reader reports content problems. */
    private static FileKind sniff(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading()
                    .toLowerCase(java.util.Locale.ROOT);
            if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<!--")) {
                return FileKind.HTML;
            }
        } catch (IOException e) {
            // The reader opens the file again and reports the failure with its reason.
        }
        return FileKind.TEXT;
    }

    /**
     * Documents in the inputs, for a progress bar: one per file, one per line of JSON Lines (a
     * WARC archive or a feed counts one, however many pages it holds).
     */
    public static long countDocuments(List<InputFile> inputs) {
        long n = 0;
        for (InputFile f : inputs) {
            if (f.kind() != FileKind.JSON_LINES) {
                n++;
                continue;
            }
            try (InputStream in = f.open()) {
                byte[] buf = new byte[65536];
                int read;
                boolean lineHasText = false;
                while ((read = in.read(buf)) > 0) {
                    for (int i = 0; i < read; i++) {
                        if (buf[i] == '\n') {
                            n += lineHasText ? 1 : 0;
                            lineHasText = false;
                        } else if (buf[i] > ' ') {
                            lineHasText = true;
                        }
                    }
                }
                n += lineHasText ? 1 : 0;
            } catch (IOException e) {
                n++; // The reader reports the failure when it reads the file.
            }
        }
        return n;
    }
}
