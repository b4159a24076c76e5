package org.storyfold.extract;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.storyfold.text.Sentence;
import org.storyfold.text.Words;

/**
 * One article: its clean text, its metadata and what extraction removed. Immutable.
 *
 * @param id        the article id (a file stem or a JSON line's id)
 * @param source    where it was read (a path, or a path and line)
 * @param url       the page's address, or null
 * @param title     the headline, or null when none could be found
 * @param published the publication date, or null
 * @param outlet    the publishing outlet, or null
 * @param credit    the news agency credited (AFP, Reuters, AP, ...), or null
 * @param dateline  the place line that opens the story ({@code KOBANE, Syria}), or null
 * @param text      the article text, paragraphs separated by blank lines
 * @param removed   every line or part of a line taken out of the text, with its reason
 * @param repairs   the repairs made to the text (restored apostrophes, ...)
 * @param sentences the sentences of {@code text}, in order
 * @param modified  the date of the last modification the page states, or null
 * @param authors   the authors' names as the page states them, in order (empty when unknown)
 * @param language  the language the page states, as a lower-case primary tag ({@code en}), or null
 * @param canonical the canonical address the page states, or null
 */
public record Article(
        String id,
        String source,
        String url,
        String title,
        LocalDate published,
        String outlet,
        String credit,
        String dateline,
        String text,
        List<RemovedLine> removed,
        List<String> repairs,
        List<Sentence> sentences,
        LocalDate modified,
        List<String> authors,
        String language,
        String canonical) implements Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
        repairs = List.copyOf(repairs);
        sentences = List.copyOf(sentences);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** An article without the metadata only pages state (modification date, authors, language, canonical address). */
    public Article(String id, String source, String url, String title, LocalDate published, String outlet,
                   String credit, String dateline, String text, List<RemovedLine> removed, List<String> repairs,
                   List<Sentence> sentences) {
        this(id, source, url, title, published, outlet, credit, dateline, text, removed, repairs, sentences,
                null, List.of(), null, null);
    }

    /** The same article under another id. */
    public Article withId(String newId) {
        return new Article(newId, source, url, title, published, outlet, credit, dateline, text, removed, repairs,
                sentences, modified, authors, language, canonical);
    }

    /** The number of words in the text, counted as runs of letters and digits. */
    public int wordCount() {
        return Words.count(text);
    }
}
