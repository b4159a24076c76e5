package org.storyfold.app.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.storyfold.dedup.ArticleDiff;
import org.storyfold.store.StoredStoryline;
import org.storyfold.synth.FigureTrack;

/**
 * A story as an editor reads it, answers first: the headline; one status line (articles,
 * independent sources, first reported, last updated) with its warnings and storyline; the
 * summary; the facts independent sources confirm; the figures that really disagree; who covered
 * it; the timeline. Then, folded: quotes (each once, wordings that differ only by a name's
 * spelling counted as one), figures (each claim once), names, copies with their changes, and all
 * articles. Renders the story page JSON the server keeps, so that the server and {@code digest
 * --format html} show the same. Not thread-safe: one per page.
 */
public final class StoryView {

    private final JsonNode page;
    private final JsonNode story;
    private final JsonNode brief;
    private final PageLinks links;
    private final CitationMarks marks;
    private final int level;

    /**
     * @param page  a story page ({@code {"story", "articles", "duplicates", "independentSources"}})
     * @param level the headline's level: 1 on its own page, 2 among other stories in a file
     */
    public StoryView(JsonNode page, PageLinks links, int level) {
        this.page = page;
        this.story = page.path("story");
        this.brief = story.path("brief");
        this.links = links;
        this.marks = new CitationMarks(page, links);
        this.level = level;
    }

    /** The story's headline, or a stand-in when it has none. */
    public String headline() {
        String t = CitationMarks.text(story, "title");
        return t == null ? "Untitled story " + story.path("id").asText() : t;
    }

    /**
     * Appends the story.
     *
     * @param storyline its storyline, or null when it is in none
     * @param diffs     a copy's changes to write in place (in a file), or null to fetch them when shown
     * @param texts     each article's text to write in place (in a file), or null to link its page
     */
    public void render(Element parent, StoredStoryline storyline, BiFunction<String, String, ArticleDiff> diffs,
                       Function<String, String> texts) {
        String id = story.path("id").asText();
        Element article = parent.appendElement("article").addClass("story").attr("id", "story-" + PageText.anchor(id))
                .attr("aria-labelledby", "headline-" + PageText.anchor(id));
        article.appendElement("h" + level).attr("id", "headline-" + PageText.anchor(id)).text(headline());
        status(article);
        warnings(article);
        if (storyline != null) {
            storylineNav(article, storyline, id);
        }
        summary(article);
        facts(article);
        conflicts(article, storyline);
        coverage(article);
        timeline(article);
        quotes(article);
        figures(article);
        names(article);
        copies(article, diffs);
        allArticles(article, texts);
    }

    private String h2() {
        return "h" + (level + 1);
    }

    private String h3() {
        return "h" + (level + 2);
    }

    private Element section(Element parent, String key, String heading) {
        String id = key + "-" + PageText.anchor(story.path("id").asText());
        Element s = parent.appendElement("section").addClass("section-" + key).attr("id", id)
                .attr("aria-labelledby", "h-" + id);
        s.appendElement(h2()).attr("id", "h-" + id).text(heading);
        return s;
    }

    private Element fold(Element parent, String key, String heading) {
        String id = key + "-" + PageText.anchor(story.path("id").asText());
        Element d = parent.appendElement("details").addClass("fold").addClass("section-" + key).attr("id", id);
        d.appendElement("summary").appendElement(h2()).text(heading);
        return d;
    }

    // ---- Answers first -------------------------------------------------------------------------

    private void status(Element parent) {
        int articles = story.path("articles").size();
        Element p = parent.appendElement("p").addClass("status-line");
        p.appendText(PageText.count(articles, "article", "articles") + " from "
                + PageText.count(story.path("independentSources").asInt(1), "independent source", "independent sources"));
        JsonNode first = story.path("firstReported");
        if (first.isObject()) {
            p.appendText(" · first reported ");
            time(p, CitationMarks.text(first, "time"));
            String by = CitationMarks.text(first, "article");
            if (by != null) {
                p.appendText(" by [" + marks.number(by) + "]");
            }
            p.appendText(" · last updated ");
            time(p, CitationMarks.text(story, "lastUpdated"));
        } else {
            p.appendText(" · no article states its date");
        }
    }

