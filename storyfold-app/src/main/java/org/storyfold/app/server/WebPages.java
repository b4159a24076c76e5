package org.storyfold.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyfold.app.page.ArticleView;
import org.storyfold.app.page.DiffView;
import org.storyfold.app.page.PageDocument;
import org.storyfold.app.page.PageLinks;
import org.storyfold.app.page.StoryListView;
import org.storyfold.app.page.StoryView;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.search.ArticleHit;
import org.storyfold.search.ResultPage;
import org.storyfold.search.SearchQuery;
import org.storyfold.search.StoryHit;
import org.storyfold.dedup.ArticleDiff;
import org.storyfold.store.StoryStore;
import org.storyfold.store.WatchedSource;

/**
 * The web pages, rendered here from the store: the story list ({@code /}), search results
 * ({@code /search}), each story ({@code /stories/{id}}) and article ({@code /articles/{id}}), and a
 * copy's changes as a fragment the story page fetches when they are shown. A page works without
 * its script. Thread-safe, as the store is.
 */
final class WebPages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIST_SIZE = 25;
    private static final int SEARCH_SIZE = 10;

    private final StoryStore store;

    WebPages(StoryStore store) {
        this.store = store;
    }

    /** {@code GET /?sort=newest|sources&after=CURSOR}: the stories, a page at a time however many. */
    void home(Context ctx) {
        String sort = ctx.queryParam("sort") == null ? "newest" : ctx.queryParam("sort");
        if (!sort.equals("newest") && !sort.equals("sources")) {
            error(ctx, 400, "sort must be newest or sources, got \"" + sort + "\"");
            return;
        }
        SearchQuery.Order order = sort.equals("sources") ? SearchQuery.Order.SOURCES : SearchQuery.Order.NEWEST;
        ResultPage<StoryHit> page;
        try {
            page = store.stories(new SearchQuery(null, null, null, null, null, 0, LIST_SIZE, order, ctx.queryParam("after")));
        } catch (IllegalArgumentException e) {
            error(ctx, 400, e.getMessage());
            return;
        }
        PageDocument doc = PageDocument.served("Stories · storyfold", null);
        Element main = doc.main();
        main.appendElement("h1").text("Stories");
        Element sortNav = main.appendElement("nav").addClass("sort").attr("aria-label", "Order");
        sortNav.appendText(String.format(Locale.ROOT, "%,d stories, ", page.total()));
        link(sortNav, "/?sort=newest", "newest first", sort.equals("newest"));
        sortNav.appendText(" · ");
        link(sortNav, "/?sort=sources", "most independent sources first", sort.equals("sources"));
        if (page.total() == 0) {
            main.appendElement("p").text("No stories yet: add articles with storyfold ingest, or POST them to /api/articles.");
        }
        StoryListView.stories(main, page.hits(), PageLinks.SERVER);
        Element pager = main.appendElement("nav").addClass("pager").attr("aria-label", "Pages");
        if (ctx.queryParam("after") != null) {
            pager.appendElement("a").attr("href", "/?sort=" + sort).text("← First page");
        }
        if (page.next() != null) {
            pager.appendElement("a").attr("href", "/?sort=" + sort + "&after=" + page.next()).attr("rel", "next")
                    .text("More →");
        }
        send(ctx, 200, doc);
    }

    /** {@code GET /search?q=&offset=}: stories and articles that match. */
    void search(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        PageDocument doc = PageDocument.served((q.isEmpty() ? "Search" : q) + " · storyfold", q);
        Element main = doc.main();
        if (q.isEmpty()) {
            main.appendElement("h1").text("Search");
            main.appendElement("p").text("Type words to search for: names match every spelling the stories use.");
            send(ctx, 200, doc);
            return;
        }
        SearchQuery query;
        try {
            query = new SearchQuery(q, null, null, null, null, Params.integer(ctx, "offset", 0, 0, SearchQuery.MAX_OFFSET),
                    SEARCH_SIZE);
        } catch (IllegalArgumentException e) {
            error(ctx, 400, e.getMessage());
            return;
        }
        ResultPage<StoryHit> stories = store.stories(query);
        ResultPage<ArticleHit> articles = store.articles(query);
        main.appendElement("h1").text("Search: " + q);
        main.appendElement("h2").text(String.format(Locale.ROOT, "%,d %s", stories.total(),
                stories.total() == 1 ? "story" : "stories"));
        StoryListView.stories(main, stories.hits(), PageLinks.SERVER);
        main.appendElement("h2").text(String.format(Locale.ROOT, "%,d %s", articles.total(),
                articles.total() == 1 ? "article" : "articles"));
        StoryListView.articles(main, articles.hits(), store.storiesOf(articles.hits().stream().map(ArticleHit::id)
                .toList()), PageLinks.SERVER);
        Element pager = main.appendElement("nav").addClass("pager").attr("aria-label", "Pages");
        int offset = query.offset();
        if (offset > 0) {
            pager.appendElement("a").attr("href", "/search?q=" + encode(q) + "&offset=" + Math.max(0, offset - SEARCH_SIZE))
                    .text("← Better matches");
        }
        if (offset + SEARCH_SIZE < Math.max(stories.total(), articles.total()) && offset + SEARCH_SIZE <= SearchQuery.MAX_OFFSET) {
            pager.appendElement("a").attr("href", "/search?q=" + encode(q) + "&offset=" + (offset + SEARCH_SIZE))
                    .attr("rel", "next").text("More →");
        }
        send(ctx, 200, doc);
    }

    /** {@code GET /stories/{id}}: the story page; a story merged into another moves to that one. */
    void story(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Api.isId(id)) {
            error(ctx, 400, "that is not a story id");
            return;
        }
        String current = store.resolveStory(id).orElse(null);
        if (current == null) {
            error(ctx, 404, "There is no story \"" + id + "\".");
            return;
        }
        if (!current.equals(id)) {
            ctx.redirect("/stories/" + encode(current), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        JsonNode page = parse(store.storyPage(current).orElseThrow());
        StoryView view = new StoryView(page, PageLinks.SERVER, 1);
        PageDocument doc = PageDocument.served(view.headline() + " · storyfold", null);
        view.render(doc.main(), store.storyline(current).orElse(null), null, null);
        send(ctx, 200, doc);
    }

    /** {@code GET /articles/{id}}: the article, its story, and what it copies or what copies it. */
    void article(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Api.isId(id)) {
            error(ctx, 400, "that is not an article id");
            return;
        }
        StoryStore.StoredArticle a = store.article(id).orElse(null);
        if (a == null) {
            error(ctx, 404, "There is no article \"" + id + "\".");
            return;
        }
        List<DuplicateGroup> groups = store.copyGroupsOf(id);
        Set<String> named = new HashSet<>();
        ArticleDiff changes = null;
        for (DuplicateGroup g : groups) {
            named.addAll(g.members());
            for (var l : g.links()) {
                if (l.copy().equals(id) && changes == null) {
                    changes = store.diff(l.original(), id).orElse(null);
                }
            }
        }
        String storyTitle = null;
        if (a.story() != null) {
            storyTitle = store.storyPage(a.story()).map(p -> parse(p).at("/story/title").asText(null)).orElse(null);
        }
        PageDocument doc = PageDocument.served((a.article().title() == null ? id : a.article().title()) + " · storyfold",
                null);
        ArticleView.render(doc.main(), a.article(), new ArticleView.Context(a.story(), storyTitle, groups, changes,
                store.titlesOf(named)), PageLinks.SERVER);
        send(ctx, 200, doc);
    }

    /** {@code GET /fragments/changes/{a}/{b}}: copy b beside original a, as a fragment of HTML. */
    void changes(Context ctx) {
        String a = ctx.pathParam("a");
        String b = ctx.pathParam("b");
        if (!Api.isId(a) || !Api.isId(b)) {
            error(ctx, 400, "those are not article ids");
            return;
        }
        ArticleDiff d = store.diff(a, b).orElse(null);
        if (d == null) {
            error(ctx, 404, "There is no such pair of articles.");
            return;
        }
        var titles = store.titlesOf(List.of(a, b));
        Document fragment = Document.createShell("");
        fragment.outputSettings().prettyPrint(false);
        DiffView.render(fragment.body(), d, id -> titles.getOrDefault(id, id));
        ctx.status(200).contentType("text/html; charset=utf-8").result(fragment.body().html());
    }

    /** {@code GET /sources}: what storyfold watch follows, when each was last polled, and its last error. */
    void sources(Context ctx) {
        List<WatchedSource> sources = store.watchLedger().sources();
        PageDocument doc = PageDocument.served("Sources · storyfold", null);
        Element main = doc.main();
        main.appendElement("h1").text("Sources");
        if (sources.isEmpty()) {
            main.appendElement("p").text("No source is followed: start one with storyfold watch --data DIR SOURCE...");
            send(ctx, 200, doc);
            return;
        }
        main.appendElement("p").addClass("meta").text(sources.size() + (sources.size() == 1 ? " source" : " sources")
                + " followed by storyfold watch, as of its last pass.");
        Element table = main.appendElement("table").addClass("stack");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Source", "Last polled", "Outcome", "Articles added", "Last error")) {
            head.appendElement("th").attr("scope", "col").text(h);
        }
        Element body = table.appendElement("tbody");
        for (WatchedSource s : sources) {
            Element tr = body.appendElement("tr");
            Element name = tr.appendElement("td").attr("data-label", "Source");
            name.appendText(s.title() == null ? s.namedAs() : s.title());
            name.appendElement("br");
            name.appendElement("span").addClass("meta").text(s.url());
            tr.appendElement("td").attr("data-label", "Last polled").text(s.lastPolled() == null ? "not yet"
                    : s.lastPolled().replace('T', ' ').replaceAll("\\.\\d+", "").replace("Z", " UTC"));
            tr.appendElement("td").attr("data-label", "Outcome").text(s.lastOutcome() == null ? "" : s.lastOutcome()
                    + (s.failures() > 0 ? " (" + s.failures() + " failures in a row)" : ""));
            tr.appendElement("td").attr("data-label", "Articles added").text(String.valueOf(s.added()));
            Element error = tr.appendElement("td").attr("data-label", "Last error");
            if (s.lastError() != null) {
                error.addClass("error").text(s.lastError());
            }
        }
        send(ctx, 200, doc);
    }

    /** An error as a page, with the search form to go on from. */
    static void error(Context ctx, int status, String message) {
        PageDocument doc = PageDocument.served((status == 404 ? "Not found" : "Error") + " · storyfold", null);
        doc.main().appendElement("h1").text(status == 404 ? "Not found" : "That did not work");
        doc.main().appendElement("p").addClass("error").attr("role", "alert").text(message);
        doc.main().appendElement("p").appendElement("a").attr("href", "/").text("All stories");
        send(ctx, status, doc);
    }

    private static void link(Element parent, String href, String text, boolean current) {
        Element a = parent.appendElement("a").attr("href", href).text(text);
        if (current) {
            a.attr("aria-current", "true");
        }
    }

    private static void send(Context ctx, int status, PageDocument doc) {
        ctx.status(status).contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(doc.html());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored story page is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
