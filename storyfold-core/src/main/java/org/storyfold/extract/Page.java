package org.storyfold.extract;

import java.util.List;

/**
 * A page cut into text blocks (paragraphs, headings, list items, lines), with the metadata its
 * format states, before any cleaning.
 *
 * @param blocks    the text blocks in reading order; none contains a line break
 * @param title     the title the markup states, or null
 * @param published the publication date as the markup writes it, or null
 * @param url       the canonical address the markup states, or null
 * @param outlet    the site name the markup states, or null
 */
record Page(List<String> blocks, String title, String published, String url, String outlet) {
    Page {
        blocks = List.copyOf(blocks);
    }
}
