package org.storyfold.ingest;

import java.util.function.Consumer;
import org.storyfold.Outcome;

/**
 * Turns one input file into raw documents, passing each document, or each rejection with its
 * reason, to the sink. Implementations never throw for bad content: they report it.
 */
@FunctionalInterface
public interface DocumentReader {

    void read(InputFile file, Consumer<Outcome<RawDocument>> sink);
}
