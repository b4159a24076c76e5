package org.storyfold.watch;

import java.time.Duration;

/** What one fetch gave: a body, a 304, or a failure with its one-line reason. */
public sealed interface FetchResult {

    /** The final address after redirects. */
    String url();

    /**
     * A 200 response read whole.
     *
     * @param contentType  the {@code Content-Type} header, or null
     * @param charset      the charset it states, or null
     * @param etag         its {@code ETag}, or null
     * @param lastModified its {@code Last-Modified}, or null
     */
    record Body(String url, byte[] bytes, String contentType, String charset, String etag, String lastModified)
            implements FetchResult {
    }

    /** A 3xx to follow: a step inside {@link HttpFetcher#fetch}, which follows it and never returns it. */
    record Redirect(String url, String location) implements FetchResult {
    }

    /** A 304: nothing changed since the validators sent. */
    record NotModified(String url) implements FetchResult {
    }

    /**
     * A failure.
     *
     * @param reason     one line: {@code HTTP 404}, {@code larger than 10 MiB}, {@code too many redirects}, ...
     * @param status     the HTTP status, or 0 when there was none
     * @param retryAfter how long the server asked to be left alone, or null
     * @param hostFault  whether it counts against the host (5xx, 429, timeouts, refused connections),
     *                   as opposed to one missing page or a robots rule
     */
    record Failed(String url, String reason, int status, Duration retryAfter, boolean hostFault)
            implements FetchResult {
    }
}
