/**
 * Turns raw documents into articles: finds the article's text among the page furniture (comment
 * widgets, related links, AI-summary banners, captions, repeated titles, stray characters) and its
 * metadata (title, published date, dateline, agency credit, outlet), keeping every line it removed
 * with the reason.
 */
package org.storyfold.extract;
