package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.Outcome;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;

/** Title, dates, authors, outlet and language as hand-made pages state them, each source on its own. */
class PageMetadataTest {

    /** Enough prose for any page to be an article. */
    private static final String BODY = """
            <p>Dozens of Islamic State group fighters have surrendered in their former Syrian stronghold of Raqa,
            the US-led coalition said on Saturday, as the fall of the one-time jihadist bastion nears.</p>
            <p>A war monitor said no Syrian members of the group remained in the city, and that negotiations on the
            fate of the foreign fighters who remain there were still going on between the sides.</p>
            <p>“Within the past 24 hours, approximately 100 terrorists have surrendered in Raqa,” the coalition said
            in a statement, adding that they had been removed from the city.</p>
            """;

    private static Article extract(String head, String body, String url, Instant fetched) {
        String html = "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
        Outcome<Article> o = new ArticleExtractor().extract(new RawDocument("p", "p.html", ContentType.HTML, html, url,
                null, null, null, List.of(), fetched));
        assertThat(o).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<Article>) o).value();
    }

    private static Article extract(String head, String body) {
        return extract(head, body, null, null);
    }

    // Outlet: each source of the site name, in order of trust, then the host.

    @Test
    void takesTheOutletFromJsonLdsPublisherFirst() {
        Article a = extract("""
                <meta property="og:site_name" content="Example">
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
                  "headline": "Raqa's fall nears", "publisher": {"@type": "Organization", "name": "Example News Network"}}
                </script>""", "<article><h1>Raqa's fall nears</h1>" + BODY + "</article>", "https://www.example.com/a", null);
        assertThat(a.outlet()).isEqualTo("Example News Network");
    }

    @Test
    void takesTheOutletFromAPublisherTheGraphNamesByItsId() {
        Article a = extract("""
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "Article", "headline": "Raqa's fall nears", "publisher": {"@id": "https://example.com/#org"}},
                  {"@type": "Organization", "@id": "https://example.com/#org", "name": "The Example Gazette"}]}
                </script>""", "<article><h1>Raqa's fall nears</h1>" + BODY + "</article>", "https://example.com/a", null);
        assertThat(a.outlet()).isEqualTo("The Example Gazette");
    }

    @Test
    void takesTheOutletFromOgSiteNameThenApplicationName() {
        assertThat(extract("<meta property=\"og:site_name\" content=\"Example Daily\">"
                + "<meta name=\"application-name\" content=\"ExDaily App\">", "<article>" + BODY + "</article>",
                "https://www.example.com/a", null).outlet()).isEqualTo("Example Daily");
        assertThat(extract("<meta name=\"application-name\" content=\"Example Daily\">", "<article>" + BODY + "</article>",
                "https://www.example.com/a", null).outlet()).isEqualTo("Example Daily");
    }

    @Test
    void fallsBackToTheHostWithoutWww() {
        assertThat(extract("", "<article>" + BODY + "</article>", "https://www.example-news.co.uk/world/raqa", null)
                .outlet()).isEqualTo("example-news.co.uk");
        assertThat(extract("<meta property=\"og:site_name\" content=\"https://www.example.org/\">",
                "<article>" + BODY + "</article>", "https://other.example/a", null).outlet()).isEqualTo("example.org");
    }

    @Test
    void keepsTheWireAgencyAsTheCreditBesideTheOutlet() {
        Article a = extract("<meta property=\"og:site_name\" content=\"Example Daily\">",
                "<article><p>KOBANE, Syria (AFP) – Dozens of fighters surrendered on Saturday.</p>" + BODY + "</article>");
        assertThat(a.outlet()).isEqualTo("Example Daily");
        assertThat(a.credit()).isEqualTo("AFP");
    }

    // Title.

    @Test
    void takesTheHeadlineWithoutTheSiteName() {
        assertThat(extract("<title>Raqa's fall nears | Reuters</title>", "<article>" + BODY + "</article>").title())
                .isEqualTo("Raqa's fall nears");
        assertThat(extract("<title>BBC News - Raqa's fall nears</title><meta property=\"og:site_name\" content=\"BBC News\">",
                "<article>" + BODY + "</article>").title()).isEqualTo("Raqa's fall nears");
    }

    @Test
    void takesTheHeadlineABlogPrintsUnderItsLogo() {
        Article a = extract("<title>Notes from the road | Anna's Travel Blog</title>",
                "<header><h1>Anna's Travel Blog</h1></header><div class=\"post\"><h2>Notes from the road</h2>" + BODY
                        + "</div><div class=\"sidebar\"><h2>Archives</h2></div>");
        assertThat(a.title()).isEqualTo("Notes from the road");
    }

    @Test
    void prefersTheVisibleHeadlineAMetadataTitleConfirmsOverABreadcrumb() {
        Article a = extract("<title>Raqa: fighters surrender as the city's fall nears | World</title>"
                        + "<meta property=\"og:title\" content=\"Fighters surrender as Raqa's fall nears\">",
                "<nav class=\"breadcrumb\"><h1>Raqa: fighters surrender as the city's fall nears</h1></nav>"
                        + "<article><h2 class=\"article-headline\">Fighters surrender as Raqa's fall nears</h2>" + BODY
                        + "</article>");
        assertThat(a.title()).isEqualTo("Fighters surrender as Raqa's fall nears");
    }

    @Test
    void readsAHeadlineWithoutItsRubyReadings() {
        assertThat(extract("", "<article><h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt><rp>)</rp>"
                + "</ruby>を禁止する</h1>" + BODY + "</article>").title()).isEqualTo("子どもへの体罰を禁止する");
    }

    @Test
    void takesTheHeadingTheMarkupNamesTheHeadlineWhenNoTitleConfirmsOne() {
        assertThat(extract("<title>Writing style - example.net - Web design</title>", "<div class=\"page\"><h2 itemprop=\"headline\">"
                + "Write for your readers</h2><div class=\"text\">" + BODY + "</div></div>").title())
                .isEqualTo("Write for your readers");
    }

    @Test
    void dropsAKickerPrintedInTheHeadline() {
        Article a = extract("<meta property=\"og:title\" content=\"Fighters surrender as Raqa's fall nears\">",
                "<article><h1><span class=\"kicker\">Syria</span> Fighters surrender as Raqa's fall nears</h1>" + BODY
                        + "</article>");
        assertThat(a.title()).isEqualTo("Fighters surrender as Raqa's fall nears");
    }

    @Test
    void dropsAKickerPrintedApartAtTheHeadOfTheHeadline() {
        // A kicker in <small> on a line of its own, and one in a span classed small: neither is the headline.
        Article small = extract("<title>Große Aufgaben für die neue Regierung | Hanns-Seidel-Stiftung</title>",
                "<article><h1 itemprop=\"headline\"> <small>Tunesien</small><br>Große Aufgaben für die neue Regierung</h1>"
                        + BODY + "</article>");
        assertThat(small.title()).isEqualTo("Große Aufgaben für die neue Regierung");
        Article classed = extract("<title>Initiative EnergieEffizienz - kostenloser Stromcheck | Ökologisch Bauen</title>",
                "<article><h1><span class=\"h1small\">Initiative EnergieEffizienz</span>\n Kostenloser Stromcheck für "
                        + "private Haushalte </h1>" + BODY + "</article>");
        assertThat(classed.title()).isEqualTo("Kostenloser Stromcheck für private Haushalte");
        // A headline whose first words are only emphasised keeps them.
        Article emphasis = extract("<title>Raqa: fighters surrender | Example News</title>",
                "<article><h1><span>Raqa:</span> fighters surrender as the city's fall nears</h1>" + BODY + "</article>");
        assertThat(emphasis.title()).isEqualTo("Raqa: fighters surrender as the city's fall nears");
    }

    @Test
    void readsABylineOnceWhenAScreenReaderCopyRepeatsIt() {
        Article a = extract("<title>La voix des nuls</title>", "<article><h1>La voix des nuls</h1>"
                + "<p class=\"byline\"><a class=\"authors__name\" href=\"/auteurs/jane_doe\">Jane Doe<span "
                + "class=\"u-screen-reader-text\">Jane Doe</span></a></p>" + BODY + "</article>");
        assertThat(a.authors()).containsExactly("Jane Doe");
    }

    @Test
    void takesTheFullNameThePagePrintsForAFirstDotLastHandle() {
        Article a = extract("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                + "\"NewsArticle\",\"headline\":\"Die Wahl ist entschieden\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"christian.stadtfeld\"}}</script>", "<article><h1>Die Wahl ist entschieden</h1><figure>"
                + "<p class=\"img-text\">OSTHESSEN|NEWS-Chefredakteur Christian P. Stadtfeld bewertet den Wahlausgang</p>"
                + "</figure>" + BODY + "</article>");
        assertThat(a.authors()).containsExactly("Christian P. Stadtfeld");
        assertThat(AuthorFinder.printedFullName("jane_doe", "by jane doe and Jane Doe")).isEqualTo("Jane Doe");
        assertThat(AuthorFinder.printedFullName("jane_doe", "Janet Doe wrote")).isNull();
        assertThat(AuthorFinder.printedFullName("jdoe", "Jane Doe")).isNull();
    }

    @Test
    void takesTheWriterAVonLineUnderTheHeadlineNamesOverWhoPostedThePage() {
        // The markup names the account that posted it; the line under the headline, with soft hyphens, the writer.
        String head = "<meta name=\"author\" content=\"Isabell Angele\">";
        Article a = extract(head, "<article><h1>Erfinderinnen: Ann Kiessling</h1><p><strong>Von Mat\u00adthi\u00adas "
                + "Lauerer</strong></p>" + BODY + "</article>");
        assertThat(a.authors()).containsExactly("Matthias Lauerer");
        // The same name in both: the markup's.
        Article same = extract(head, "<article><h1>Erfinderinnen: Ann Kiessling</h1><p>Von Isabell Angele</p>" + BODY
                + "</article>");
        assertThat(same.authors()).containsExactly("Isabell Angele");
    }

    @Test
    void aMonthLeftOfALabelledDateIsNoAuthor() {
        Article a = extract("<title>Soziale Energie</title>", "<article><h1>Soziale Energie</h1>" + BODY
                + "<p>Autorin: Sylvia Grossgasteiger, IFZ, Oktober 2008</p></article>");
        assertThat(a.authors()).contains("Sylvia Grossgasteiger").doesNotContain("Oktober");
    }

    @Test
    void takesThePublicationLineOverANearerUpdateLine() {
        Article a = extract("<title>Deux ans et demi en Macronie</title>", "<article><h1>Deux ans et demi en Macronie</h1>"
                + "<p>Par Loïc Le Clerc | 30 septembre 2018</p><p><i>Article mis à jour le 7 janvier 2020.</i></p>" + BODY
                + "</article>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2018, 9, 30));
    }

    @Test
    void takesADateOnALineOfItsOwnBelowTheHeadlineHoweverThePageClassesIt() {
        // Below the headline, in the header's meta box (page furniture to the text's selection): writer, standfirst, day.
        Article a = extract("<title>Washington Should Tax Capital Inflows</title>", "<div class=\"section center\"><h1>"
                + "Washington Should Tax Capital Inflows</h1></div><div class=\"meta blog-post__meta\"><ul><li><a href="
                + "\"/experts/444\">Michael Pettis</a></li></ul><div class=\"largest-text\">Taxing capital inflows is a far "
                + "better way to balance trade than imposing tariffs.</div><div class=\"divider-top\"><ul><li><div>"
                + "August 06, 2019</div></li><a href=\"#comments\">Comments (79)</a></ul></div></div>"
                + "<div class=\"zone-1\">" + BODY + "</div>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 8, 6));
        // Between a byline's separators.
        Article dotted = extract("<title>Malaga, die quirlige Metropole in Andalusien</title>", "<div class=\"post\"><h2>"
                + "Malaga, die quirlige Metropole in Andalusien</h2><div class=\"post_meta\"><!-- By <a href=\"/author/"
                + "yngrid/\">Yngrid</a> --> <span class=\"dot\">&sdot;</span> November 22, 2011 <span class=\"dot\">"
                + "&sdot;</span> <img alt=\"Email this post\"> <span class=\"dot\">&sdot;</span> Diese Seite ausdrucken"
                + "</div>" + BODY + "</div>");
        assertThat(dotted.published()).isEqualTo(LocalDate.of(2011, 11, 22));
        // A short text holding a date and a time in the page's own words ("klo": o'clock), the header furniture.
        Article timed = extract("<title>Metsäteollisuuden johto vakuuttaa luottamustaan pääministeri Mariniin</title>",
                "<h1>Metsäteollisuuden johto vakuuttaa luottamustaan pääministeri Mariniin</h1><p>Metsäjohtajat tapasivat "
                + "Marinin keskiviikkona.</p><div class=\"header-meta\"><a href=\"/uutiset/18-216556\"><span>"
                + "metsäteollisuus</span></a><div><span>2.9.2020 klo 12.45</span></div></div><div>" + BODY + "</div>");
        assertThat(timed.published()).isEqualTo(LocalDate.of(2020, 9, 2));
        // Above the headline, on the kicker's line, below the breadcrumbs; not the date a site's banner prints.
        org.jsoup.nodes.Document kicker = org.jsoup.Jsoup.parse("<div class=\"breadcrumbs\"><a href=\"index.php\">HOME</a> "
                + "<span>/</span> <a href=\"news.php\">NEWS</a></div><div class=\"news_text\"><span class=\"date2\">04. "
                + "November 2021 | PAID CONTENT</span><h1>Für die Freiheit auf Rädern – Campinglösungen von Sortimo am Caravan "
                + "Salon</h1></div>");
        assertThat(MetadataReader.dateLineAbove(kicker.selectFirst("h1"))).isEqualTo("04. November 2021 | PAID CONTENT");
        org.jsoup.nodes.Document banner = org.jsoup.Jsoup.parse("<header><span>Montag, 7. Dezember 2026</span></header>"
                + "<main><h1>Für die Freiheit auf Rädern</h1></main>");
        assertThat(MetadataReader.dateLineAbove(banner.selectFirst("h1"))).isNull();
        // Such a date only fills a gap: beside markup that states the publication and a later edit, the byline's day
        // (the edit's) does not outweigh the markup.
        Article edited = extract("<script type=\"application/ld+json\">{\"@type\": \"Article\", \"datePublished\": "
                + "\"2018-09-15T10:15:48+02:00\", \"dateModified\": \"2018-09-16T10:22:22+02:00\"}</script>",
                "<div class=\"span12\"><h1 class=\"single-title\">‘The Medium is the Message’: the 7th Amsterdam Light "
                + "Festival</h1><p class=\"post-text-author\">By <a href=\"/author/admin/\" rel=\"author\">admin</a> - "
                + "2018-09-16</p></div><div class=\"span12\">" + BODY + "</div>");
        assertThat(edited.published()).isEqualTo(LocalDate.of(2018, 9, 15));
        // Not an update's date, nor one in the comments.
        assertThat(extract("<title>Raqa's fall nears</title>", "<h1>Raqa's fall nears</h1><div class=\"meta\"><div>"
                + "Updated October 16, 2017</div></div><div class=\"comments\"><div>October 15, 2017</div></div>"
                + "<div>" + BODY + "</div>").published()).isNull();
    }

    // Dates.

    @Test
    void keepsTheTimeZoneTheMarkupStates() {
        Article a = extract("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Raqa",
                  "datePublished": "2017-10-14T23:30:00-04:00"}</script>""", "<article>" + BODY + "</article>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(a.publishedTime()).isEqualTo(OffsetDateTime.parse("2017-10-14T23:30-04:00"));
    }

    @Test
    void readsAUtcStampInTheZoneThePageStatesElsewhere() {
        Article a = extract("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Raqa",
                  "datePublished": "2019-10-18T22:04:00Z"}</script>
                <meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">""", "<article>" + BODY + "</article>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 10, 19));
        assertThat(a.publishedTime()).isEqualTo(OffsetDateTime.parse("2019-10-19T00:04+02:00"));
    }

    @Test
    void takesTheDayThePagePrintsOverMarkupInUtcADayLater() {
        Article a = extract("<meta property=\"article:published_time\" content=\"2019-11-19T00:04:00Z\">",
                "<article><h1>Raqa</h1><time class=\"timestamp\">Nov. 18, 2019 7:04 pm ET</time>" + BODY + "</article>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 11, 18));
    }

    @Test
    void takesTheDayThePagePrintsWhenItIsTheMarkupsLaterModifiedDay() {
        String head = """
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Raqa",
                  "datePublished": "2017-10-13T18:00:00+02:00", "dateModified": "2017-10-14T09:00:00+02:00"}</script>""";
        assertThat(extract(head, "<article><h1>Raqa</h1><p class=\"date\">Samstag, 14.10.2017 - 09:00</p>" + BODY
                + "</article>").published()).isEqualTo(LocalDate.of(2017, 10, 14));
        // the page prints no date, or the first one: the markup's published day stands
        assertThat(extract(head, "<article><h1>Raqa</h1>" + BODY + "</article>").published())
                .isEqualTo(LocalDate.of(2017, 10, 13));
        assertThat(extract(head, "<article><h1>Raqa</h1><p class=\"date\">13.10.2017</p>" + BODY + "</article>")
                .published()).isEqualTo(LocalDate.of(2017, 10, 13));
        // a later day the page marks as its update's is no publication date
        assertThat(extract(head, "<article><h1>Raqa</h1><p class=\"meta\"><time class=\"entry-updated updated\">"
                + "14.10.2017</time></p>" + BODY + "</article>").published()).isEqualTo(LocalDate.of(2017, 10, 13));
    }

    @Test
    void rejectsADateAfterTheFetchOrBefore1990() {
        Instant fetched = Instant.parse("2020-03-01T12:00:00Z");
        Article future = extract("<meta property=\"article:published_time\" content=\"2020-03-05T10:00:00Z\">"
                + "<meta name=\"dc.date\" content=\"2020-02-27\">", "<article>" + BODY + "</article>", null, fetched);
        assertThat(future.published()).isEqualTo(LocalDate.of(2020, 2, 27));
        Article ancient = extract("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">",
                "<article>" + BODY + "</article>", null, fetched);
        assertThat(ancient.published()).isNull();
    }

    @Test
    void takesTheDateInTheAddressWhenTheMarkupHasNone() {
        assertThat(extract("", "<article>" + BODY + "</article>", "https://example.com/2017/10/14/raqa", null).published())
                .isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(extract("", "<article>" + BODY + "</article>", "https://example.com/home/2017/7/12/raqa", null).published())
                .isEqualTo(LocalDate.of(2017, 7, 12));
    }

    @Test
    void takesTheDatePrintedBelowTheHeadline() {
        Article a = extract("", "<h1>Raqa's fall nears</h1><div class=\"meta\"><span class=\"post-date\">14. Oktober 2017"
                + "</span></div><div class=\"content\">" + BODY + "</div>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 10, 14));
    }

    @Test
    void prefersTheArticlesTimeToAMetaTagThatNamesNoKindOfDate() {
        assertThat(extract("<meta name=\"Date\" content=\"2017-10-16T14:32:06+02:00\">", "<article><h1>Raqa</h1>"
                + "<time datetime=\"2017-10-14\">14.10.2017</time>" + BODY + "</article>").published())
                .isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(extract("<meta property=\"article:published_time\" content=\"2017-10-15T10:00:00+02:00\">",
                "<article><h1>Raqa</h1><time datetime=\"2017-10-14\">14.10.2017</time>" + BODY + "</article>")
                .published()).isEqualTo(LocalDate.of(2017, 10, 15));
    }

    @Test
    void takesADatePrintedUnderALabel() {
        assertThat(extract("", "<h1>Raqa's fall nears</h1><div class=\"content\">" + BODY + "</div><ul><li><strong>Date"
                + "</strong>\n14.10.2017</li></ul>").published()).isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(extract("", "<h1>Raqa tombe</h1><div class=\"content\">" + BODY + "</div><ul><li><p>Mise en ligne</p>"
                + "<p>14 octobre 2017</p></li></ul>").published()).isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(extract("", "<h1>Raqa</h1><span>Stand - 14.10.2017</span><div class=\"content\">" + BODY + "</div>")
                .published()).isEqualTo(LocalDate.of(2017, 10, 14));
        // a word that begins like a label is none
        assertThat(extract("", "<h1>Raqa</h1><div class=\"content\">" + BODY + "</div><p>Datenschutz 14.10.2017</p>")
                .published()).isNull();
    }

    @Test
    void takesTheDatelineThatOpensTheLead() {
        assertThat(extract("", "<h1>Raqa</h1><div class=\"content\"><p>(14. Oktober 2017) " + BODY.substring(BODY.indexOf("Dozens"))
                + "</div>").published()).isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(DateFinder.leadDateline("BERLIN, 14.10.2017 – Dozens of fighters surrendered")).contains(LocalDate.of(2017, 10, 14));
        assertThat(DateFinder.leadDateline("On 14 October 2017 dozens of fighters surrendered")).isEmpty();
    }

    // Authors.

    @Test
    void takesPeopleFromJsonLdNotOrganisations() {
        Article a = extract("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Raqa", "author": [
                  {"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Example News"},
                  {"@type": "Person", "name": "John Roe"}]}</script>""", "<article>" + BODY + "</article>");
        assertThat(a.authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void resolvesAnAuthorTheGraphNamesByItsId() {
        Article a = extract("""
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "BlogPosting", "headline": "Raqa", "author": {"@id": "https://example.com/#/person/1"}},
                  {"@type": "Person", "@id": "https://example.com/#/person/1", "name": "Jane Doe"}]}</script>""",
                "<article>" + BODY + "</article>");
        assertThat(a.authors()).containsExactly("Jane Doe");
    }

    @Test
    void readsAuthorMetaTagsButNotTheSiteOrAnAddress() {
        assertThat(extract("<meta name=\"author\" content=\"Jane Doe\">", "<article>" + BODY + "</article>").authors())
                .containsExactly("Jane Doe");
        assertThat(extract("<meta name=\"author\" content=\"Example News\"><meta property=\"og:site_name\" content=\"Example News\">",
                "<article>" + BODY + "</article>").authors()).isEmpty();
        assertThat(extract("<meta name=\"author\" content=\"https://www.facebook.com/example\">",
                "<article>" + BODY + "</article>").authors()).isEmpty();
    }

    @Test
    void readsTheBylineBelowTheHeadlineWithoutByRolesOrDates() {
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1><div class=\"byline\">By Jane Doe and John Roe | "
                + "October 14, 2017</div>" + BODY + "</article>").authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1><p class=\"author\">Jane Doe, Senior Reporter</p>"
                + BODY + "</article>").authors()).containsExactly("Jane Doe");
        assertThat(extract("", "<h1>Raqas Fall naht</h1><div><span>Von</span> <a href=\"/autor/jd\">Jana Doe</a></div>"
                + "<div class=\"text\">" + BODY + "</div>").authors()).containsExactly("Jana Doe");
    }

    @Test
    void readsTheNameBesideAColonInAByline() {
        assertThat(extract("", "<article><h1>Raqas Fall naht</h1><div class=\"author\">Autor Jane Doe: Übersetzung "
                + "<a href=\"/author/jr\">John Roe</a>, 12.12.22</div>" + BODY + "</article>").authors())
                .containsExactly("Jane Doe");
        assertThat(extract("", "<article><h1>Raqas Fall naht</h1><p class=\"author\">Text &amp; Fotos: Jana Doe</p>"
                + BODY + "</article>").authors()).containsExactly("Jana Doe");
    }

    @Test
    void takesNoPhotographerAPicturesLicenceLineCallsTheAuthor() {
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1><div class=\"image\"><img src=\"r.jpg\"><div "
                + "class=\"license-info\"><span class=\"author-name\"><a href=\"https://example.org/f.jpg\">Nenad "
                + "Stojko</a></span></div></div><div class=\"author\">By Jane Doe</div>" + BODY + "</article>").authors())
                .containsExactly("Jane Doe");
        // a box classed "caption" around the headline is the article's header: its byline counts
        assertThat(extract("", "<div class=\"caption\"><h1>Raqa's fall nears</h1><ul class=\"author\"><li>Jane Doe"
                + "</li></ul></div><article>" + BODY + "</article>").authors()).containsExactly("Jane Doe");
    }

    @Test
    void readsNoDateLineInTheSitesBannerOrNavigation() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse("<header id=\"site\"><div class=\"navtop\"><time>Mittwoch, "
                + "01. November 2023</time></div></header><nav><span id=\"n\">1. November 2023</span></nav><article>"
                + "<header><time id=\"a\">31. Oktober 2023</time></header></article><header id=\"h\"><h1>Raqas Fall "
                + "naht</h1><span id=\"d\">31. Oktober 2023</span></header>");
        assertThat(HtmlPageReader.inPageBanner(page.selectFirst("#site time"))).isTrue();
        assertThat(HtmlPageReader.inPageBanner(page.getElementById("n"))).isTrue();
        assertThat(HtmlPageReader.inPageBanner(page.getElementById("a"))).isFalse();
        assertThat(HtmlPageReader.inPageBanner(page.getElementById("d"))).isFalse();
    }

    @Test
    void readsALabelledBylineAtTheArticlesEnd() {
        assertThat(extract("", "<article><h1>Raqas Fall naht</h1>" + BODY + "<p>(wird fortgesetzt)<br><strong>Autor:</strong> "
                + "<a href=\"/profil/7\">Jana Doe</a><br><strong>Fotos:</strong> Max Muster</p></article>").authors())
                .containsExactly("Jana Doe");
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1>" + BODY + "<p>Auteur : Jeanne Doe</p></article>")
                .authors()).containsExactly("Jeanne Doe");
        // without its colon, a label is followed by full names alone
        assertThat(extract("", "<article><h1>Raqas Fall naht</h1>" + BODY + "<p>Autoren Jana Doe und Max Muster</p></article>")
                .authors()).containsExactly("Jana Doe", "Max Muster");
        assertThat(extract("", "<article><h1>Raqas Fall naht</h1>" + BODY + "<p>Autoren Jana Doe und Max Muster danken allen."
                + "</p></article>").authors()).isEmpty();
        // a sentence that opens with "Text" is no label
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1>" + BODY + "<p>Text messages were sent to every resident.</p></article>")
                .authors()).isEmpty();
    }

    @Test
    void takesTheSiteInABylineForNoOneAndReadsTheWriterTheTextCredits() {
        assertThat(extract("<meta property=\"og:site_name\" content=\"The Example Press\">", "<article><h1>Raqa's fall "
                + "nears</h1><div class=\"post-author-name\"><div class=\"author-by\">By</div> <a href=\"/author/x\">The "
                + "Example Press</a></div>" + BODY + "<p><em>Written by: <a href=\"/a\">Jane Doe</a></em></p></article>")
                .authors()).containsExactly("Jane Doe");
    }

    @Test
    void readsTheBylineInTheArticlesFooterAndABlogNamedAfterItsWriter() {
        String footer = "<footer class=\"entry-meta\"><span class=\"byline\"> von <span class=\"author vcard\"><a href=\""
                + "https://janedoe.example.com/author/janedoe/\" rel=\"author\">%s</a></span></span></footer>";
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1>" + BODY + footer.formatted("Jane") + "</article>",
                "https://janedoe.example.com/2017/10/14/raqa/", null).authors()).containsExactly("Jane");
        // the host's writer: a handle the blog is named after
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1>" + BODY + footer.formatted("janedoe") + "</article>",
                "https://janedoe.example.com/2017/10/14/raqa/", null).authors()).containsExactly("janedoe");
        // a handle the writer's link shows
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1><div class=\"meta\">14.10.2017 // Autor: <a href=\"/author/"
                + "j4ne/\" rel=\"author\">j4ne</a></div>" + BODY + "</article>").authors()).containsExactly("j4ne");
        // the page's own footer names no author, nor does a link that names the site's domain
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1>" + BODY + "</article>" + footer.formatted("Jane"))
                .authors()).isEmpty();
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1>" + BODY + footer.formatted("example") + "</article>",
                "https://janedoe.example.com/2017/10/14/raqa/", null).authors()).isEmpty();
    }

    @Test
    void takesNoTagForANameAndTheFullNameALicenceCreditsForInitials() {
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1><div class=\"post-author\"><span>14.10.2017</span> / "
                + "<a rel=\"tag\" href=\"/t/syria\">Syria</a> / <a rel=\"tag\" href=\"/t/war\">Civil War</a></div>" + BODY
                + "</article>").authors()).isEmpty();
        String licence = "<p>Raqa von <a href=\"https://jd.example.com/\" rel=\"cc:attributionURL\">%s</a> steht unter einer "
                + "<a rel=\"license\" href=\"https://creativecommons.org/licenses/by/3.0/\">Creative Commons</a> Lizenz.</p>";
        String page = "<article><h1>Raqa's fall nears</h1><div class=\"byline\">By DT</div>" + BODY + "</article>";
        assertThat(extract("", page + licence.formatted("Dana Tow")).authors()).containsExactly("Dana Tow");
        // a licence that credits someone the initials do not stand for leaves them
        assertThat(extract("", page + licence.formatted("Jane Doe")).authors()).containsExactly("DT");
    }

    @Test
    void takesNoPhraseForAName() {
        assertThat(AuthorFinder.isPhrase("Von Barzahler-Rabatten profitieren")).isTrue();
        assertThat(AuthorFinder.isPhrase("Iberische Weine in Berlin")).isTrue();
        assertThat(AuthorFinder.isPhrase("Ludwig van Beethoven")).isFalse();
        assertThat(AuthorFinder.isPhrase("Ana de la Cruz")).isFalse();
        assertThat(AuthorFinder.isPhrase("jane doe")).isFalse();
        assertThat(extract("", "<article><h1>Kredite</h1><h3>Von Barzahler-Rabatten profitieren</h3>" + BODY
                + "</article>").authors()).isEmpty();
    }

    @Test
    void neverTakesACommentersNameOrAStaffLabel() {
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1>" + BODY + "</article><section id=\"comments\">"
                + "<div class=\"comment\"><span class=\"comment-author\">Joe Reader</span> says: great</div></section>")
                .authors()).isEmpty();
        assertThat(extract("", "<article><h1>Raqa's fall nears</h1><div class=\"byline\">By Staff</div>" + BODY
                + "</article>").authors()).isEmpty();
    }

    // Language.

    @Test
    void takesTheStatedLanguageElseDetectsIt() {
        String page = "<!doctype html><html lang=\"pt-BR\"><head></head><body><article>" + BODY + "</article></body></html>";
        Outcome<Article> stated = new ArticleExtractor().extract(new RawDocument("p", "p.html", ContentType.HTML, page,
                null, null, null, null));
        assertThat(((Outcome.Ok<Article>) stated).value().language()).isEqualTo("pt");
        assertThat(extract("", "<article>" + BODY + "</article>").language()).isEqualTo("en");
    }

    // Rules from the tuning half of metadata-dev (real text, cut short), each with what it must leave alone.

    @Test
    void knowsTheSiteByTheWordsOfItsHostInTitlesAndAuthorFields() {
        // Some words of the host ("Feuerwehr Oldenburg" of feuerwehrtaucher-oldenburg.de): the site, in the title and as author.
        Article fire = extract("<title>Feuerwehr Oldenburg - Ausbildung</title><meta name=\"author\" content=\"Feuerwehr "
                + "Oldenburg, Abteilung Wasserrettung\">", "<div id=\"content\"><h2 id=\"bootsdienst-ausbildung\">Bootsdienst "
                + "Ausbildung</h2>" + BODY + "</div>", "http://feuerwehrtaucher-oldenburg.de/bootsdienst/ausbildung.html", null);
        assertThat(fire.title()).isEqualTo("Bootsdienst Ausbildung");
        assertThat(fire.authors()).isEmpty();
        // All of the host's words and a few more: the site's segment of a four-part title; the longest other is the headline.
        Article club = extract("<title>EFC Bayrische Bembel Regensburg - Eintracht Frankfurt stellt Weichen für die Zukunft - "
                + "Eintracht Presse - News</title>", "<span class=\"itemTitle\"><a href=\"/news/index.php?storytopic=3\">"
                + "Eintracht Presse</a> : Eintracht Frankfurt stellt Weichen für die Zukunft</span><div>" + BODY + "</div>",
                "http://bayrische-bembel.de/bbr/modules/news/article.php?storyid=504", null);
        assertThat(club.title()).isEqualTo("Eintracht Frankfurt stellt Weichen für die Zukunft");
        // An organisation whose initials are the host: the site, not an author.
        Article red = extract("<meta name=\"author\" content=\"Deutsches Rotes Kreuz\"><meta property=\"og:site_name\" "
                + "content=\"DRK e.V.\">", "<article><h1>DRK: Immer mehr Menschen wegen Klimawandel auf Hilfe angewiesen</h1>"
                + BODY + "</article>", "https://www.drk.de/presse/pressemitteilungen/meldung/drk-immer-mehr-menschen/", null);
        assertThat(red.authors()).isEmpty();
        // Not a headline that merely holds a one-word host's name, nor a person's name on such a host.
        Article apple = extract("<title>Apple unveils a new iPhone - Apple</title><meta name=\"author\" content=\"Jane Doe\">",
                "<article>" + BODY + "</article>", "https://www.apple.com/newsroom/2020/iphone/", null);
        assertThat(apple.title()).isEqualTo("Apple unveils a new iPhone");
        assertThat(apple.authors()).containsExactly("Jane Doe");
        // A title of three parts keeps the existing reading (a headline with a dash inside).
        assertThat(extract("<title>Die Haubenfahrzeuge der Nachkriegszeit - Teil 49 - BOS-Fahrzeuge</title>", "<article>" + BODY
                + "</article>", "https://bos-fahrzeuge.info/news/Teil-49-223", null).title())
                .isEqualTo("Die Haubenfahrzeuge der Nachkriegszeit - Teil 49");
    }

    @Test
    void takesABlogsOwnerTypedAPersonAndAnOrganisationAsItsAuthor() {
        String owner = "{\"@type\":[\"Person\",\"Organization\"],\"@id\":\"https://rete-mirabile.net/#/schema/person/d728\","
                + "\"name\":\"Andreas Kalt\"}";
        Article blog = extract("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[" + owner
                + ",{\"@type\":\"WebSite\",\"name\":\"rete-mirabile\",\"publisher\":{\"@id\":\"https://rete-mirabile.net/#/"
                + "schema/person/d728\"}},{\"@type\":\"Article\",\"author\":{\"@id\":\"https://rete-mirabile.net/#/schema/person/"
                + "d728\"},\"headline\":\"15 Jahre rete-mirabile\",\"publisher\":{\"@id\":\"https://rete-mirabile.net/#/schema/"
                + "person/d728\"}}]}</script>", "<article><h1>15 Jahre rete-mirabile</h1>" + BODY + "</article>",
                "https://rete-mirabile.net/notizen/15-jahre-rete-mirabile/", null);
        assertThat(blog.authors()).containsExactly("Andreas Kalt");
        // A site that types itself a person only is still the site, not an author.
        Article site = extract("<meta property=\"og:site_name\" content=\"StarsInsider\"><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Das passiert mit Ihrem Gehirn\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"StarsInsider\"}}</script>", "<article><h1>Das passiert mit Ihrem Gehirn</h1>" + BODY + "</article>",
                "https://de.starsinsider.com/gesundheit/588409/angst", null);
        assertThat(site.authors()).isEmpty();
    }

    @Test
    void readsNoAuthorFromABoxTheIdNamesAWidget() {
        String widget = "<div class=\"row\" id=\"tricks_widget\"><div class=\"col-12 title\"><h4>Turpisság</h4></div>"
                + "<div class=\"col-12 text\"><p>A citrom héját nem dobom ki, mélyhűtőbe teszem, fagyottan könnyen reszelhető."
                + "</p><p class=\"sender-text\">Beküldő: <span class=\"author\">Ica</span></p></div></div>";
        assertThat(extract("<title>Levágott ujj vajas keksz</title>", "<article><h1>Levágott ujj vajas keksz</h1>" + BODY
                + widget + "</article>").authors()).isEmpty();
        // The same byline element outside such a box is the writer's.
        assertThat(extract("<title>Levágott ujj vajas keksz</title>", "<article><h1>Levágott ujj vajas keksz</h1><p class=\""
                + "sender-text\">Beküldő: <span class=\"author\">Ica</span></p>" + BODY + "</article>").authors())
                .containsExactly("Ica");
    }

    @Test
    void readsADayMonthAndYearBetweenSpacedBars() {
        Article a = extract("<title>Bielersee-Winterhechte | petri-heil.ch</title>", "<header><h1>Bielersee-Winterhechte</h1>"
                + "</header><section><div class=\"subline\"><table class=\"onlyDesktopSubline\"><tr><td>26 | 01 | 2022 </td><td "
                + "class=\"categories\">Schweiz | Praxis | Video</td><td class=\"authorbold\">Text &amp; Fotos: Ivan Valetny</td>"
                + "</tr></table></div>" + BODY + "</section>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 26));
        assertThat(DateFinder.fullDate("26 | 01 | 2022")).contains(LocalDate.of(2022, 1, 26));
        // Not bars of other spacing or mixed with other separators.
        assertThat(DateFinder.fullDate("26|01|2022")).isEmpty();
        assertThat(DateFinder.fullDate("Seite 26 | 01.2022")).isEmpty();
    }

    @Test
    void keepsMarkupInUtcOnTheDayAfterTheAddressWhenNoWesternZonePutsItOnTheAddresssDay() {
        String url = "https://www.washingtonpost.com/politics/federal-workers-are-returning/2020/07/08/c3d22ec8_story.html";
        String morning = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2020-07-09T10:04:04Z\"}</script>";
        assertThat(extract(morning, "<article>" + BODY + "</article>", url, null).published()).isEqualTo(LocalDate.of(2020, 7, 9));
        // Earlier that UTC day it is still the address's day in the Americas: the address's day.
        assertThat(extract(morning.replace("T10:04", "T02:04"), "<article>" + BODY + "</article>", url, null).published())
                .isEqualTo(LocalDate.of(2020, 7, 8));
    }

    @Test
    void takesAHeadlineTheMarkupClassesOutsideTheHeadingsWhenNoHeadingIsConfirmed() {
        // The document title names the section ("Gaspreise"); the article's head prints the headline in a classed div.
        Article a = extract("<title>energieverbraucher.de | Gaspreise</title>", "<div id=\"c-tpl-news\"><p class=\"back\"><a "
                + "href=\"/de/preise__312/\">zurück zur Übersicht</a></p><div class=\"content-segment\"><div class=\""
                + "itc-headline bottom-grey-1px\">Energiepreiskrise: Entlastungen und Rechte auf einen Blick</div>"
                + "<h5><em>Von Leonora Holling</em></h5>" + BODY + "</div></div>", "https://www.energieverbraucher.de/de/"
                + "preise__312/NewsDetail__18725/", null);
        assertThat(a.title()).isEqualTo("Energiepreiskrise: Entlastungen und Rechte auf einen Blick");
        // The article's h1 still comes first.
        assertThat(extract("<title>Günstiger Autokredit im Mai</title>", "<article><h1>Autokredit</h1><p class=\"plp-headline\">"
                + "Jetzt günstigen Autokredit finden</p>" + BODY + "</article>").title()).isEqualTo("Autokredit");
    }

    @Test
    void takesAHeadingThatShortensATitleSegmentOverOneThatRepeatsAShorterSegment() {
        String title = "<title> Run Windows on Mac - Parallels Desktop 15 Virtual Machine for Mac</title>";
        Article a = extract(title, "<div class=\"intro\"><h1>Parallels Desktop 15 for Mac</h1><h3>Run Windows on Mac</h3></div>"
                + "<div>" + BODY + "</div>");
        assertThat(a.title()).isEqualTo("Parallels Desktop 15 for Mac");
        // Words out of the segment's order are no shortening of it.
        assertThat(extract(title, "<div class=\"intro\"><h1>Mac for Desktop 15 Parallels</h1><h3>Run Windows on Mac</h3></div>"
                + "<div>" + BODY + "</div>").title()).isEqualTo("Run Windows on Mac");
    }
}
