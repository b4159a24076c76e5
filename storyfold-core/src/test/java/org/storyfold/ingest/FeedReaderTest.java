package org.storyfold.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Outcome;

class FeedReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEachRssItemWithItsLinkTitleDateAndFullContent() throws IOException {
        Files.writeString(dir.resolve("world.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Example News</title><link>https://example.com/</link><description>World</description>
                <item><title>IS fighters surrender as Raqa's fall nears</title>
                  <link>https://example.com/raqa</link>
                  <pubDate>Sat, 14 Oct 2017 12:00:00 GMT</pubDate>
                  <description>Dozens of fighters surrender.</description>
                  <content:encoded><![CDATA[<p>Dozens of Islamic State group fighters have surrendered in Raqa, the coalition said.</p><p>A monitor said no Syrian members remained.</p>]]></content:encoded>
                </item>
                <item><title>Empty item</title><link>https://example.com/empty</link></item>
                <item><title>Talks held on civilian exit from Raqa</title><link>https://example.com/exit</link>
                  <description>Talks on the safe exit of civilians from Raqa were under way on Saturday.</description></item>
                </channel></rss>
                """);
        List<Outcome<RawDocument>> outcomes = read();
        List<RawDocument> docs = WarcFileReaderTest.documents(outcomes);
        assertThat(docs).extracting(RawDocument::id).containsExactly("world:1", "world:3");
        RawDocument first = docs.get(0);
        assertThat(first.url()).isEqualTo("https://example.com/raqa");
        assertThat(first.title()).isEqualTo("IS fighters surrender as Raqa's fall nears");
        assertThat(first.published()).startsWith("2017-10-14");
        assertThat(first.outlet()).isEqualTo("Example News");
        assertThat(first.content()).contains("A monitor said no Syrian members remained.");
        assertThat(docs.get(1).content()).startsWith("Talks on the safe exit");
        assertThat(WarcFileReaderTest.rejections(outcomes)).containsExactly("world.rss:2: feed item without content or description");
    }

    @Test
    void readsAtomEntries() throws IOException {
        Files.writeString(dir.resolve("atom.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:x</id>
                <updated>2017-10-15T09:00:00Z</updated>
                <entry><title>Talks held on civilian exit from Raqa</title><id>urn:y</id>
                  <link href="https://example.com/exit"/><published>2017-10-15T08:00:00Z</published>
                  <updated>2017-10-15T09:00:00Z</updated>
                  <content type="html">&lt;p&gt;Talks on the safe exit of civilians were under way.&lt;/p&gt;</content></entry>
                </feed>
                """);
        List<RawDocument> docs = WarcFileReaderTest.documents(read());
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.url()).isEqualTo("https://example.com/exit");
            assertThat(d.published()).startsWith("2017-10-15");
            assertThat(d.content()).contains("<p>Talks on the safe exit");
        });
    }

    @Test
    void reportsAnXmlFileThatIsNotAFeed() throws IOException {
        Files.writeString(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>");
        assertThat(WarcFileReaderTest.rejections(read())).singleElement().asString()
                .startsWith("sitemap.xml: not an RSS or Atom feed (");
    }

    @Test
    void readsRdfFilesAndNotesWhatWasRepaired() throws IOException {
        for (String name : List.of("rdf10.rdf", "netscape-rss091.rss")) {
            try (var in = FeedReaderTest.class.getResourceAsStream("/feeds/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        List<RawDocument> docs = WarcFileReaderTest.documents(read());
        assertThat(docs).extracting(RawDocument::title).containsExactly("Mayor’s plan — a new bridge", "Council approves budget");
        assertThat(docs.get(0).notes()).contains("DOCTYPE ignored");
        assertThat(docs.get(1).outlet()).isEqualTo("RDF Gazette");
        assertThat(docs.get(1).published()).isEqualTo("2024-02-01T17:30:00Z");
    }

    @Test
    void aFeedItemsAuthorNamesTheArticleWhenThePageNamesNoOne() throws IOException {
        Files.writeString(dir.resolve("bylines.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example News</title>
                <link>https://example.com/</link><description>World</description>
                <item><title>IS fighters surrender as Raqa's fall nears</title><link>https://example.com/raqa</link>
                  <author>desk@example.com (Ellen Francis)</author>
                  <description><![CDATA[<p>Dozens of Islamic State group fighters have surrendered in their former Syrian stronghold of Raqa, the US-led coalition said on Saturday.</p><p>A monitor said no Syrian members of the group remained in Raqa, and that negotiations on the fate of foreign fighters were ongoing.</p>]]></description></item>
                <item><title>Talks held on civilian exit from Raqa</title><link>https://example.com/exit</link>
                  <dc:creator>Delil Souleiman and Rana Moussaoui</dc:creator>
                  <description><![CDATA[<p>Talks on the safe exit of civilians trapped in Syria's Raqa were under way on Wednesday, as US-backed forces prepare a final push to recapture the city.</p><p>The Syrian Democratic Forces have taken around 90 percent of the city since they broke into it in June.</p>]]></description></item>
                <item><title>Mayadeen falls</title><link>https://example.com/mayadeen</link>
                  <author>desk@example.com</author>
                  <description><![CDATA[<p>Troops of the Syrian regime and allied forces captured the city of Mayadeen from the jihadists, state media said on Saturday.</p><p>The town had become a refuge for the group's leaders as its self-proclaimed caliphate crumbled.</p>]]></description></item>
                </channel></rss>
                """);
        List<RawDocument> docs = WarcFileReaderTest.documents(read());
        List<List<String>> authors = docs.stream().map(d -> {
            var extracted = new org.storyfold.extract.ArticleExtractor().extract(d);
            return ((Outcome.Ok<org.storyfold.extract.Article>) extracted).value().authors();
        }).toList();
        assertThat(authors).containsExactly(List.of("Ellen Francis"), List.of("Delil Souleiman", "Rana Moussaoui"), List.of());
    }

    private List<Outcome<RawDocument>> read() {
        List<Outcome<RawDocument>> outcomes = new ArrayList<>();
        new FileIngester(IngestConfig.defaults()).ingest(List.of(dir), outcomes::add);
        return outcomes;
    }
}
