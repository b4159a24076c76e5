package org.storyfold.ingest;

import java.util.function.Consumer;
import org.storyfold.Outcome;

/**
 * Reads a feed file ({@link FeedParser}: RSS, Atom, RDF, JSON Feed, read forgivingly): each item
 * becomes an HTML document of its fullest body (full content, else its summary), with the item's
 * link, title and date and the feed's title as the outlet; what was repaired to read the feed is
 * noted on each document. An item without a body is reported and skipped; a file that is not a
 * feed is reported once. Thread-safe: it holds only configuration.
 */
public final class FeedReader implements DocumentReader {

    private final IngestConfig config;
    private final FeedParser parser = new FeedParser();

    public FeedReader(IngestConfig config) {
        this.config = config;
    }

    @Override
    public void read(InputFile file, Consumer<Outcome<RawDocument>> sink) {
        byte[] bytes = InputBytes.readFile(file, config.maxDocumentBytes(), sink);
        if (bytes == null) {
            return;
        }
        Outcome<ParsedFeed> parsed = parser.parse(file.source(), bytes, null);
        if (parsed instanceof Outcome.Rejected<ParsedFeed> r) {
            sink.accept(r.retype());
            return;
        }
        ParsedFeed feed = ((Outcome.Ok<ParsedFeed>) parsed).value();
        int number = 0;
        for (FeedEntry entry : feed.entries()) {
            number++;
            String source = file.source() + ":" + number;
            String body = entry.body();
            if (body == null) {
                sink.accept(Outcome.rejected(source, "feed item without content or description"));
                continue;
            }
            sink.accept(Outcome.ok(new RawDocument(file.id() + ":" + number, source, ContentType.HTML, body,
                    entry.link(), entry.title(), entry.date() == null ? null : entry.date().toString(),
                    feed.title(), feed.notes(), null, entry.authors())));
        }
    }
}
