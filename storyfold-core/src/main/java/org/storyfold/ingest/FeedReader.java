package org.storyfold.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.Consumer;
import org.storyfold.Outcome;

/**
 * Reads an RSS or Atom feed (with Rome): each item becomes an HTML document of its full content
 * ({@code content:encoded}, Atom {@code content}), else its description, with the item's link,
 * title and date and the feed's title as the outlet. An item without content is reported and
 * skipped; a file that is not a feed is reported once. Thread-safe: it holds only configuration.
 */
public final class FeedReader implements DocumentReader {

    private final IngestConfig config;

    public FeedReader(IngestConfig config) {
        this.config = config;
    }

    @Override
    public void read(InputFile file, Consumer<Outcome<RawDocument>> sink) {
        SyndFeed feed;
        try (InputStream in = file.open()) {
            byte[] bytes = InputBytes.readBounded(in, config.maxDocumentBytes());
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            sink.accept(Outcome.rejected(file.source(), InputBytes.describe(e)));
            return;
        } catch (FeedException | IllegalArgumentException e) {
            sink.accept(Outcome.rejected(file.source(), "not an RSS or Atom feed (" + firstLine(e.getMessage()) + ")"));
            return;
        }
        int number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            String source = file.source() + ":" + number;
            String content = content(entry);
            if (content == null || content.isBlank()) {
                sink.accept(Outcome.rejected(source, "feed item without content or description"));
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            sink.accept(Outcome.ok(new RawDocument(file.id() + ":" + number, source, ContentType.HTML, content,
                    blankToNull(entry.getLink()), blankToNull(entry.getTitle()),
                    date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString(),
                    blankToNull(feed.getTitle()))));
        }
    }

    private static String content(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                return c.getValue();
            }
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