    private void warnings(Element parent) {
        JsonNode misdated = brief.path("misdated");
        if (misdated.isEmpty()) {
            return;
        }
        Element ul = parent.appendElement("ul").addClass("warnings").attr("aria-label", "Warnings");
        for (JsonNode m : misdated) {
            String a = m.path("article").asText();
            Element li = ul.appendElement("li");
            li.appendText("[" + marks.number(a) + "] ");
            li.appendElement("a").attr("href", links.article(a)).text(marks.title(a));
            li.appendText(" is dated ");
            time(li, CitationMarks.text(m, "stated"));
            li.appendText(" but reports events of ");
            time(li, CitationMarks.text(m, "content"));
            li.appendText(": its date decides nothing here.");
        }
    }

    private void storylineNav(Element parent, StoredStoryline line, String current) {
        Element nav = parent.appendElement("nav").addClass("storyline").attr("aria-label", "Storyline");
        nav.appendText("Storyline, " + (line.stories().stream().allMatch(StoredStoryline.Member::ordered)
                ? "earliest first:" : "in the order its stories began (some are undated):"));
        Element ol = nav.appendElement("ol");
        for (StoredStoryline.Member m : line.stories()) {
            Element li = ol.appendElement("li");
            String title = m.title() == null ? "Untitled story " + m.story() : m.title();
            if (m.story().equals(current)) {
                li.appendElement("span").attr("aria-current", "page").text(title);
            } else {
                li.appendElement("a").attr("href", links.story(m.story())).text(title);
            }
            li.appendText(" ");
            Element when = li.appendElement("span").addClass("meta");
            if (m.first() == null) {
                when.text("(undated)");
            } else {
                when.appendText("(");
                time(when, m.first().toString());
                if (m.last() != null && !m.last().equals(m.first())) {
                    when.appendText(" to ");
                    time(when, m.last().toString());
                }
                when.appendText(")");
            }
        }
    }

    private void summary(Element parent) {
        JsonNode summary = brief.path("summary");
        if (summary.isEmpty()) {
            return;
        }
        Element s = section(parent, "summary", "Summary");
        for (JsonNode c : summary) {
            Element div = s.appendElement("div").addClass("sentence");
            div.appendText(c.path("text").asText() + " ");
            marks.cite(div, c);
        }
    }

    private void facts(Element parent) {
        JsonNode confirmed = brief.path("confirmed");
        JsonNode single = brief.path("singleSource");
        if (confirmed.isEmpty() && single.isEmpty()) {
            return;
        }
        Element s = section(parent, "confirmed", "Confirmed by independent sources");
        if (confirmed.isEmpty()) {
            s.appendElement("p").text("No fact of this story is stated by two independent sources: what several"
                    + " articles print comes from one source.");
        } else {
            Element ul = s.appendElement("ul");
            for (JsonNode c : confirmed) {
                Element li = ul.appendElement("li");
                li.appendText(c.path("text").asText() + " ");
                marks.cite(li, c);
                li.appendText(" ");
                li.appendElement("span").addClass("origins").text("(" + c.path("independent").asInt() + " independent: "
                        + labels(c.path("origins")) + ")");
            }
        }
        if (!single.isEmpty()) {
            Element d = s.appendElement("details").addClass("fold");
            d.appendElement("summary").text("Reported by one source, printed by several articles (" + single.size() + ")");
            Element ul = d.appendElement("ul");
            for (JsonNode c : single) {
                Element li = ul.appendElement("li");
                li.appendText(c.path("text").asText() + " ");
                marks.cite(li, c);
                li.appendText(" ");
                li.appendElement("span").addClass("origins").text("(" + labels(c.path("origins")) + ")");
            }
        }
    }

