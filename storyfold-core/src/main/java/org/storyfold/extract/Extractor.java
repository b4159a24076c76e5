package org.storyfold.extract;

import org.storyfold.Outcome;
import org.storyfold.ingest.RawDocument;

/** Turns one raw document into an article, or rejects it with a reason (no text, ...). */
@FunctionalInterface
public interface Extractor {

    Outcome<Article> extract(RawDocument document);
}
