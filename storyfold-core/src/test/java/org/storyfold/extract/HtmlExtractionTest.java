package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyfold.Outcome;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;

class HtmlExtractionTest {

    private static final String PAGE = """
            <!doctype html><html lang="en"><head>
            <title>Dozens of IS fighters surrender as Raqa's fall nears | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2017-10-14T12:00:00Z">
            <link rel="canonical" href="https://www.example.com/world/raqa">
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="share-bar"><a>Facebook</a><a>Twitter</a></div>
            <article>
              <h1>Dozens of IS fighters surrender as Raqa's fall nears</h1>
              <figure><img src="a.jpg"><figcaption>A photo of Raqa. (AFP)</figcaption></figure>
              <p>KOBANE, Syria – Dozens of Islamic State group fighters have surrendered in Raqa, the US-led coalition said Saturday.</p>
              <p>A war monitor said no Syrian members of the group remained in the city.</p>
              <p>“Within the past 24 hours, approximately 100 terrorists have surrendered,” the coalition said.</p>
            </article>
            <aside class="related"><h3>Related Posts you may like</h3><ul><li><a>Other story</a></li></ul></aside>
            <section id="comments"><p>Add a comment</p></section>
            <footer>© Example News</footer>
            </body></html>
            """;

    @Test
    void extractsTheArticleAndItsMetadataFromAPage() {
        Outcome<Article> outcome = new ArticleExtractor().extract(new RawDocument("raqa", "raqa.html", ContentType.HTML, PAGE,
                null, null, null, null));
        assertThat(outcome).isInstanceOf(Outcome.Ok.class);
        Article a = ((Outcome.Ok<Article>) outcome).value();
        assertThat(a.title()).isEqualTo("Dozens of IS fighters surrender as Raqa's fall nears");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(a.outlet()).isEqualTo("Example News");
        assertThat(a.url()).isEqualTo("https://www.example.com/world/raqa");
        assertThat(a.dateline()).isEqualTo("KOBANE, Syria");
        assertThat(a.text()).startsWith("Dozens of Islamic State group fighters")
                .contains("A war monitor said", "approximately 100 terrorists")
                .doesNotContain("Home", "Facebook", "Related Posts", "Add a comment", "A photo of Raqa", "©");
        assertThat(a.sentences()).hasSize(3);
    }

    @Test
    void rejectsAPageWithoutText() {
        Outcome<Article> outcome = new ArticleExtractor().extract(new RawDocument("x", "x.html", ContentType.HTML,
                "<html><body><nav>Home</nav><script>var a = 1;</script></body></html>", null, null, null, null));
        assertThat(outcome).isEqualTo(Outcome.rejected("x.html", "no article text found"));
    }
}