    private static String labels(JsonNode origins) {
        List<String> out = new ArrayList<>();
        origins.forEach(o -> out.add(o.path("label").asText()));
        return String.join("; ", out);
    }

    private void conflicts(Element parent, StoredStoryline line) {
        JsonNode conflicts = brief.path("conflicts");
        List<FigureTrack> tracks = line == null ? List.of()
                : line.figures().stream().filter(t -> !FigureTrack.CONSISTENT.equals(t.verdict())).toList();
        Element s = section(parent, "conflicts", "Figures that disagree");
        if (conflicts.isEmpty() && tracks.isEmpty()) {
            s.appendElement("p").text("No figures of this story contradict one another.");
            return;
        }
        for (JsonNode c : conflicts) {
            String label = CitationMarks.text(c, "label");
            s.appendElement(h3()).text(label == null ? c.path("subject").asText() : label);
            List<String> why = new ArrayList<>();
            c.path("differsBy").forEach(x -> why.add(x.asText()));
            JsonNode spread = c.path("spread");
            s.appendElement("p").addClass("meta").text("They differ by " + String.join(" and ", why)
                    + (spread.path("low").isNumber() && spread.path("high").isNumber()
                    ? ": from " + number(spread.get("low").asDouble()) + " to " + number(spread.get("high").asDouble()) : "")
                    + (why.contains("date") && !why.contains("source") ? "; a count that changes over days may be no contradiction" : "")
                    + ".");
            Element ul = s.appendElement("ul").addClass("claims");
            for (JsonNode claim : c.path("claims")) {
                Element li = ul.appendElement("li");
                List<String> values = strings(claim.path("values"));
                li.appendElement("span").addClass("value").text(values.isEmpty() ? claim.path("value").asText()
                        : String.join(" = ", values));
                List<String> speakers = strings(claim.path("speakers"));
                if (!speakers.isEmpty()) {
                    li.appendText(", per " + String.join(" and ", speakers));
                }
                li.appendText(", ");
                List<String> dates = strings(claim.path("dates"));
                if (dates.isEmpty()) {
                    li.appendText("undated");
                } else {
                    for (int i = 0; i < dates.size(); i++) {
                        if (i > 0) {
                            li.appendText(" and ");
                        }
                        time(li, dates.get(i));
                    }
                }
                li.appendText(" ");
                marks.cite(li, strings(claim.path("sources")));
                int independent = claim.path("independent").asInt(0);
                if (independent > 0 && independent < claim.path("sources").size()) {
                    li.appendText(" ");
                    li.appendElement("span").addClass("origins")
                            .text("(" + PageText.count(independent, "independent source", "independent sources") + ")");
                }
            }
        }
        for (FigureTrack t : tracks) {
            s.appendElement(h3()).text(t.label() + ", across the storyline");
            s.appendElement("p").addClass("meta").text(switch (t.verdict()) {
                case FigureTrack.CONFLICT -> "The stories give counts that cannot both be true on the same day.";
                case FigureTrack.DEVELOPMENT -> "The count changed from day to day: a development, not a conflict.";
                default -> "The counts differ, but an undated claim leaves open whether the count changed or the sources disagree.";
            });
            Element ul = s.appendElement("ul").addClass("claims");
            for (FigureTrack.Point p : t.points()) {
                Element li = ul.appendElement("li");
                li.appendElement("span").addClass("value").text(p.value());
                if (p.speaker() != null) {
                    li.appendText(", per " + p.speaker());
                }
                li.appendText(", ");
                time(li, p.date());
                li.appendText(", in ");
                li.appendElement("a").attr("href", links.story(p.story())).text("story " + p.story());
            }
        }
    }

