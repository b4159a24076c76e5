package org.storyfold.extract;

import java.util.List;

/**
 * What a page's markup states about its article, before any cleaning; every field may be null.
 *
 * @param title       the headline: the page's own {@code h1} when the metadata confirms it, else the
 *                    metadata title without the site's name
 * @param published   the publication date as written (meta tags, JSON-LD, the article's {@code <time>})
 * @param modified    the last modification date as written
 * @param authors     the authors' names, in order, never empty strings
 * @param outlet      the site name the page states
 * @param language    the page's language as a lower-case primary tag ({@code en}, {@code pt})
 * @param canonical   the canonical address the page states
 * @param articleBody the article text the page's JSON-LD states, paragraphs separated by line breaks
 * @param printedDate a date printed beside the headline (a short line above the main text), as written
 */
record PageMetadata(String title, String published, String modified, List<String> authors, String outlet,
                    String language, String canonical, String articleBody, String printedDate) {

    PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
