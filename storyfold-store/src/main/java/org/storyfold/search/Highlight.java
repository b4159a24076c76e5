package org.storyfold.search;

import java.util.List;

/**
 * A passage of a matching text with the spans that matched the query, so that a page can mark
 * them without treating the text as markup.
 *
 * @param text    the passage, verbatim
 * @param matches the matching spans, as offsets into {@code text}, in order
 */
public record Highlight(String text, List<Span> matches) {

    public Highlight {
        matches = List.copyOf(matches);
    }

    /** A matching span: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("a span needs 0 <= start <= end, got " + start + ".." + end);
            }
        }
    }
}
