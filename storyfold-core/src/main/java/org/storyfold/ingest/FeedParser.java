package org.storyfold.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.DateParser;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.storyfold.Outcome;

/**
 * Reads a feed's bytes into its entries as forgivingly as the best feed readers (feedparser,
 * Miniflux): RSS 0.9x, 1.0 (RDF) and 2.0, Atom 0.3 and 1.0, and JSON Feed.
 *
 * <ol>
 *   <li>The bytes are decoded ({@link FeedDecoder}: byte-order marks, UTF-32 and UTF-16, the
 *       declared encoding, else sniffed).</li>
 *   <li>JSON Feed is read as JSON; XML is repaired into well-formed XML ({@link FeedXmlRepair}:
 *       broken tags, DOCTYPEs, HTML entities, Windows-1252 references, base64 bodies, stray items).</li>
 *   <li>Rome maps the repaired XML to entries: links, ids, dates, authors and bodies in every
 *       format and version.</li>
 *   <li>What Rome leaves out or gets wrong is read from the same item in the repaired tree:
 *       titles as the text a reader sees (typed HTML and XHTML titles unescaped, markup and
 *       scripts dropped), and bodies, summaries, titles and dates under the other names real feeds
 *       use ({@link FeedFields}).</li>
 * </ol>
 *
 * What was repaired is in {@link ParsedFeed#notes()}; a document that is no feed at all is a
 * rejection with its reason. Thread-safe: it holds no state.
 */
public final class FeedParser {

