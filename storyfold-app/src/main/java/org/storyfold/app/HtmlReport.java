package org.storyfold.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.storyfold.Digest;
import org.storyfold.Problem;
import org.storyfold.StoryfoldConfig;
import org.storyfold.app.page.PageDocument;
import org.storyfold.app.page.PageLinks;
import org.storyfold.app.page.StoryView;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.Storyline;
import org.storyfold.cluster.StorylineLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.SentenceDiff;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import org.storyfold.store.StoredStoryline;
import org.storyfold.synth.Brief;
import org.storyfold.synth.StorylineFigures;

/**
 * Writes a digest as one self-contained, printable HTML file: each story as the server's story
 * page shows it, in the same order (the same renderer, from the same story page JSON), with the
 * style sheet inlined, no script and nothing fetched. Citations open in place without a script,
 * and a copy's changes and each article's text are written in the file.
 */
final class HtmlReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Digest digest;
    private final List<Problem> rejectedPages;

    /** A report of {@code digest}, closing with the pages rejected as not articles that state what they are. */
    HtmlReport(Digest digest, List<Problem> rejectedPages) {
        this.digest = digest;
        this.rejectedPages = List.copyOf(rejectedPages);
    }

    void write(PrintWriter out) {
        Map<String, Article> byId = new HashMap<>();
        digest.articles().forEach(a -> byId.put(a.id(), a));
        Map<String, List<DuplicateGroup>> groupsOf = new HashMap<>();
        for (DuplicateGroup g : digest.duplicates()) {
            g.members().forEach(m -> groupsOf.computeIfAbsent(m, k -> new java.util.ArrayList<>()).add(g));
        }
        PageDocument doc = PageDocument.file("storyfold digest", PageDocument.css());
        Element main = doc.main();
        main.appendElement("h1").text("storyfold digest");
        main.appendElement("p").addClass("meta").text(digest.articles().size() + " articles, " + digest.stories().size()
                + " stories, " + digest.duplicates().size() + " duplicate groups");
        Element toc = main.appendElement("nav").attr("aria-label", "Stories").appendElement("ol");
        List<JsonNode> pages = new java.util.ArrayList<>();
        StorylineFigures figures = JsonFormat.storylineFigures(digest.storylines());
        Map<String, String> titleOf = new HashMap<>();
        Map<String, LocalDate[]> datesOf = new HashMap<>();
        for (Story story : digest.stories()) {
            Brief brief = digest.computeBrief(story.id());
            figures.add(story.id(), brief);
            JsonNode page = page(story, brief, byId, groupsOf);
            pages.add(page);
            String title = JsonFormat.headline(story, brief);
            titleOf.put(story.id(), title);
            datesOf.put(story.id(), new LocalDate[] {brief.coverage().firstReported() == null ? null
                    : brief.coverage().firstReported().time(), brief.coverage().lastUpdated()});
            toc.appendElement("li").appendElement("a").attr("href", PageLinks.FILE.story(story.id()))
                    .text(title == null ? "Untitled story " + story.id() : title);
        }
        Map<String, StoredStoryline> lineOf = new HashMap<>();
        for (Storyline l : digest.storylines()) {
            Map<String, StorylineLink> linkTo = new HashMap<>();
            l.links().forEach(k -> linkTo.put(k.later(), k));
            List<StoredStoryline.Member> members = l.stories().stream().map(s -> {
                StorylineLink k = linkTo.get(s);
                LocalDate[] d = datesOf.getOrDefault(s, new LocalDate[2]);
                return new StoredStoryline.Member(s, titleOf.get(s), d[0], d[1], k == null ? null : k.reason(),
                        k == null || k.days() != null);
            }).toList();
            StoredStoryline line = new StoredStoryline(members, figures.tracks(l.stories()));
            l.stories().forEach(s -> lineOf.put(s, line));
        }
        SentenceDiff diff = new SentenceDiff(StoryfoldConfig.defaults().dedup());
        for (JsonNode page : pages) {
            String id = page.at("/story/id").asText();
            new StoryView(page, PageLinks.FILE, 2).render(main, lineOf.get(id),
                    (original, copy) -> byId.containsKey(original) && byId.containsKey(copy)
                            ? diff.compare(byId.get(original), byId.get(copy)) : null,
                    a -> byId.containsKey(a) ? byId.get(a).text() : null);
        }
        rejected(main);
        out.print(doc.html());
        out.println();
    }

    /** The pages that are not articles, each with what it states: a reader still wants to know what they were. */
    private void rejected(Element main) {
        if (rejectedPages.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").attr("id", "rejected");
        section.appendElement("h2").text("Pages that are not articles");
        Element list = section.appendElement("ul");
        for (Problem p : rejectedPages) {
            Element li = list.appendElement("li");
            li.appendElement("p").text(p.page().describe());
            li.appendElement("p").addClass("meta").text(p.toString());
        }
    }

    /** The story's page as the server keeps it: the same JSON renders the same page. */
    private static JsonNode page(Story story, Brief brief, Map<String, Article> byId,
                                 Map<String, List<DuplicateGroup>> groupsOf) {
        List<Article> members = story.articles().stream().map(byId::get).toList();
        java.util.Set<DuplicateGroup> seen = new java.util.LinkedHashSet<>();
        story.articles().forEach(a -> seen.addAll(groupsOf.getOrDefault(a, List.of())));
        List<DuplicateGroup> groups = List.copyOf(seen);
        StringWriter json = new StringWriter();
        try {
            JsonFormat.writeStoryPage(story, brief, members, groups, json);
            return JSON.readTree(json.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
