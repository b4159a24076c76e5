package org.storyfold.bench;

/** An article body extractor under evaluation: storyfold's own, or a peer run beside it. */
interface BodyExtractor {

    /** The name printed in the results table. */
    String name();

    /** The article body of one page as plain text; empty when the extractor finds none. */
    String body(String html, String url);
}
