package org.storyfold.app.page;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.storyfold.search.ArticleHit;
import org.storyfold.search.Highlight;
import org.storyfold.search.StoryHit;

/** Lists of stories and articles, as the home page and search results show them. Stateless. */
public final class StoryListView {

    private StoryListView() {
    }

    public static void stories(Element parent, List<StoryHit> hits, PageLinks links) {
        Element ol = parent.appendElement("ol").addClass("hits");
        for (StoryHit h : hits) {
            Element li = ol.appendElement("li").addClass("hit").addClass("story-hit");
            li.appendElement("a").attr("href", links.story(h.id())).text(h.title() == null ? "Untitled story " + h.id()
                    : h.title());
            Element meta = li.appendElement("p").addClass("meta");
            meta.appendText(PageText.count(h.articles(), "article", "articles") + " · "
                    + PageText.count(h.independentSources(), "independent source", "independent sources") + " · ");
            StoryView.time(meta, h.newest() == null ? null : h.newest().toString());
            h.highlights().forEach(x -> highlight(li, x));
        }
    }

    public static void articles(Element parent, List<ArticleHit> hits, Map<String, String> storyOf, PageLinks links) {
        Element ol = parent.appendElement("ol").addClass("hits");
        for (ArticleHit h : hits) {
            Element li = ol.appendElement("li").addClass("hit").addClass("article-hit");
            li.appendElement("a").attr("href", links.article(h.id())).text(h.title() == null ? h.id() : h.title());
            Element meta = li.appendElement("p").addClass("meta");
            meta.appendText((h.outlet() == null ? "" : h.outlet() + " · "));
            StoryView.time(meta, h.published() == null ? null : h.published().toString());
            String story = storyOf.get(h.id());
            if (story != null) {
                meta.appendText(" · in ");
                meta.appendElement("a").attr("href", links.story(story)).text("story " + story);
            }
            h.highlights().forEach(x -> highlight(li, x));
        }
    }

    /** A passage with its matching words marked. */
    private static void highlight(Element parent, Highlight h) {
        Element p = parent.appendElement("p").addClass("snippet");
        p.appendText("… ");
        int at = 0;
        for (Highlight.Span m : h.matches()) {
            p.appendText(h.text().substring(at, m.start()));
            p.appendElement("mark").text(h.text().substring(m.start(), m.end()));
            at = m.end();
        }
        p.appendText(h.text().substring(at) + " …");
    }
}