    private void coverage(Element parent) {
        JsonNode coverage = story.path("coverage");
        if (coverage.isEmpty()) {
            return;
        }
        Element ol = section(parent, "coverage", "Coverage").appendElement("ol").addClass("coverage");
        for (JsonNode e : coverage) {
            String a = e.path("article").asText();
            Element what = datedItem(ol, CitationMarks.text(e, "published"));
            what.appendText("[" + marks.number(a) + "] ");
            what.appendElement("a").attr("href", links.article(a)).text(marks.title(a));
            List<String> who = new ArrayList<>();
            String outlet = CitationMarks.text(e, "outlet");
            String credit = CitationMarks.text(e, "credit");
            if (outlet != null) {
                who.add(outlet);
            }
            if (credit != null && !credit.equals(outlet)) {
                who.add("credits " + credit);
            }
            if (!who.isEmpty()) {
                what.appendText(" · " + String.join(", ", who));
            }
            what.appendText(" ");
            String copyOf = CitationMarks.text(e, "copyOf");
            String role = switch (e.path("role").asText()) {
                case "wire" -> "prints the " + (credit == null ? "agency" : credit) + " dispatch";
                case "copy" -> "copy of [" + marks.number(copyOf) + "]";
                case "partial" -> "reuses sentences of [" + marks.number(copyOf) + "]";
                case "original" -> "original, copied by others";
                default -> "independent report";
            };
            what.appendElement("span").addClass("role").text(role);
            if (e.path("misdated").asBoolean()) {
                what.appendText(" ");
                what.appendElement("span").addClass("role").text("date contradicts its content");
            }
        }
    }

    private void timeline(Element parent) {
        JsonNode timeline = brief.path("timeline");
        if (timeline.isEmpty()) {
            return;
        }
        Element ol = section(parent, "timeline", "Timeline").appendElement("ol").addClass("timeline");
        for (JsonNode t : timeline) {
            Element what = datedItem(ol, CitationMarks.text(t, "date"));
            what.appendText(t.path("text").asText() + " ");
            marks.cite(what, strings(t.path("sources")));
        }
    }

    // ---- Folded --------------------------------------------------------------------------------

    private void quotes(Element parent) {
        JsonNode quotes = brief.path("quotes");
        if (quotes.isEmpty()) {
            return;
        }
        Map<String, String> canonical = aliases();
        Element d = fold(parent, "quotes", "Quotes (" + quotes.size() + ")");
        Element ul = d.appendElement("ul");
        for (JsonNode q : quotes) {
            Element li = ul.appendElement("li");
            String kind = q.path("kind").asText();
            String verb = CitationMarks.text(q, "verb");
            li.appendElement("strong").text(q.path("speaker").asText());
            String affiliation = CitationMarks.text(q, "affiliation");
            if (affiliation != null) {
                li.appendText(" (" + affiliation + ")");
            }
            li.appendText(" " + (verb == null ? "said" : verb.toLowerCase(Locale.ROOT)) + ": ");
            String text = q.path("text").asText();
            li.appendElement("span").addClass("quote-text")
                    .text("direct".equals(kind) ? "\u201c" + text + "\u201d" : text);
            if ("denied".equals(kind) || "disputed".equals(kind)) {
                li.appendText(" ");
                li.appendElement("span").addClass("role").text(kind + " by the speaker");
            }
            li.appendText(" ");
            Map<String, String> wordingOf = new LinkedHashMap<>();
            for (JsonNode v : q.path("variants")) {
                for (JsonNode s : v.path("sources")) {
                    wordingOf.put(s.asText(), v.path("text").asText());
                }
            }
            marks.cite(li, quoteCitation(q, wordingOf));
            Set<String> wordings = new LinkedHashSet<>();
            for (String w : wordingOf.values()) {
                wordings.add(fold(w, canonical));
            }
            if (wordings.size() > 1) {
                li.appendText(" ");
                li.appendElement("span").addClass("meta").text("(" + wordings.size() + " wordings)");
            }
        }
    }

    /** A quote as a cited sentence: each source with its own wording. */
    private static JsonNode quoteCitation(JsonNode q, Map<String, String> wordingOf) {
        com.fasterxml.jackson.databind.node.ObjectNode cited = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        cited.set("sources", q.path("sources"));
        var evidence = cited.putArray("evidence");
        for (JsonNode s : q.path("sources")) {
            evidence.addObject().put("article", s.asText()).put("text", wordingOf.getOrDefault(s.asText(),
                    q.path("text").asText()));
        }
        return cited;
    }

