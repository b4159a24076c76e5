package org.storyfold.ingest;

/** What a raw document's content is, which decides how the extract stage reads it. */
public enum ContentType {
    /** Plain text: one paragraph a line, or paragraphs separated by blank lines. */
    TEXT,
    /** An HTML page. */
    HTML
}
