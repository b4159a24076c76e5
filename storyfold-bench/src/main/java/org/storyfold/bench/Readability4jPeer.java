package org.storyfold.bench;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J, a Kotlin port of Mozilla's Readability, on the project's jsoup. */
final class Readability4jPeer implements BodyExtractor {

    @Override
    public String name() {
        return "Readability4J 1.0.8";
    }

    @Override
    public String body(String html, String url) {
        Article article = new Readability4J(url == null ? "" : url, html).parse();
        return article.getArticleContent() == null ? "" : BlockText.of(article.getArticleContent());
    }
}
