package org.storyfold.app;

import java.io.PrintWriter;
import java.util.ArrayList;
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
import org.storyfold.format.JsonFormat;
import org.storyfold.synth.Conflict;
import org.storyfold.synth.Coverage;
import org.storyfold.synth.FigureTrack;
import org.storyfold.synth.IndependentSource;
import org.storyfold.synth.StorylineFigures;
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
        StorylineFigures storylineFigures = JsonFormat.storylineFigures(digest.storylines());
        for (Story story : digest.stories()) {
            Brief brief = digest.computeBrief(story.id());
            storylineFigures.add(story.id(), brief);
            out.println();
            String title = JsonFormat.headline(story, brief);
            heading("Story " + story.id() + ": " + (title == null ? "(untitled)" : title));
            Map<String, Integer> number = new LinkedHashMap<>();
            story.articles().forEach(id -> number.put(id, number.size() + 1));
            if (brief != null) {
                status(story, brief, number);
            }
            out.println("Sources:");
            for (String id : story.articles()) {
                out.printf("  [%d] %s%n", number.get(id), describe(byId.get(id)));
            }
            if (brief != null) {
                out.println();
                out.println("Summary:");
                for (CitedSentence s : brief.summary()) {
                    wrap(s.text() + " " + marks(s.sources(), number), "  ", "  ");
                }
                facts(brief, number);
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
        storylines(digest.storylines(), storylineFigures);
        furniture(digest.articles());
    }

    /** The story's status line: articles and independent sources, first and last dates, then its warnings. */
    private void status(Story story, Brief brief, Map<String, Integer> number) {
        Coverage c = brief.coverage();
        StringBuilder line = new StringBuilder();
        line.append(count(story.articles().size(), "article")).append(" from ")
                .append(count(c.independentSources(), "independent source"));
        if (c.firstReported() == null) {
            line.append("; undated");
        } else {
            line.append("; first reported ").append(c.firstReported().time());
            if (c.firstReported().article() != null) {
                line.append(" by ").append(marks(List.of(c.firstReported().article()), number));
            } else {
                line.append(" (").append(marks(c.firstReported().articles(), number)).append(" the same day)");
            }
            line.append("; last updated ").append(c.lastUpdated());
        }
        wrap(line.toString(), "", "  ");
        for (Misdated m : brief.misdated()) {
            wrap("Warning: [" + number.getOrDefault(m.article(), 0) + "] " + m.article() + " is dated " + m.stated()
                    + " but reports events of " + m.content() + " (" + m.reason() + ")", "", "  ");
        }
    }

    /** The facts two or more independent sources state, then those that several articles print from one source. */
    private void facts(Brief brief, Map<String, Integer> number) {
        if (brief.facts().isEmpty()) {
            return;
        }
        out.println();
        List<CitedSentence> confirmed = brief.confirmed();
        if (confirmed.isEmpty()) {
            out.println("Confirmed by two or more independent sources: none");
        } else {
            out.println("Confirmed by two or more independent sources:");
            for (CitedSentence s : confirmed) {
                wrap(s.text() + " " + marks(stating(s), number) + " (" + s.independent() + " independent: "
                        + s.origins().stream().map(IndependentSource::label).collect(Collectors.joining("; ")) + ")",
                        "  - ", "    ");
            }
        }
        List<CitedSentence> single = brief.singleSource();
        if (!single.isEmpty()) {
            out.println();
            out.println("Reported by one source (printed by several articles):");
            for (CitedSentence s : single) {
                wrap(s.text() + " " + marks(stating(s), number) + " (" + s.origins().get(0).label() + ")", "  - ",
                        "    ");
            }
        }
    }

    /** Every article that states a cited sentence: those that print it and those that say it in other words. */
    private static List<String> stating(CitedSentence s) {
        List<String> all = new ArrayList<>(s.sources());
        s.paraphrases().forEach(p -> all.add(p.article()));
        return all;
    }

    /** Who covered the story, earliest first: date, article, outlet or agency, and role. */
    private void coverage(Coverage c, Map<String, Integer> number) {
        out.println();
        out.println("Coverage:");
        for (Coverage.Entry e : c.articles()) {
            String who = java.util.stream.Stream.of(e.outlet(), e.credit()).filter(java.util.Objects::nonNull)
                    .distinct().collect(Collectors.joining(", "));
            String role = switch (e.role()) {
                case Coverage.WIRE -> "prints the " + (e.credit() != null ? e.credit() + " " : "agency ") + "dispatch";
                case Coverage.COPY -> "copy of " + marks(List.of(e.copyOf()), number);
                case Coverage.PARTIAL -> "reuses sentences of " + marks(List.of(e.copyOf()), number);
                case Coverage.ORIGINAL -> "original, copied by others";
                default -> "independent report";
            };
            wrap(String.format(Locale.ROOT, "%-10s %s %s%s: %s%s", e.published() == null ? "undated" : e.published(),
                    marks(List.of(e.article()), number), e.article(), who.isEmpty() ? "" : " (" + who + ")", role,
                    e.misdated() ? " (its date contradicts its content)" : ""), "  ", "    ");
        }
    }

    /** The brief's figures that disagree, coverage, timeline, quotes and names. */
    private void briefDetails(Brief brief, Map<String, Integer> number) {
        if (!brief.conflicts().isEmpty()) {
            out.println();
            out.println("Figures that differ:");
            for (Conflict c : brief.conflicts()) {
                wrap(c.label() + " (differs by " + String.join(" and ", c.differsBy()) + "; from "
                        + amount(c.spread().low()) + " to " + amount(c.spread().high()) + ")", "  ", "  ");
                for (Conflict.Claim claim : c.claims()) {
                    String who = claim.speakers().isEmpty() ? "" : ", per " + String.join(" and ", claim.speakers());
                    String when = claim.dates().isEmpty() ? ", undated" : ", " + String.join(" and ", claim.dates());
                    wrap(String.join(" = ", claim.values()) + who + when + " " + marks(claim.sources(), number)
                            + (claim.independent() < claim.sources().size() ? " (" + count(claim.independent(),
                            "independent source") + ")" : ""), "    - ", "      ");
                }
            }
        }
        coverage(brief.coverage(), number);
        List<Quote> quoted = brief.quotes().stream().filter(q -> Quote.DIRECT.equals(q.kind()) || q.contradicts())
                .toList();
        if (!quoted.isEmpty()) {
            out.println();
            out.println("Quotes:");
            for (Quote q : quoted) {
                String words = q.contradicts() ? q.speaker() + " (" + q.kind() + "): " + q.text()
                        : q.speaker() + ": \u201c" + q.text() + "\u201d";
                wrap(words + " " + marks(q.sources(), number), "  - ", "    ");
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
    }

    /**
     * The storylines, each link with its reason, and the figures its stories give for one quantity
     * when they differ; nothing when there are none.
     *
     * @param figures the stories' figures, or null when the briefs were not made
     */
    void storylines(List<Storyline> storylines, StorylineFigures figures) {
        for (Storyline l : storylines) {
            out.println();
            heading("Storyline " + l.id() + ": stories " + String.join(", ", l.stories()));
            for (StorylineLink k : l.links()) {
                String arrow = k.days() == null ? " -- " : " -> ";
                wrap(k.earlier() + arrow + k.later() + ": " + k.reason()
                        + (k.days() == null ? " (which came first is not known)" : ""), "  ", "    ");
            }
            List<FigureTrack> tracks = figures == null ? List.of() : figures.tracks(l.stories()).stream()
                    .filter(t -> !FigureTrack.CONSISTENT.equals(t.verdict())).toList();
            for (FigureTrack t : tracks) {
                String verdict = switch (t.verdict()) {
                    case FigureTrack.CONFLICT -> "conflict: different counts on the same day";
                    case FigureTrack.DEVELOPMENT -> "development: the count changed from day to day";
                    default -> "differs, but an undated claim leaves open whether it changed or conflicts";
                };
                wrap(t.label() + " across the storyline (" + verdict + ")", "  ", "    ");
                for (FigureTrack.Point p : t.points()) {
                    wrap(p.story() + ": " + p.value() + (p.speaker() == null ? "" : ", per " + p.speaker()) + ", "
                            + (p.date() == null ? "undated" : p.date()), "    - ", "      ");
                }
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

    private static String count(int n, String noun) {
        return n + " " + noun + plural(n);
    }

    /** A bound of an amount as a reader writes it: 150, 1,500, 2.5. */
    private static String amount(double x) {
        return x == Math.rint(x) ? String.format(Locale.ROOT, "%,d", (long) x) : String.format(Locale.ROOT, "%,.1f", x);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
