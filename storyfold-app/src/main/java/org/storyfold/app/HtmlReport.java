package org.storyfold.app;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.Digest;
import org.storyfold.cluster.Story;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.extract.RemovedLine;
import org.storyfold.synth.Brief;
import org.storyfold.synth.CitedSentence;
import org.storyfold.synth.Evidence;

/**
 * Writes a digest as one self-contained HTML page (no scripts, no outside resources). Article text
 * is untrusted: every piece of it is escaped, never written as markup.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:1px solid #ccc}
            .cite{font-size:.8em;vertical-align:super;color:#05c;cursor:help}
            ol.sources li{margin:.2rem 0}.meta{color:#666;font-size:.9em}
            details{margin:.3rem 0}summary{cursor:pointer}td,th{padding:.2rem .6rem;text-align:left;vertical-align:top}
            """;

    private final Digest digest;

    HtmlReport(Digest digest) {
        this.digest = digest;
    }

    void write(PrintWriter out) {
        Map<String, Article> byId = new HashMap<>();
        digest.articles().forEach(a -> byId.put(a.id(), a));
        out.println("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>storyfold digest</title><style>" + STYLE + "</style></head><body>");
        out.printf("<h1>storyfold digest</h1><p class=\"meta\">%d articles, %d stories, %d duplicate groups</p>%n",
                digest.articles().size(), digest.stories().size(), digest.duplicates().size());
        for (Story story : digest.stories()) {
            story(out, story, byId);
        }
        out.println("</body></html>");
    }

    private void story(PrintWriter out, Story story, Map<String, Article> byId) {
        Map<String, Integer> number = new LinkedHashMap<>();
        story.articles().forEach(id -> number.put(id, number.size() + 1));
        out.printf("<section id=\"%s\"><h2>%s</h2>%n", esc(story.id()), esc(story.title() == null ? "(untitled)" : story.title()));
        Brief brief = digest.briefs().get(story.id());
        if (brief != null) {
            out.println("<h3>Summary</h3><p>");
            for (CitedSentence s : brief.summary()) {
                out.print(esc(s.text()));
                cites(out, s, number);
                out.println(" ");
            }
            out.println("</p>");
            if (!brief.facts().isEmpty()) {
                out.println("<h3>Stated by two or more articles</h3><ul>");
                for (CitedSentence s : brief.facts()) {
                    out.print("<li>" + esc(s.text()));
                    cites(out, s, number);
                    out.println("</li>");
                }
                out.println("</ul>");
            }
        }
        out.println("<h3>Sources</h3><ol class=\"sources\">");
        for (String id : story.articles()) {
            Article a = byId.get(id);
            out.printf("<li id=\"%s-%d\"><b>%s</b> <span class=\"meta\">%s · %s%s%s</span>%n", esc(story.id()), number.get(id),
                    esc(a.title() == null ? a.id() : a.title()), esc(a.id()),
                    a.published() == null ? "undated" : a.published(),
                    a.credit() == null ? "" : " · " + esc(a.credit()), a.outlet() == null ? "" : " · " + esc(a.outlet()));
            if (!a.removed().isEmpty()) {
                out.printf("<details><summary>%d lines removed</summary><ul>", a.removed().size());
                for (RemovedLine r : a.removed()) {
                    out.printf("<li>%s <span class=\"meta\">(%s)</span></li>", esc(r.text()), esc(r.reason()));
                }
                out.println("</ul></details>");
            }
            out.println("</li>");
        }
        out.println("</ol>");
        List<DuplicateGroup> groups = digest.duplicates().stream().filter(g -> story.articles().contains(g.original())).toList();
        if (!groups.isEmpty()) {
            out.println("<h3>Copies</h3><table><tr><th>copy</th><th>relation</th><th>original</th><th>text matched</th></tr>");
            for (DuplicateGroup g : groups) {
                for (CopyLink l : g.links()) {
                    out.printf("<tr><td>[%d] %s</td><td>%s</td><td>[%d] %s</td><td>%d%% in %d sentences</td></tr>%n",
                            number.getOrDefault(l.copy(), 0), esc(l.copy()), l.kind().label(),
                            number.getOrDefault(l.original(), 0), esc(l.original()),
                            Math.round(l.similarity() * 100), l.copiedSentences());
                }
            }
            out.println("</table>");
        }
        out.println("</section>");
    }

    private static void cites(PrintWriter out, CitedSentence s, Map<String, Integer> number) {
        for (Evidence e : s.evidence()) {
            int n = number.getOrDefault(e.article(), 0);
            out.printf("<span class=\"cite\" title=\"%s: %s\">[%d]</span>", esc(e.article()), esc(e.text()), n);
        }
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
