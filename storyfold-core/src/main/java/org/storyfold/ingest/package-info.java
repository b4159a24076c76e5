/**
 * Reads files and folders into raw documents: plain text, HTML and JSON Lines, each optionally
 * gzipped, one {@link org.storyfold.ingest.RawDocument} per file or per JSON line.
 *
 * <p>A file that cannot be used (empty, binary, not UTF-8, too large, unreadable) becomes a
 * rejection with its path and reason; the rest of the input is still read.
 */
package org.storyfold.ingest;
