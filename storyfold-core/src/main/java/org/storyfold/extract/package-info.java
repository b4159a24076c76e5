/**
 * Turns raw documents into articles: finds the article's text among the page furniture (comment
 * widgets, related links, teasers, AI-summary banners, captions, bylines, repeated titles, stray
 * characters, lines an outlet repeats across its articles, paragraphs that articles with unrelated
 * text print) and its metadata (title, published and modified dates, authors, language, dateline,
 * agency credit, outlet, canonical address), keeping every line it removed with the reason. HTML goes through a cascade on jsoup: block
 * segmentation, a maximum-subtree choice of the main text, rescues, and the JSON-LD body. A page
 * without enough prose to be an article (a login wall, an error page, a notice) is rejected with
 * the reason.
 */
package org.storyfold.extract;
