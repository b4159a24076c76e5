package org.storyfold.app.page;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The document every page stands in: its head (title, viewport, the style sheet linked or, in a
 * file, inlined), the header with the search form on the server, and the main element the page
 * fills. Not thread-safe: one per page.
 */
public final class PageDocument {

    private final Document doc;
    private final Element main;

    private PageDocument(Document doc, Element main) {
        this.doc = doc;
        this.main = main;
    }

    /** A page of the server: linked style sheet and script, the header with the search form holding {@code query}. */
    public static PageDocument served(String title, String query) {
        Document doc = shell(title);
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/app.css");
        doc.head().appendElement("script").attr("src", "/assets/app.js").attr("defer", "");
        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("href", "#main").text("Skip to the content");
        Element bar = body.appendElement("header").addClass("bar");
        bar.appendElement("a").addClass("brand").attr("href", "/").text("storyfold");
        Element form = bar.appendElement("form").addClass("search").attr("role", "search").attr("action", "/search")
                .attr("method", "get");
        form.appendElement("label").attr("for", "q").addClass("visually-hidden").text("Search stories and articles");
        form.appendElement("input").attr("id", "q").attr("name", "q").attr("type", "search")
                .attr("placeholder", "Search stories and articles").attr("maxlength", "1000")
                .attr("value", query == null ? "" : query);
        form.appendElement("button").attr("type", "submit").text("Search");
        bar.appendElement("a").addClass("sources-link").attr("href", "/sources").text("Sources");
        Element main = body.appendElement("main").attr("id", "main");
        return new PageDocument(doc, main);
    }

    /** A self-contained page: the style sheet inlined, no script, nothing fetched. */
    public static PageDocument file(String title, String css) {
        Document doc = shell(title);
        doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css));
        Element main = doc.body().appendElement("main").attr("id", "main");
        return new PageDocument(doc, main);
    }

    private static Document shell(String title) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "en");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.title(title);
        return doc;
    }

    /** The pages' style sheet ({@code /web/app.css}), as a file inlines it. */
    public static String css() {
        try (java.io.InputStream in = PageDocument.class.getResourceAsStream("/web/app.css")) {
            if (in == null) {
                throw new IllegalStateException("the pages' style sheet /web/app.css is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the pages' style sheet /web/app.css", e);
        }
    }

    /** The element a page's content goes in. */
    public Element main() {
        return main;
    }

    public String html() {
        return doc.outerHtml();
    }
}
