package org.storyfold.app.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.extract.RemovedLine;
import org.storyfold.dedup.ArticleDiff;

/**
 * One article's page: its title and metadata, the story it belongs to, its original with what it
 * changed, the articles that copy it, what extraction removed, and its text. Stateless.
 */
public final class ArticleView {

    private ArticleView() {
    }

    /** What the page shows of an article beside the article itself. */
    public record Context(String story, String storyTitle, List<DuplicateGroup> groups, ArticleDiff changes,
                          java.util.Map<String, String> titles) {
        public Context {
            groups = List.copyOf(groups);
            titles = java.util.Map.copyOf(titles);
        }
    }

    public static void render(Element main, Article a, Context ctx, PageLinks links) {
        main.appendElement("h1").text(a.title() == null ? a.id() : a.title());
        Element dl = main.appendElement("dl").addClass("fields");
        field(dl, "Outlet", a.outlet());
        field(dl, "Credits", a.credit());
        date(dl, "Published", a.published());
        date(dl, "Modified", a.modified());
        field(dl, "By", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
        field(dl, "Dateline", a.dateline());
        field(dl, "Language", a.language());
        if (a.url() != null) {
            dl.appendElement("dt").text("Address");
            dl.appendElement("dd").appendElement("a").attr("href", safeUrl(a.url())).attr("rel", "noopener noreferrer nofollow")
                    .text(a.url());
        }
        field(dl, "Id", a.id());
        if (ctx.story() != null) {
            dl.appendElement("dt").text("Story");
            dl.appendElement("dd").appendElement("a").attr("href", links.story(ctx.story()))
                    .text(ctx.storyTitle() == null ? ctx.story() : ctx.storyTitle());
        }

        List<CopyLink> copiesOfIt = new ArrayList<>();
        CopyLink itsOriginal = null;
        for (DuplicateGroup g : ctx.groups()) {
            for (CopyLink l : g.links()) {
                if (l.copy().equals(a.id()) && (itsOriginal == null || l.kind() != CopyKind.PARTIAL)) {
                    itsOriginal = l;
                } else if (l.original().equals(a.id())) {
                    copiesOfIt.add(l);
                }
            }
        }
        Element copies = main.appendElement("section").attr("id", "changes").attr("aria-labelledby", "h-changes");
        copies.appendElement("h2").attr("id", "h-changes").text("Copies");
        if (itsOriginal == null && copiesOfIt.isEmpty()) {
            copies.appendElement("p").text("It copies no other stored article, and none copies it.");
        }
        if (itsOriginal != null) {
            Element p = copies.appendElement("p");
            p.appendText(itsOriginal.kind() == CopyKind.PARTIAL ? "It reuses " + PageText.count(itsOriginal
                    .copiedSentences(), "sentence", "sentences") + " of " : "It is " + (itsOriginal.kind() == CopyKind.EXACT
                    ? "an exact" : "a near") + " copy of ");
            p.appendElement("a").attr("href", links.article(itsOriginal.original())).text(name(ctx, itsOriginal.original()));
            p.appendText(" (" + Math.round(itsOriginal.similarity() * 100) + "% of its text).");
            if (ctx.changes() != null) {
                DiffView.render(copies, ctx.changes(), id -> name(ctx, id));
            }
        }
        if (!copiesOfIt.isEmpty()) {
            copies.appendElement("p").text("Articles that copy it:");
            Element ul = copies.appendElement("ul");
            for (CopyLink l : copiesOfIt) {
                Element li = ul.appendElement("li");
                li.appendElement("a").attr("href", links.article(l.copy())).text(name(ctx, l.copy()));
                li.appendText(" · " + l.kind().label() + " copy, " + Math.round(l.similarity() * 100) + "% of its text");
            }
        }

        Element text = main.appendElement("section").attr("aria-labelledby", "h-text");
        text.appendElement("h2").attr("id", "h-text").text("Text");
        Element box = text.appendElement("div").addClass("article-text");
        for (String para : a.text().split("\\n\\s*\\n")) {
            box.appendElement("p").text(para);
        }
        if (!a.removed().isEmpty()) {
            Element d = main.appendElement("details").addClass("fold");
            d.appendElement("summary").appendElement("h2").text("Removed by extraction (" + a.removed().size() + ")");
            Element ul = d.appendElement("ul");
            for (RemovedLine r : a.removed()) {
                Element li = ul.appendElement("li");
                li.appendText(r.text() + " ");
                li.appendElement("span").addClass("meta").text("(" + r.reason() + ")");
            }
        }
    }

    private static String name(Context ctx, String id) {
        String t = ctx.titles().get(id);
        return t == null ? id : t;
    }

    private static void field(Element dl, String name, String value) {
        if (value != null && !value.isBlank()) {
            dl.appendElement("dt").text(name);
            dl.appendElement("dd").text(value);
        }
    }

    private static void date(Element dl, String name, LocalDate value) {
        if (value != null) {
            dl.appendElement("dt").text(name);
            StoryView.time(dl.appendElement("dd"), value.toString());
        }
    }

    /** Only web addresses become links: a stored "javascript:" address is shown, never followed. */
    private static String safeUrl(String url) {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : "#";
    }
}
