package org.storyfold.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.Outcome;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void readsNetscapeRss091DespiteItsDoctypeAndHtmlEntities() throws IOException {
        ParsedFeed feed = parse("netscape-rss091.rss");
        assertThat(feed.title()).isEqualTo("Café Wire");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.title()).isEqualTo("Mayor’s plan — a new bridge");
        assertThat(e.summary()).startsWith("The city’s mayor unveiled");
        assertThat(feed.notes()).contains("DOCTYPE ignored");
    }

    @Test
    void turnsTypedTitlesIntoTheTextAReaderSees() throws IOException {
        ParsedFeed feed = parse("atom10-typed-titles.atom");
        assertThat(feed.title()).isEqualTo("Example Atom News");
        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly(
                "Don’t panic & relax", "Example Atom entry", "Storm warning issued");
        assertThat(feed.entries()).extracting(FeedEntry::title)
                .noneMatch(t -> t.contains("<") || t.contains("script") || t.contains("onerror") || t.contains("&#"));
        FeedEntry first = feed.entries().get(0);
        assertThat(first.link()).isEqualTo("https://news.example/dont-panic");
        assertThat(first.author()).isEqualTo("Ann Reporter");
        assertThat(first.published()).isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
        assertThat(first.content()).contains("<div class=\"story\">").contains("The siren test ran for ten minutes.");
        assertThat(feed.entries().get(1).summary()).isEqualTo("<p>A plain summary &amp; no more.</p>");
        assertThat(feed.entries().get(2).content()).contains("Forecasters issued a storm warning");
        assertThat(feed.notes()).isEmpty();
    }

    @Test
    void decodesIndentedBase64BodiesAndUnescapesAtom03Titles() throws IOException {
        ParsedFeed feed = parse("atom03-base64.atom");
        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Salt & pepper", "Bread & butter");
        assertThat(feed.entries().get(0).content()).isEqualTo("<p>The council voted to raise the salt tax.</p>");
        assertThat(feed.entries().get(1).content()).isEqualTo("<p>Bakers warned of higher prices.</p>");
        assertThat(feed.entries().get(0).published()).isEqualTo(Instant.parse("2004-01-01T12:00:00Z"));
        assertThat(feed.entries().get(0).link()).isEqualTo("http://old.example/salt");
        assertThat(feed.notes()).contains("2 bodies decoded from base64");
    }

    @Test
    void readsItemsOutsideTheChannel() throws IOException {
        ParsedFeed feed = parse("rss20-stray-items.rss");
        assertThat(feed.title()).isEqualTo("Stray Items Daily");
        assertThat(feed.entries()).extracting(FeedEntry::link)
                .containsExactly("https://stray.example/1", "https://stray.example/2");
        assertThat(feed.entries().get(0).published()).isEqualTo(Instant.parse("2024-05-07T09:00:00Z"));
        assertThat(feed.notes()).contains("2 items outside <channel> read as the channel's");
    }

    @Test
    void recoversTheItemsOfATruncatedFeedAndSaysWhatWasWrong() throws IOException {
        ParsedFeed feed = parse("rss20-truncated.rss");
        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Complete item", "Cut item");
        assertThat(feed.entries().get(0).summary()).isEqualTo("This item is whole and must be read.");
        assertThat(feed.notes()).anyMatch(n -> n.startsWith("broken XML"));
    }

    @Test
    void readsBodiesTitlesAndDatesUnderTheirOtherNames() throws IOException {
        List<FeedEntry> entries = parse("rss20-extra-fields.rss").entries();
        assertThat(entries).extracting(FeedEntry::title).containsExactly("Body in xhtml:body", "Body in fullitem",
                "Summary in dc:description", "Summary in itunes:summary", "Summary in media:description");
        assertThat(entries.get(0).content()).contains("<p>The harbour reopened on Monday after the storm.</p>")
                .contains("Ferries resumed at noon.");
        assertThat(entries.get(0).published()).isEqualTo(Instant.parse("2024-03-04T05:06:07Z"));
        assertThat(entries.get(0).updated()).isEqualTo(Instant.parse("2024-03-05T05:06:07Z"));
        assertThat(entries.get(1).content()).isEqualTo("<p>The museum received a rare painting from a private donor.</p>");
        assertThat(entries.get(2).body()).isEqualTo("Voters in the district go to the polls on Sunday.");
        assertThat(entries.get(3).body()).isEqualTo("This week's episode looks at the new rail line.");
        assertThat(entries.get(4).body()).isEqualTo("Pictures from the marathon in the city centre.");
    }

    @Test
    void readsRss10RdfWithDublinCore() throws IOException {
        ParsedFeed feed = parse("rdf10.rdf");
        assertThat(feed.format()).isEqualTo("rss_1.0");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.title()).isEqualTo("Council approves budget");
        assertThat(e.date()).isEqualTo(Instant.parse("2024-02-01T17:30:00Z"));
        assertThat(e.author()).isEqualTo("Rita Writer");
    }

    @Test
    void readsJsonFeed() throws IOException {
        ParsedFeed feed = parse("jsonfeed.json");
        assertThat(feed.format()).isEqualTo("json");
        assertThat(feed.title()).isEqualTo("JSON & Feed");
        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly("https://json.example/1", "https://json.example/2");
        assertThat(feed.entries().get(0).author()).isEqualTo("Jo Economist");
        assertThat(feed.entries().get(1).content()).isEqualTo("<p>First paragraph.</p><p>Second paragraph.</p>");
        assertThat(feed.entries().get(1).date()).isEqualTo(Instant.parse("2024-04-05T08:00:00Z"));
    }

    @Test
    void readsUtf32AndUtf16Feeds() {
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wide</title><item>"
                + "<title>Zürich votes</title><link>https://wide.example/z</link><description>Ballots counted.</description>"
                + "</item></channel></rss>";
        for (String charset : List.of("UTF-32BE", "UTF-32LE", "UTF-16LE", "UTF-16BE")) {
            ParsedFeed feed = ok(parser.parse("wide", xml.getBytes(Charset.forName(charset)), null));
            assertThat(feed.entries()).extracting(FeedEntry::title).as(charset).containsExactly("Zürich votes");
        }
    }

    @Test
    void sniffsTheBytesWhenTheEncodingNameIsUnknown() {
        String xml = "<?xml version=\"1.0\" encoding=\"x-made-up\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>Café opens</title><description>d</description></item></channel></rss>";
        ParsedFeed utf8 = ok(parser.parse("u", xml.getBytes(StandardCharsets.UTF_8), null));
        assertThat(utf8.entries().get(0).title()).isEqualTo("Café opens");
        assertThat(utf8.notes()).anyMatch(n -> n.startsWith("unknown encoding \"x-made-up\""));
        ParsedFeed latin = ok(parser.parse("l", xml.getBytes(Charset.forName("windows-1252")), null));
        assertThat(latin.entries().get(0).title()).isEqualTo("Café opens");
    }

    @Test
    void rejectsWhatIsNoFeedWithItsReason() {
        assertThat(rejection("<html><head><title>x</title></head><body>Hi</body></html>"))
                .isEqualTo("an HTML page, not a feed");
        assertThat(rejection("<urlset><url><loc>https://x/</loc></url></urlset>"))
                .isEqualTo("not an RSS or Atom feed (a sitemap)");
        assertThat(rejection("   ")).startsWith("empty");
        assertThat(rejection("{\"a\": 1}")).startsWith("not a JSON Feed");
    }

    private String rejection(String text) {
        Outcome<ParsedFeed> o = parser.parse("x", text.getBytes(StandardCharsets.UTF_8), null);
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<ParsedFeed>) o).reason();
    }

    private ParsedFeed parse(String fixture) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + fixture)) {
            return ok(parser.parse(fixture, in.readAllBytes(), null));
        }
    }

    private static ParsedFeed ok(Outcome<ParsedFeed> o) {
        assertThat(o).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<ParsedFeed>) o).value();
    }
}
