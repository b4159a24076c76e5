/**
 * Serves a data folder over HTTP: a JSON API over the store (stories, articles, differences,
 * search, new articles) and the web page that reads it, bound to the loopback interface unless
 * told otherwise.
 *
 * <p>Every failure a client can cause becomes a 4xx status with a JSON body
 * {@code {"error": {"status", "message"}}}, decided in one place ({@link ApiServer}); article
 * text always leaves as JSON strings, and the page puts it in the document as text, never as
 * markup.
 */
package org.storyfold.app.server;
