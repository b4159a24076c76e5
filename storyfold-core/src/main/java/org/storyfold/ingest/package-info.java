/**
 * Reads files and folders into raw documents: plain text, HTML, JSON Lines, WARC crawl archives and
 * RSS/Atom feeds, each optionally gzipped, one {@link org.storyfold.ingest.RawDocument} per file,
 * JSON line, archived HTML response or feed item; HTML in the charset it declares or is detected in.
 *
 * <p>A file that cannot be used (empty, binary, not UTF-8, too large, unreadable, a broken archive record) becomes a
 * rejection with its path and reason; the rest of the input is still read.
 */
package org.storyfold.ingest;
