package org.storyfold.ingest;

/**
 * Limits for reading input.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes after decompression; a larger
 *                         file or JSON line is rejected with its size, never half-read
 */
public record IngestConfig(long maxDocumentBytes) {

    /** 16 MiB: far above any real article, low enough that one bad file cannot exhaust the heap. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    public IngestConfig {
        if (maxDocumentBytes < 1024 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxDocumentBytes must be in [1024, "
                    + (Integer.MAX_VALUE - 16) + "], got " + maxDocumentBytes);
        }
    }

    public static IngestConfig defaults() {
        return new IngestConfig(DEFAULT_MAX_DOCUMENT_BYTES);
    }
}
