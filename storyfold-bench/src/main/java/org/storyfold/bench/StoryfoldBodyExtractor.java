package org.storyfold.bench;

import org.storyfold.Outcome;
import org.storyfold.extract.Article;
import org.storyfold.extract.ArticleExtractor;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;

/** storyfold's extract stage, as the pipeline runs it: the article's {@code text}. */
final class StoryfoldBodyExtractor implements BodyExtractor {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Override
    public String name() {
        return "storyfold";
    }

    @Override
    public String body(String html, String url) {
        return extract(html, url) instanceof Outcome.Ok<Article> ok ? ok.value().text() : "";
    }

    /** The whole article, for the metadata checks; null for a rejected page. */
    Article article(String html, String url) {
        return extract(html, url) instanceof Outcome.Ok<Article> ok ? ok.value() : null;
    }

    /** The article, or why the page was rejected. */
    Outcome<Article> extract(String html, String url) {
        return extractor.extract(new RawDocument("page", "page.html", ContentType.HTML, html, url, null, null, null));
    }
}
