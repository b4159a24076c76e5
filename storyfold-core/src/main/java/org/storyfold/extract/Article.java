package org.storyfold.extract;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.storyfold.PageFacts;
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
 * @param publishedTime the publication time with the UTC offset the page states it in
 *                  ({@code 2017-10-14T09:12+03:00}), or null when the chosen date states no time and zone;
 *                  {@code published} is its day in that offset
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
        String canonical,
        OffsetDateTime publishedTime) implements Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
        repairs = List.copyOf(repairs);
        sentences = List.copyOf(sentences);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** What the article states about itself, kept when a later stage finds it is not an article after all. */
    public PageFacts facts() {
        return new PageFacts(title, published, authors, outlet, language);
    }

    /** An article without the metadata only pages state (modification date, authors, language, canonical address). */
    public Article(String id, String source, String url, String title, LocalDate published, String outlet,
                   String credit, String dateline, String text, List<RemovedLine> removed, List<String> repairs,
                   List<Sentence> sentences) {
        this(id, source, url, title, published, outlet, credit, dateline, text, removed, repairs, sentences,
                null, List.of(), null, null, null);
    }

    /** An article without a stated publication time. */
    public Article(String id, String source, String url, String title, LocalDate published, String outlet,
                   String credit, String dateline, String text, List<RemovedLine> removed, List<String> repairs,
                   List<Sentence> sentences, LocalDate modified, List<String> authors, String language, String canonical) {
        this(id, source, url, title, published, outlet, credit, dateline, text, removed, repairs, sentences,
                modified, authors, language, canonical, null);
    }

    /** The same article under another id. */
    public Article withId(String newId) {
        return new Article(newId, source, url, title, published, outlet, credit, dateline, text, removed, repairs,
                sentences, modified, authors, language, canonical, publishedTime);
    }

    /** The number of words in the text, counted as runs of letters and digits. */
    public int wordCount() {
        return Words.count(text);
    }

    /**
     * Java serialisation (Spark's shuffles and caches) writes a {@link Wire}: each sentence as its
     * offsets into {@code text} when its text is that span, so the text travels once, not twice.
     */
    @Serial
    private Object writeReplace() {
        return new Wire(this);
    }

    /** The serialised form of an article; see {@link #writeReplace()}. */
    private static final class Wire implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private final String id;
        private final String source;
        private final String url;
        private final String title;
        private final LocalDate published;
        private final String outlet;
        private final String credit;
        private final String dateline;
        private final String text;
        private final List<RemovedLine> removed;
        private final List<String> repairs;
        /** start, end and paragraph of each sentence whose text is its span of {@code text}. */
        private final int[] spans;
        /** The sentences, only when some sentence's text is not its span of {@code text}. */
        private final List<Sentence> sentences;
        private final LocalDate modified;
        private final List<String> authors;
        private final String language;
        private final String canonical;
        private final OffsetDateTime publishedTime;

        Wire(Article a) {
            id = a.id;
            source = a.source;
            url = a.url;
            title = a.title;
            published = a.published;
            outlet = a.outlet;
            credit = a.credit;
            dateline = a.dateline;
            text = a.text;
            removed = a.removed;
            repairs = a.repairs;
            modified = a.modified;
            authors = a.authors;
            language = a.language;
            canonical = a.canonical;
            publishedTime = a.publishedTime;
            int[] s = new int[3 * a.sentences.size()];
            boolean spansHold = true;
            for (int i = 0; i < a.sentences.size() && spansHold; i++) {
                Sentence sentence = a.sentences.get(i);
                spansHold = sentence.start() >= 0 && sentence.end() <= a.text.length()
                        && sentence.end() - sentence.start() == sentence.text().length()
                        && a.text.startsWith(sentence.text(), sentence.start());
                s[3 * i] = sentence.start();
                s[3 * i + 1] = sentence.end();
                s[3 * i + 2] = sentence.paragraph();
            }
            spans = spansHold ? s : null;
            sentences = spansHold ? null : a.sentences;
        }

        @Serial
        private Object readResolve() {
            List<Sentence> restored = sentences;
            if (restored == null) {
                restored = new ArrayList<>(spans.length / 3);
                for (int i = 0; i < spans.length; i += 3) {
                    restored.add(new Sentence(text.substring(spans[i], spans[i + 1]), spans[i], spans[i + 1],
                            spans[i + 2]));
                }
            }
            return new Article(id, source, url, title, published, outlet, credit, dateline, text, removed, repairs,
                    restored, modified, authors, language, canonical, publishedTime);
        }
    }
}
