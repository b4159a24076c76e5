package org.storyfold.extract;

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
        List<Sentence> sentences) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
        repairs = List.copyOf(repairs);
        sentences = List.copyOf(sentences);
    }

    /** The number of words in the text, counted as runs of letters and digits. */
    public int wordCount() {
        return Words.count(text);
    }
}
