package org.storyfold.app;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.storyfold.Digest;
import org.storyfold.cluster.Story;
import org.storyfold.dedup.CopyEdits;
import org.storyfold.cluster.Storyline;
import org.storyfold.cluster.StorylineLink;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.extract.RemovedLine;
import org.storyfold.synth.Brief;
import org.storyfold.synth.CitedSentence;
import org.storyfold.synth.Conflict;
import org.storyfold.synth.Misdated;
import org.storyfold.synth.Quote;
import org.storyfold.synth.TimelineEntry;

/** Writes results for people to read in a terminal: stories, sources, cited summaries, copies, furniture. */
final class TextReport {

    private static final int WIDTH = 100;
    private final PrintWriter out;

    TextReport(PrintWriter out) {
        this.out = out;
    }

    void digest(Digest digest) {
        Map<String, Article> byId = byId(digest.articles());
        out.printf(Locale.ROOT, "%d article%s, %d stor%s, %d duplicate group%s%n", digest.articles().size(),
                plural(digest.articles().size()), digest.stories().size(), digest.stories().size() == 1 ? "y" : "ies",
                digest.duplicates().size(), plural(digest.duplicates().size()));
        for (Story story : digest.stories()) {
            out.println();
            heading("Story " + story.id() + ": " + (story.title() == null ? "(untitled)" : story.title()));
            Map<String, Integer> number = new LinkedHashMap<>();
            story.articles().forEach(id -> number.put(id, number.size() + 1));
            out.println("Sources:");
            for (String id : story.articles()) {
                out.printf("  [%d] %s%n", number.get(id), describe(byId.get(id)));
            }
            Brief brief = digest.briefs().get(story.id());
            if (brief != null) {
                out.println();
                out.println("Summary:");
                for (CitedSentence s : brief.summary()) {
                    wrap(s.text() + " " + marks(s.sources(), number), "  ", "  ");
                }
                if (!brief.facts().isEmpty()) {
                    out.println();
                    out.println("Stated by two or more articles:");
                    for (CitedSentence s : brief.facts()) {
                        wrap(s.text() + " " + marks(s.sources(), number), "  - ", "    ");
                    }
                }
            }
            if (brief != null) {
                briefDetails(brief, number);
            }
            List<DuplicateGroup> copies = digest.duplicates().stream()
                    .filter(g -> story.articles().contains(g.original())).toList();
            if (!copies.isEmpty()) {
                out.println();
                out.println("Copies:");
                copies.forEach(g -> group(g, number));
            }
        }
        storylines(digest.storylines());
        furniture(digest.articles());
    }

    /** The brief's figures that disagree, quotes, timeline, names and misdated articles. */
    private void briefDetails(Brief brief, Map<String, Integer> number) {
        if (!brief.conflicts().isEmpty()) {
            out.println();
            out.println("Figures that differ:");
            for (Conflict c : brief.conflicts()) {
                wrap(c.subject() + " (differs by " + String.join(" and ", c.differsBy()) + ")", "  ", "  ");
                for (Conflict.Claim claim : c.claims()) {
                    String who = claim.speaker() == null ? "" : ", per " + claim.speaker();
                    String when = claim.date() == null ? "" : ", " + claim.date();
                    wrap(claim.value() + who + when + " " + marks(claim.sources(), number), "    - ", "      ");
                }
            }
        }
        List<Quote> direct = brief.quotes().stream().filter(q -> Quote.DIRECT.equals(q.kind())).toList();
        if (!direct.isEmpty()) {
            out.println();
            out.println("Quotes:");
            for (Quote q : direct) {
                wrap(q.speaker() + ": \u201c" + q.text() + "\u201d " + marks(q.sources(), number), "  - ", "    ");
            }
        }
        if (!brief.timeline().isEmpty()) {
            out.println();
            out.println("Timeline:");
            for (TimelineEntry t : brief.timeline()) {
                wrap(t.date() + ": " + t.text() + " " + marks(t.sources(), number), "  ", "    ");
            }
        }
        if (!brief.entities().isEmpty()) {
            out.println();
            out.println("Names:");
            String names = brief.entities().stream()
                    .map(e -> e.aliases().isEmpty() ? e.name() : e.name() + " (" + String.join(", ", e.aliases()) + ")")
                    .collect(Collectors.joining("; "));
            wrap(names, "  ", "  ");
        }
        for (Misdated m : brief.misdated()) {
            out.println();
            wrap("Note: [" + number.getOrDefault(m.article(), 0) + "] " + m.article() + " is dated " + m.stated()
                    + " but reports events of " + m.content() + " (" + m.reason() + ")", "", "  ");
        }
    }

    /** The storylines, each link with its reason; nothing when there are none. */
    void storylines(List<Storyline> storylines) {
        for (Storyline l : storylines) {
            out.println();
            heading("Storyline " + l.id() + ": stories " + String.join(", ", l.stories()));
            for (StorylineLink k : l.links()) {
                wrap(k.earlier() + " -> " + k.later() + ": " + k.reason(), "  ", "    ");
            }
        }
    }

    void articles(List<Article> articles) {
        for (Article a : articles) {
            heading(a.id());
            out.println("  title:     " + orDash(a.title()));
            out.println("  published: " + orDash(a.published()));
            out.println("  outlet:    " + orDash(a.outlet()));
            out.println("  credit:    " + orDash(a.credit()));
            out.println("  dateline:  " + orDash(a.dateline()));
            out.println("  source:    " + a.source());
            a.repairs().forEach(r -> out.println("  repaired:  " + r));
            out.println();
            for (String paragraph : a.text().split("\n\n")) {
                wrap(paragraph, "  ", "  ");
            }
            if (!a.removed().isEmpty()) {
                out.println();
                out.println("  Removed:");
                for (RemovedLine r : a.removed()) {
                    wrap("\"" + r.text() + "\" (" + r.reason() + ")", "    ", "      ");
                }
            }
            out.println();
        }
    }

