package org.storyfold.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of input file storyfold reads, recognised by their extensions, and the article id
 * rule: a file's name without its known extensions ({@code bbc.co.uk.story.html.gz} is
 * {@code bbc.co.uk.story}).
 */
public enum FileKind {
    TEXT(".txt"),
    HTML(".html", ".htm"),
    JSON_LINES(".jsonl"),
    WARC(".warc"),
    FEED(".rss", ".atom", ".rdf", ".xml");

    /** Extensions stripped from a file name to make its id, in addition to the kinds' own. */
    static final List<String> OTHER_KNOWN_EXTENSIONS = List.of();
    static final String GZIP_EXTENSION = ".gz";

    private final List<String> extensions;

    FileKind(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The kind of a file by its name, looking through a final {@code .gz}; empty if unknown. */
    public static Optional<FileKind> of(String fileName) {
        String name = stripGzip(fileName.toLowerCase(Locale.ROOT));
        for (FileKind kind : values()) {
            for (String ext : kind.extensions) {
                if (name.endsWith(ext)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the file's name ends in {@code .gz}. */
    public static boolean isGzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP_EXTENSION);
    }

    /** The article id of a file: its name without a final {@code .gz} and one known extension. */
    public static String idOf(String fileName) {
        String id = fileName;
        if (isGzipped(id)) {
            id = id.substring(0, id.length() - GZIP_EXTENSION.length());
        }
        String lower = id.toLowerCase(Locale.ROOT);
        for (FileKind kind : values()) {
            for (String ext : kind.extensions) {
                if (lower.endsWith(ext)) {
                    return id.substring(0, id.length() - ext.length());
                }
            }
        }
        for (String ext : OTHER_KNOWN_EXTENSIONS) {
            if (lower.endsWith(ext)) {
                return id.substring(0, id.length() - ext.length());
            }
        }
        return id;
    }

    private static String stripGzip(String lowerName) {
        return lowerName.endsWith(GZIP_EXTENSION)
                ? lowerName.substring(0, lowerName.length() - GZIP_EXTENSION.length())
                : lowerName;
    }
}
