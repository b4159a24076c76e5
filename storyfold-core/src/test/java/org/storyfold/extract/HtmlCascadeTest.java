package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyfold.Outcome;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;

/** The HTML cascade on the page shapes that defeat simple extractors. */
class HtmlCascadeTest {

    private static final String[] STORY = {
        "Dozens of Islamic State group fighters have surrendered in their former Syrian stronghold of Raqa, the US-led coalition said on Saturday.",
        "In June, the US-backed Syrian Democratic Forces, an alliance of Kurdish and Arab fighters, broke into Raqa, and since then they have captured around 90 percent of the city.",
        "A war monitor said no Syrian members of the group remained in the city, and that only foreign fighters were left in the last pocket.",
        "Talks on the safe exit of civilians from the areas still held by the jihadists were under way on Saturday, local officials said."};

    @Test
    void keepsTheArticleAndDropsALongerListOfTeaserSummariesBesideIt() {
        StringBuilder teasers = new StringBuilder("<section><h2>More from Opinion</h2><ul>");
        for (int i = 0; i < 12; i++) {
            teasers.append("<li><div><h5><a href=\"/o").append(i).append("\">Another opinion headline number ").append(i)
                    .append("</a></h5><div class=\"when\">Nov 20</div><div>This teaser summarises another column at length, ")
                    .append("with enough words to look like prose to a scorer that only counts characters and commas, number ")
                    .append(i).append(".</div></div></li>");
        }
        Article a = extract("<html><body><main><div class=\"body\">" + paragraphs(STORY) + "</div>"
                + teasers + "</ul></section></main></body></html>", null);
        assertThat(a.text()).contains(STORY[0], STORY[3]).doesNotContain("teaser summarises", "Another opinion headline");
    }

    @Test
    void keepsParagraphsWrappedOneByOneOverALongBioBesideThem() {
        StringBuilder page = new StringBuilder("<html><body><div class=\"top\">");
        for (String section : new String[] {"World", "Politics", "Business", "Technology", "Science", "Health", "Sport",
            "Culture", "Opinion", "Travel", "Video", "Podcasts", "Newsletters", "Weather"}) {
            page.append("<a href=\"/").append(section).append("\">").append(section).append(" news and analysis</a> ");
        }
        page.append("</div><div class=\"main\">");
        for (String p : STORY) {
            page.append("<div class=\"para\"><p>").append(p).append("</p></div>");
        }
        page.append("</div><div class=\"rail\"><div class=\"bio\"><img src=\"j.jpg\"><p>Jane Doe has covered the Middle "
                + "East for fifteen years from Beirut, Baghdad and Cairo, and before that wrote about business and the courts "
                + "for regional papers across the Midwest; she studied history and Arabic, and has won several awards for her "
                + "work on refugees, including a long series on Mosul and the return of displaced families after the war.</p>"
                + "<a href=\"/jane\">More by Jane</a></div></div></body></html>");
        Article a = extract(page.toString(), null);
        assertThat(a.text()).contains(STORY[0], STORY[3]).doesNotContain("Jane Doe");
    }

    @Test
    void skipsCommentThreadsShareBarsAndNewsletterBoxes() {
        Article a = extract("<html><body><article>" + paragraphs(STORY)
                + "<div class=\"newsletter-signup\"><p>Get the best of our journalism in your inbox every morning, free.</p></div>"
                + "<div class=\"sharebar\"><a>Facebook</a><a>Twitter</a></div></article>"
                + "<ol class=\"commentlist\"><li><p>I have been saying this for years and nobody listened to me at all, typical.</p></li>"
                + "<li><p>Great reporting, but what about the civilians who are still trapped in the old city tonight?</p></li></ol>"
                + "</body></html>", null);
        assertThat(a.text()).contains(STORY[2]).doesNotContain("inbox", "Facebook", "nobody listened", "still trapped");
    }

