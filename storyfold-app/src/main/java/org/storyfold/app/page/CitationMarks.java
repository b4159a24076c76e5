package org.storyfold.app.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The citation marks of one story: {@code [2]} opens, in place, the sentence its source prints,
 * with the source's title, outlet and date. A mark is a {@code <details>} element, so that it works
 * by mouse, tap and keyboard without a script, never leaves the page, and keeps the reader's place.
 * Not thread-safe: one per story page.
 */
final class CitationMarks {

    private final Map<String, Integer> number = new LinkedHashMap<>();
    private final Map<String, JsonNode> info = new HashMap<>();
    private final PageLinks links;

    /** @param page the story page: its story's articles number the marks, its ArticleInfos describe them */
    CitationMarks(JsonNode page, PageLinks links) {
        this.links = links;
        for (JsonNode id : page.at("/story/articles")) {
            number.put(id.asText(), number.size() + 1);
        }
        for (JsonNode a : page.path("articles")) {
            info.put(a.path("id").asText(), a);
        }
    }

    /** The mark's number of an article, 0 if it is not the story's. */
    int number(String id) {
        return number.getOrDefault(id, 0);
    }

    /** The ids of the story's articles, in the order of their marks. */
    List<String> articles() {
        return new ArrayList<>(number.keySet());
    }

    JsonNode info(String id) {
        return info.get(id);
    }

    /** An article's title, else its id. */
    String title(String id) {
        JsonNode a = info.get(id);
        String t = a == null ? null : text(a, "title");
        return t == null ? id : t;
    }

    /** Outlet, credited agency and date of an article, as one line. */
    String describe(String id) {
        JsonNode a = info.get(id);
        if (a == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String outlet = text(a, "outlet");
        String credit = text(a, "credit");
        if (outlet != null) {
            parts.add(outlet);
        }
        if (credit != null && !credit.equals(outlet)) {
            parts.add("credits " + credit);
        }
        parts.add(PageText.date(text(a, "published")));
        return String.join(" · ", parts);
    }

    /**
     * Appends marks for a cited sentence ({@code {"sources", "evidence", "paraphrases"}}): one per
     * article that prints it, then one per article that says it in other words.
     */
    void cite(Element parent, JsonNode cited) {
        Element span = parent.appendElement("span").addClass("cites");
        Map<String, String> evidence = new LinkedHashMap<>();
        for (JsonNode e : cited.path("evidence")) {
            evidence.put(e.path("article").asText(), e.path("text").asText());
        }
        List<String> sources = new ArrayList<>();
        cited.path("sources").forEach(s -> sources.add(s.asText()));
        sources.sort((a, b) -> Integer.compare(number(a), number(b)));
        for (String s : sources) {
            mark(span, s, evidence.get(s), false);
        }
        List<JsonNode> paraphrases = new ArrayList<>();
        cited.path("paraphrases").forEach(paraphrases::add);
        paraphrases.sort((a, b) -> Integer.compare(number(a.path("article").asText()), number(b.path("article").asText())));
        for (JsonNode p : paraphrases) {
            mark(span, p.path("article").asText(), p.path("text").asText(), true);
        }
    }

    /** Appends marks for articles alone (a quote's or a claim's sources), each with its description. */
    void cite(Element parent, List<String> ids) {
        Element span = parent.appendElement("span").addClass("cites");
        ids.stream().distinct().sorted((a, b) -> Integer.compare(number(a), number(b)))
                .forEach(id -> mark(span, id, null, false));
    }

    private void mark(Element parent, String id, String sentence, boolean inOtherWords) {
        int n = number(id);
        Element d = parent.appendElement("details").addClass("cite");
        d.appendElement("summary").attr("aria-label", "Source " + n + ": " + title(id)).text("[" + n + "]");
        Element body = d.appendElement("span").addClass("cite-body");
        Element source = body.appendElement("span").addClass("cite-source");
        source.appendText("[" + n + "] ");
        source.appendElement("a").attr("href", links.article(id)).text(title(id));
        String meta = describe(id);
        if (!meta.isEmpty()) {
            source.appendText(" · " + meta);
        }
        if (inOtherWords) {
            source.appendText(" · in its own words");
        }
        if (sentence != null) {
            body.appendElement("q").text(sentence);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