    /**
     * @param source        names the feed in a rejection (a path or a URL)
     * @param bytes         the feed as fetched or read
     * @param statedCharset the transport's charset (an HTTP {@code Content-Type}), or null
     */
    public Outcome<ParsedFeed> parse(String source, byte[] bytes, String statedCharset) {
        String why = InputBytes.whyNotText(bytes, 0, bytes.length);
        if (why != null && !why.startsWith("binary content (NUL")) {
            return Outcome.rejected(source, why);
        }
        FeedDecoder.Decoded decoded = FeedDecoder.decode(bytes, statedCharset);
        String text = decoded.text().strip();
        if (text.isEmpty()) {
            return Outcome.rejected(source, "empty");
        }
        if (text.startsWith("{")) {
            return JsonFeedParser.parse(source, text, decoded.notes());
        }
        // 2. Repair.
        FeedXmlRepair.Repaired repaired = FeedXmlRepair.repair(text);
        Element root = FeedXmlRepair.root(repaired.tree());
        String kind = root == null ? "" : root.tagName().toLowerCase(Locale.ROOT);
        if (kind.equals("html") || kind.endsWith(":html")) {
            return Outcome.rejected(source, "an HTML page, not a feed");
        }
        if (kind.equals("urlset") || kind.equals("sitemapindex")) {
            return Outcome.rejected(source, "not an RSS or Atom feed (a sitemap)");
        }
        // 3. Rome.
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(repaired.xml()));
        } catch (FeedException | IllegalArgumentException e) {
            return Outcome.rejected(source, "not an RSS or Atom feed (" + firstLine(e.getMessage()) + ")");
        }
        // 4. What Rome leaves out, from the same items in the tree.
        List<Element> items = root.getElementsByTag(kind.equals("feed") ? "entry" : "item");
        List<SyndEntry> syndEntries = feed.getEntries();
        boolean aligned = items.size() == syndEntries.size();
        List<FeedEntry> entries = new ArrayList<>(syndEntries.size());
        for (int i = 0; i < syndEntries.size(); i++) {
            entries.add(entry(syndEntries.get(i), aligned ? items.get(i) : null));
        }
        List<String> notes = new ArrayList<>(decoded.notes());
        notes.addAll(repaired.notes());
        String title = feedTitle(root, kind);
        return Outcome.ok(new ParsedFeed(feed.getFeedType(), title != null ? title : plain(feed.getTitle()),
                blankToNull(feed.getLink()), entries, notes));
    }

    private static FeedEntry entry(SyndEntry e, Element item) {
        String title = item == null ? null : textOf(first(item, FeedFields.TITLES));
        if (title == null) {
            title = e.getTitleEx() != null && "text".equals(e.getTitleEx().getType())
                    ? blankToNull(e.getTitle()) : plain(e.getTitle());
        }
        String link = blankToNull(e.getLink());
        if (link == null && e.getUri() != null && e.getUri().startsWith("http")) {
            link = e.getUri().strip();
        }
        String content = romeContent(e);
        String summary = e.getDescription() == null ? null : html(e.getDescription());
        // Dates from the tree first: Rome takes an Atom 0.3 entry's modified date for its published one.
        Instant published = item == null ? null : dateOf(item, FeedFields.PUBLISHED);
        Instant updated = item == null ? null : dateOf(item, FeedFields.UPDATED);
        if (published == null) {
            published = instant(e.getPublishedDate());
        }
        if (updated == null) {
            updated = instant(e.getUpdatedDate());
        }
        String author = blankToNull(e.getAuthor());
        if (item != null) {
            if (content == null) {
                content = bodyOf(first(item, FeedFields.BODIES));
            }
            if (summary == null) {
                summary = bodyOf(first(item, FeedFields.SUMMARIES));
            }
            if (author == null) {
                author = textOf(first(item, FeedFields.AUTHORS));
            }
        }
        return new FeedEntry(blankToNull(e.getUri()), link, title, author, published, updated, content, summary);
    }

    /** The first of the named children (or child paths) of an item that has text, or null. */
    private static Element first(Element item, List<String> names) {
        for (String name : names) {
            for (Element child : item.select("> " + escapeSelector(name))) {
                if (!child.wholeText().isBlank() || !child.children().isEmpty()) {
                    return child;
                }
            }
        }
        return null;
    }

    private static String escapeSelector(String name) {
        return name.replace(":", "|");
    }

    /** A title element's text as a reader sees it: typed text kept as it is, anything else read as HTML. */
    private static String textOf(Element e) {
        if (e == null) {
            return null;
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        if (type.equals("xhtml") || type.endsWith("xhtml+xml") || !e.children().isEmpty()) {
            return blankToNull(Jsoup.parse(e.html()).text());
        }
        if (type.equals("text") && !e.attr("mode").equals("escaped")) {
            return blankToNull(e.wholeText().strip().replaceAll("\\s+", " "));
        }
        return plain(e.wholeText());
    }

    /** An element's body as HTML: its markup if it holds elements (xhtml:body), else its text (escaped HTML). */
    private static String bodyOf(Element e) {
        if (e == null) {
            return null;
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        if (!e.children().isEmpty()) {
            return blankToNull(e.html());
        }
        String text = e.wholeText();
        return blankToNull(type.equals("text") || type.equals("text/plain") ? escape(text) : text);
    }

    private static Instant dateOf(Element item, List<String> names) {
        for (String name : names) {
            for (Element child : item.select("> " + escapeSelector(name))) {
                Date d = DateParser.parseDate(child.wholeText().strip(), Locale.US);
                if (d != null) {
                    return d.toInstant();
                }
            }
        }
        return null;
    }

    private static String romeContent(SyndEntry e) {
        for (SyndContent c : e.getContents()) {
            String value = html(c);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A Rome body as HTML: plain text is escaped, markup kept. */
    private static String html(SyndContent c) {
        if (c.getValue() == null || c.getValue().isBlank()) {
            return null;
        }
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        // RSS says text/plain of descriptions that are HTML in practice; only Atom's explicit text is plain.
        return type.equals("text") ? escape(c.getValue()) : c.getValue();
    }

    private static String feedTitle(Element root, String kind) {
        Element head = kind.equals("rss") ? root.selectFirst("> channel") : kind.endsWith("rdf")
                ? root.selectFirst("> channel") : root;
        return head == null ? null : textOf(first(head, FeedFields.TITLES));
    }

    /** Text that may hold markup or entities, as the text a reader sees. */
    static String plain(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s.strip().replaceAll("\\s+", " ");
        }
        return blankToNull(Jsoup.parse(s).text());
    }

    private static String escape(String text) {
        return "<p>" + Entities.escape(text.strip()).replaceAll("\\n\\s*\\n", "</p><p>") + "</p>";
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    static String blankToNull(String s) {
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
