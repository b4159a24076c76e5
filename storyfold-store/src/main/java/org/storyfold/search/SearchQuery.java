package org.storyfold.search;

import java.time.LocalDate;

/**
 * A query and its filters. Without {@code text} it lists everything that passes the filters,
 * newest first.
 *
 * @param text     the words to find (Lucene's simple syntax: {@code "a phrase"}, {@code -not},
 *                 {@code a | b}, {@code prefix*}), or null to list
 * @param outlet   only articles of this outlet (case-insensitive), or stories with one; null for any
 * @param from     only dates on or after this day, or null
 * @param to       only dates on or before this day, or null
 * @param language only this language (ISO 639-1 code, {@code en}), or null for any
 * @param offset   how many hits to skip, in [0, {@value #MAX_OFFSET}]
 * @param limit    how many hits to return, in [1, {@value #MAX_LIMIT}]
 * @param order    how a listing without text is ordered: {@link Order#NEWEST} or {@link Order#SOURCES}
 *                 (most independent sources first); a query with text is ordered by relevance
 * @param after    for stories: the cursor a previous page gave ({@link ResultPage#next()}), to list on from
 *                 there however deep; null for the first page (with {@code offset})
 */
public record SearchQuery(String text, String outlet, LocalDate from, LocalDate to, String language, int offset,
                          int limit, Order order, String after) {

    /** How a listing is ordered. */
    public enum Order {
        /** Latest date first, undated stories last. */
        NEWEST,
        /** Most independent sources first, then latest first. */
        SOURCES
    }

    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;
    public static final int MAX_TEXT = 1_000;
    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        text = blankToNull(text);
        outlet = blankToNull(outlet);
        language = blankToNull(language);
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the query must be at most " + MAX_TEXT + " characters, got "
                    + text.length());
        }
        if (outlet != null && outlet.length() > 200) {
            throw new IllegalArgumentException("outlet must be at most 200 characters, got " + outlet.length());
        }
        if (language != null && !language.matches("[A-Za-z]{2,3}")) {
            throw new IllegalArgumentException("language must be a 2- or 3-letter code such as en, got \""
                    + language + "\"");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be in [0, " + MAX_OFFSET + "], got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in [1, " + MAX_LIMIT + "], got " + limit);
        }
        order = order == null ? Order.NEWEST : order;
        after = blankToNull(after);
        if (after != null && offset != 0) {
            throw new IllegalArgumentException("give either offset or after, not both");
        }
    }

    /** A query listed newest first, from its first page. */
    public SearchQuery(String text, String outlet, LocalDate from, LocalDate to, String language, int offset,
                       int limit) {
        this(text, outlet, from, to, language, offset, limit, Order.NEWEST, null);
    }

    /** The first page of hits for {@code text}, unfiltered. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