    /** Every name the brief knows, to the entity's name: wordings that differ only by these are one. */
    private Map<String, String> aliases() {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode e : brief.path("entities")) {
            for (JsonNode a : e.path("aliases")) {
                out.put(a.asText(), e.path("name").asText());
            }
        }
        return out;
    }

    private static String fold(String wording, Map<String, String> canonical) {
        String out = wording;
        for (Map.Entry<String, String> e : canonical.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])").matcher(out);
            out = m.replaceAll(Matcher.quoteReplacement(e.getValue()));
        }
        return out.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private void figures(Element parent) {
        JsonNode figures = brief.path("figures");
        if (figures.isEmpty()) {
            return;
        }
        // One row per distinct claim: what it counts and the amount it means, with every article that prints it.
        Map<String, List<JsonNode>> claims = new LinkedHashMap<>();
        for (JsonNode f : figures) {
            // Figures of one quantity meet by their measure ("militants remained" and "fighters were in" are one).
            String what = CitationMarks.text(f, "measure");
            if (what == null) {
                what = CitationMarks.text(f, "label") == null ? f.path("subject").asText() : f.path("label").asText();
            }
            claims.computeIfAbsent(what + "|" + f.path("low").asText() + "|" + f.path("high").asText(),
                    k -> new ArrayList<>()).add(f);
        }
        Element d = fold(parent, "figures", "Figures (" + claims.size() + ")");
        Element table = d.appendElement("table").addClass("stack");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("What", "Amount", "Who says", "When", "Sources")) {
            head.appendElement("th").attr("scope", "col").text(h);
        }
        Element body = table.appendElement("tbody");
        for (List<JsonNode> same : claims.values()) {
            JsonNode first = same.get(0);
            Set<String> values = new LinkedHashSet<>();
            Set<String> speakers = new LinkedHashSet<>();
            Set<String> dates = new LinkedHashSet<>();
            List<String> sources = new ArrayList<>();
            for (JsonNode f : same) {
                values.add(f.path("value").asText());
                String sp = CitationMarks.text(f, "speaker");
                if (sp != null) {
                    speakers.add(sp);
                }
                String dt = CitationMarks.text(f, "date");
                if (dt != null) {
                    dates.add(dt);
                }
                sources.add(f.path("source").asText());
            }
            Element tr = body.appendElement("tr");
            String label = CitationMarks.text(first, "label");
            tr.appendElement("td").attr("data-label", "What").text(label == null ? first.path("subject").asText() : label);
            tr.appendElement("td").attr("data-label", "Amount").text(String.join(" = ", values));
            tr.appendElement("td").attr("data-label", "Who says").text(speakers.isEmpty() ? "the articles"
                    : String.join(", ", speakers));
            Element when = tr.appendElement("td").attr("data-label", "When");
            if (dates.isEmpty()) {
                when.text("undated");
            }
            int i = 0;
            for (String dt : dates) {
                if (i++ > 0) {
                    when.appendText(", ");
                }
                time(when, dt);
            }
            marks.cite(tr.appendElement("td").attr("data-label", "Sources"), sources);
        }
    }

    private void names(Element parent) {
        JsonNode entities = brief.path("entities");
        if (entities.isEmpty()) {
            return;
        }
        Element d = fold(parent, "names", "People, places and organisations (" + entities.size() + ")");
        Element ul = d.appendElement("ul");
        for (JsonNode e : entities) {
            List<String> aliases = strings(e.path("aliases"));
            String type = CitationMarks.text(e, "type");
            ul.appendElement("li").text(e.path("name").asText() + (aliases.isEmpty() ? "" : " (also " + String.join(", ",
                    aliases) + ")") + (type == null ? "" : " · " + type) + " · " + PageText.count(e.path("mentions").asInt(),
                    "mention", "mentions"));
        }
    }

    private void copies(Element parent, BiFunction<String, String, ArticleDiff> diffs) {
        List<JsonNode> copyLinks = new ArrayList<>();
        for (JsonNode g : page.path("duplicates")) {
            g.path("links").forEach(copyLinks::add);
        }
        if (copyLinks.isEmpty()) {
            return;
        }
        Element d = fold(parent, "copies", "Copies (" + copyLinks.size() + ")");
        Element ul = d.appendElement("ul");
        for (JsonNode l : copyLinks) {
            String copy = l.path("copy").asText();
            String original = l.path("original").asText();
            String kind = l.path("kind").asText();
            Element li = ul.appendElement("li");
            li.appendText("[" + marks.number(copy) + "] ");
            li.appendElement("a").attr("href", links.article(copy)).text(marks.title(copy));
            li.appendText(" " + ("partial".equals(kind) ? "reuses " + PageText.count(l.path("copiedSentences").asInt(),
                    "sentence", "sentences") + " of" : "is " + ("exact".equals(kind) ? "an exact" : "a near") + " copy of")
                    + " [" + marks.number(original) + "] ");
            li.appendElement("a").attr("href", links.article(original)).text(marks.title(original));
            li.appendText(" (" + Math.round(l.path("similarity").asDouble() * 100) + "% of its text).");
            Element changes = li.appendElement("details").addClass("changes");
            changes.appendElement("summary").text("What it changed");
            Element box = changes.appendElement("div").addClass("fragment");
            if (diffs != null) {
                ArticleDiff diff = diffs.apply(original, copy);
                if (diff != null) {
                    DiffView.render(box, diff, id -> "[" + marks.number(id) + "] " + marks.title(id));
                }
            } else {
                changes.attr("data-fragment", links.changes(original, copy));
                box.appendElement("a").attr("href", links.article(copy) + "#changes")
                        .text("See the copy beside its original");
            }
        }
    }

    private void allArticles(Element parent, Function<String, String> texts) {
        List<String> ids = marks.articles();
        Element d = fold(parent, "articles", "All articles (" + ids.size() + ")");
        Element ol = d.appendElement("ol");
        for (String a : ids) {
            Element li = ol.appendElement("li").attr("value", String.valueOf(marks.number(a)));
            if (texts != null) {
                li.attr("id", "article-" + PageText.anchor(a));
            }
            li.appendElement("a").attr("href", texts != null ? "#article-" + PageText.anchor(a) : links.article(a))
                    .text(marks.title(a));
            li.appendText(" ");
            li.appendElement("span").addClass("meta").text(a + " · " + marks.describe(a));
            if (texts != null) {
                String text = texts.apply(a);
                if (text != null) {
                    Element t = li.appendElement("details");
                    t.appendElement("summary").text("Its text");
                    Element box = t.appendElement("div").addClass("article-text");
                    for (String para : text.split("\\n\\s*\\n")) {
                        box.appendElement("p").text(para);
                    }
                }
            }
        }
    }

    // ---- Helpers -------------------------------------------------------------------------------

    /** An item of a dated list: its date in the first column, and the element for what happened. */
    private static Element datedItem(Element list, String iso) {
        Element li = list.appendElement("li");
        time(li, iso);
        return li.appendElement("span").addClass("what");
    }

    /** A date or span, readable and never broken across lines, with its machine form. */
    static void time(Element parent, String iso) {
        if (iso == null) {
            parent.appendElement("span").addClass("date").text("undated");
            return;
        }
        Element t = parent.appendElement("time").text(PageText.date(iso));
        if (iso.matches("\\d{4}(-\\d{2}){0,2}")) {
            t.attr("datetime", iso);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String number(double x) {
        return x == Math.rint(x) ? String.format(Locale.ROOT, "%,d", (long) x) : String.format(Locale.ROOT, "%,.1f", x);
    }
}