    @Test
    void rescuesAPageWhoseTextIsATable() {
        StringBuilder rows = new StringBuilder();
        String[] drivers = {"Kyle Busch", "Martin Truex Jr.", "Kevin Harvick", "Denny Hamlin", "Joey Logano", "Ryan Blaney",
            "Kyle Larson", "Brad Keselowski", "Clint Bowyer", "Chase Elliott", "William Byron", "Alex Bowman"};
        for (int i = 0; i < drivers.length; i++) {
            rows.append("<tr><td>").append(i + 1).append("</td><td>").append(drivers[i]).append("</td><td>")
                    .append(5040 - i * 7).append("</td></tr>");
        }
        Article a = extract("<html><body><nav><a href=\"/\">Home</a><a href=\"/f1\">F1</a></nav><div><p>Final standings after 36 races:</p>"
                + "<table>" + rows + "</table></div></body></html>", null);
        assertThat(a.text()).contains("Kyle Busch", "Chase Elliott", "5040").doesNotContain("Home");
    }

    @Test
    void prefersTheJsonLdBodyWhenThePageShowsOnlyATeaser() {
        String body = String.join("\\n\\n", STORY);
        Article a = extract("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"IS fighters surrender\",\"datePublished\":\"2017-10-14T09:00:00+03:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"Omar Ali\"}],"
                + "\"articleBody\":\"" + body + "\"}</script></head><body><article><h1>IS fighters surrender</h1><p>"
                + STORY[0] + "</p><div class=\"paywall\">Subscribe to read more</div></article></body></html>", null);
        assertThat(a.text()).contains(STORY[1], STORY[3]);
        assertThat(a.title()).isEqualTo("IS fighters surrender");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(a.authors()).containsExactly("Jane Doe", "Omar Ali");
    }

    @Test
    void readsAJsonLdBodyWrittenAsMarkupAsText() {
        String body = ("<p>" + String.join("</p><p>", STORY) + "</p>").replace("\"", "\\\"");
        Article a = extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\"" + body + "\"}</script></head><body><article><p>" + STORY[0]
                + "</p></article></body></html>", null);
        assertThat(a.text()).contains(STORY[1], STORY[3]).doesNotContain("<p>", "</p>");
        assertThat(a.text().split("\n\n")).hasSize(STORY.length);
    }

    @Test
    void takesTheDateInTheAddressOverMetadataInUtcAndTheHeadlineWithoutTheSiteName() {
        Article a = extract("<html lang=\"en-US\"><head><title>Raqa talks under way - Example News</title>"
                + "<meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta property=\"article:published_time\" content=\"2017-10-15T02:30:00Z\">"
                + "<meta property=\"article:modified_time\" content=\"2017-10-16T08:00:00Z\"></head>"
                + "<body><article>" + paragraphs(STORY) + "</article></body></html>",
                "https://example.com/2017/10/14/raqa-talks");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(a.modified()).isEqualTo(LocalDate.of(2017, 10, 16));
        assertThat(a.title()).isEqualTo("Raqa talks under way");
        assertThat(a.outlet()).isEqualTo("Example News");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void readsADateLinePrintedAboveTheStoryButNeverOneFromATeaserBelowIt() {
        Article a = extract("<html><body><article><h1>Talks held on civilian exit from Raqa</h1>"
                + "<div class=\"posted\">Publicado em 05/10/2018 às 14h30</div>" + paragraphs(STORY)
                + "</article><aside><p>Older story, 12/01/2016</p></aside></body></html>", null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2018, 10, 5));
    }

    @Test
    void repairsMojibakeAndSaysSo() {
        Article a = extract("<html><body><article><p>" + STORY[0].replace("Raqa", "Raqaâ€™s streets") + "</p><p>"
                + STORY[1] + "</p><p>The cafÃ© near the square reopened.</p></article></body></html>", null);
        assertThat(a.text()).contains("Raqa’s streets", "The café near the square").doesNotContain("â€", "Ã©");
        assertThat(a.repairs()).anySatisfy(r -> assertThat(r).startsWith("repaired 2 characters garbled as UTF-8"));
    }

    private static String paragraphs(String... ps) {
        StringBuilder sb = new StringBuilder();
        for (String p : ps) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.toString();
    }

    private static Article extract(String html, String url) {
        Outcome<Article> o = new ArticleExtractor().extract(new RawDocument("page", "page.html", ContentType.HTML, html,
                url, null, null, null));
        assertThat(o).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<Article>) o).value();
    }
}
