/**
 * Renders storyfold's pages as HTML: a story page (answers first, the rest folded), an article
 * page, story lists and search results, and a copy's changes. The server sends them, and {@code
 * digest --format html} writes the same story pages into one self-contained file. Pages are built
 * as jsoup documents, so that every piece of article text is escaped as text, never written as
 * markup.
 */
package org.storyfold.app.page;
