package org.storyfold.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One document as read from the input, before extraction: its id, where it came from, its content
 * and whatever metadata the input stated.
 *
 * @param id        the article id: a file's name without its known extensions, or a JSON line's id
 * @param source    where it was read: a path, or a path and line number ({@code data.jsonl:12})
 * @param type      whether {@code content} is plain text or HTML
 * @param content   the decoded content
 * @param url       the page's address if the input stated it, else null
 * @param title     the title if the input stated it, else null
 * @param published the publication date as the input wrote it (any format), else null
 * @param outlet    the publishing outlet if the input stated it, else null
 * @param notes     what reading the input decided that a reader should know (a charset found by
 *                  detection, ...), reported with the article's repairs
 * @param fetched   when the page was fetched, if the input states it (a WARC record's date, the
 *                  watch's fetch), else null: no publication date after it is believed
 * @param authors   the authors the input names (a feed item's author, a JSON line's {@code authors}),
 *                  taken when the page names none; empty when it names none
 */
public record RawDocument(
        String id,
        String source,
        ContentType type,
        String content,
        String url,
        String title,
        String published,
        String outlet,
        List<String> notes,
        Instant fetched,
        List<String> authors) implements Serializable {

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        notes = notes == null ? List.of() : List.copyOf(notes);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A document that names no authors. */
    public RawDocument(String id, String source, ContentType type, String content, String url, String title,
                       String published, String outlet, List<String> notes, Instant fetched) {
        this(id, source, type, content, url, title, published, outlet, notes, fetched, List.of());
    }

    /** A document whose fetch time is unknown. */
    public RawDocument(String id, String source, ContentType type, String content, String url, String title,
                       String published, String outlet, List<String> notes) {
        this(id, source, type, content, url, title, published, outlet, notes, null, List.of());
    }

    /** A document without reading notes. */
    public RawDocument(String id, String source, ContentType type, String content, String url, String title,
                       String published, String outlet) {
        this(id, source, type, content, url, title, published, outlet, List.of(), null, List.of());
    }

    /** A document with only an id, a source and content: what a plain file gives. */
    public static RawDocument of(String id, String source, ContentType type, String content) {
        return new RawDocument(id, source, type, content, null, null, null, null);
    }
}