    void groups(List<DuplicateGroup> groups, List<Article> articles) {
        Map<String, Article> byId = byId(articles);
        out.printf(Locale.ROOT, "%d duplicate group%s among %d article%s%n", groups.size(), plural(groups.size()),
                articles.size(), plural(articles.size()));
        int n = 0;
        for (DuplicateGroup g : groups) {
            out.println();
            heading("Group " + (++n) + ": " + g.kind().label() + ", " + g.members().size() + " articles");
            out.println("  original: " + describe(g.original(), byId));
            for (CopyLink l : g.links()) {
                out.printf(Locale.ROOT, "  %-8s %s%n", l.kind().label(), describe(l.copy(), byId));
                out.printf(Locale.ROOT, "           %s of its text in %d sentences matching %s%n",
                        percent(l.similarity()), l.copiedSentences(), l.original());
                edits(l.edits(), l.original());
            }
        }
    }

    /** A copy's edits: its substitutions, then the sentences it adds, drops and changes. */
    private void edits(CopyEdits edits, String original) {
        if (edits == null) {
            return;
        }
        if (!edits.substitutions().isEmpty()) {
            wrap("substitutes " + edits.substitutions().stream()
                    .map(s -> s.from() + " \u2192 " + s.to() + " (" + s.count() + " sentences)")
                    .collect(Collectors.joining(", ")), "           ", "             ");
        }
        if (!edits.added().isEmpty()) {
            out.printf(Locale.ROOT, "           adds %d sentence%s:%n", edits.added().size(), plural(edits.added().size()));
            edits.added().forEach(s -> wrap(s, "             + ", "               "));
        }
        if (!edits.dropped().isEmpty()) {
            out.printf(Locale.ROOT, "           drops %d sentence%s of %s:%n", edits.dropped().size(),
                    plural(edits.dropped().size()), original);
            edits.dropped().forEach(s -> wrap(s, "             - ", "               "));
        }
        if (!edits.changed().isEmpty()) {
            out.printf(Locale.ROOT, "           changes %d sentence%s%n", edits.changed().size(), plural(edits.changed().size()));
        }
    }

    void stories(List<Story> stories, List<Article> articles) {
        Map<String, Article> byId = byId(articles);
        out.printf(Locale.ROOT, "%d stor%s from %d article%s%n", stories.size(), stories.size() == 1 ? "y" : "ies",
                articles.size(), plural(articles.size()));
        for (Story s : stories) {
            out.println();
            heading("Story " + s.id() + ": " + (s.title() == null ? "(untitled)" : s.title()));
            for (String id : s.articles()) {
                out.println("  " + describe(byId.get(id)));
            }
        }
    }

    private void group(DuplicateGroup g, Map<String, Integer> number) {
        for (CopyLink l : g.links()) {
            String verb = switch (l.kind()) {
                case EXACT -> "is an exact copy of";
                case NEAR -> "is a near copy of";
                case PARTIAL -> "reuses " + l.copiedSentences() + " sentences of";
            };
            out.printf(Locale.ROOT, "  [%d] %s %s [%d] %s (%s of its text)%n", number.getOrDefault(l.copy(), 0),
                    l.copy(), verb, number.getOrDefault(l.original(), 0), l.original(), percent(l.similarity()));
        }
    }

    private void furniture(List<Article> articles) {
        if (articles.stream().allMatch(a -> a.removed().isEmpty())) {
            return;
        }
        out.println();
        heading("Removed from the articles");
        for (Article a : articles) {
            for (RemovedLine r : a.removed()) {
                wrap(a.id() + ": \"" + r.text() + "\" (" + r.reason() + ")", "  ", "      ");
            }
        }
    }

    /** The article's description, or its id alone when it was not read in this run (a copy index's member). */
    private static String describe(String id, Map<String, Article> byId) {
        Article a = byId.get(id);
        return a == null ? id : describe(a);
    }

    private static String describe(Article a) {
        StringBuilder sb = new StringBuilder(a.id());
        if (a.title() != null) {
            sb.append("  \"").append(a.title()).append('"');
        }
        String meta = java.util.stream.Stream.of(a.outlet(), a.credit(), a.published() == null ? null : a.published().toString(), a.dateline())
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(", "));
        if (!meta.isEmpty()) {
            sb.append("  (").append(meta).append(')');
        }
        return sb.toString();
    }

    private static String marks(List<String> sources, Map<String, Integer> number) {
        return sources.stream().map(number::get).sorted().map(n -> "[" + n + "]").collect(Collectors.joining());
    }

    private void heading(String text) {
        out.println(text);
        out.println("=".repeat(Math.min(WIDTH, text.length())));
    }

    /** Prints {@code text} wrapped at the report width, with the first and following line prefixes. */
    private void wrap(String text, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(rest);
                start = rest.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }

    private static Map<String, Article> byId(List<Article> articles) {
        Map<String, Article> map = new HashMap<>();
        articles.forEach(a -> map.put(a.id(), a));
        return map;
    }

    private static String percent(double x) {
        return Math.round(x * 100) + "%";
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
