package org.storyfold.extract;

import java.util.List;

/**
 * A page cut into text blocks (paragraphs, headings, list items, lines), with the metadata its
 * format states, before any cleaning.
 *
 * @param blocks   the text blocks in reading order; none contains a line break
 * @param metadata what the markup states (all null for plain text)
 */
record Page(List<String> blocks, PageMetadata metadata) {

    static final PageMetadata NONE = new PageMetadata(null, List.of(), null, false, List.of(), null, null, null, null, null, List.of(), List.of());

    Page {
        blocks = List.copyOf(blocks);
    }
}
