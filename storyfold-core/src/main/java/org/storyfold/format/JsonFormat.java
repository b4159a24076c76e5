package org.storyfold.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyfold.Digest;
import org.storyfold.PageFacts;
import org.storyfold.Problem;
import org.storyfold.cluster.Clustering;
import org.storyfold.cluster.Story;
import org.storyfold.dedup.CopyEdits;
import org.storyfold.cluster.Storyline;
import org.storyfold.cluster.StorylineLink;
import org.storyfold.dedup.ArticleDiff;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.WordDiff;
import org.storyfold.extract.Article;
import org.storyfold.extract.RemovedLine;
import org.storyfold.synth.Brief;
import org.storyfold.synth.CitedSentence;
import org.storyfold.synth.Evidence;
import org.storyfold.synth.Figure;
import org.storyfold.synth.StorylineFigures;

/**
 * Writes the JSON format field by field, so that the format is fixed here and not by the records'
 * shapes: every documented key is always written (null when unknown), dates as {@code yyyy-mm-dd}.
 * Thread-safe.
 */
public final class JsonFormat {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final ObjectMapper READER = new ObjectMapper();

    private JsonFormat() {
    }

    /** {@code {"articles":[...],"duplicates":[...],"stories":[...],"storylines":[...]}}. */
    public static void writeDigest(Digest digest, Writer out, boolean pretty) throws IOException {
        line(out, pretty, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("articles");
            for (Article a : digest.articles()) {
                writeArticle(g, a);
            }
            g.writeEndArray();
            writeGroupsField(g, "duplicates", digest.duplicates());
            StorylineFigures figures = storylineFigures(digest.storylines());
            g.writeArrayFieldStart("stories");
            for (Story s : digest.stories()) {
                Brief brief = digest.computeBrief(s.id());
                figures.add(s.id(), brief);
                writeStory(g, s, brief);
            }
            g.writeEndArray();
            writeStorylines(g, digest.storylines(), figures);
            g.writeEndObject();
        });
    }

    /** A collector of the figures the storylines compare, for the stories of {@code storylines}. */
    public static StorylineFigures storylineFigures(List<Storyline> storylines) {
        Set<String> stories = new HashSet<>();
        storylines.forEach(l -> stories.addAll(l.stories()));
        return new StorylineFigures(stories);
    }

    /** One article as a single line of JSON, with its line break. */
    public static void writeArticleLine(Article article, Writer out) throws IOException {
        line(out, false, g -> writeArticle(g, article));
    }

    /**
     * One duplicate group as a single line of JSON, with its line break: an element of the
     * digest's {@code duplicates}, for outputs written a line per group (JSON Lines).
     */
    public static void writeGroupLine(DuplicateGroup group, Writer out) throws IOException {
        line(out, false, g -> writeGroup(g, group));
    }

    /** One story, with its brief if not null, as a single line of JSON: an element of the digest's {@code stories}. */
    public static void writeStoryLine(Story story, Brief brief, Writer out) throws IOException {
        line(out, false, g -> writeStory(g, story, brief));
    }

    /** One problem ({@code {"source","reason"}}) as a single line of JSON: what could not be used, and why. */
    public static void writeProblemLine(Problem problem, Writer out) throws IOException {
        line(out, false, g -> writeProblem(g, problem));
    }

    /**
     * {@code {"source","reason"}}, and {@code "page"} when a rejected page states what it is:
     * {@code {"title","published","authors","outlet","language"}}, as an article's fields.
     */
    public static void writeProblem(JsonGenerator g, Problem problem) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", problem.source());
        g.writeStringField("reason", problem.reason());
        PageFacts page = problem.page();
        if (page != null) {
            g.writeObjectFieldStart("page");
            g.writeStringField("title", page.title());
            writeDate(g, "published", page.published());
            writeStrings(g, "authors", page.authors());
            g.writeStringField("outlet", page.outlet());
            g.writeStringField("language", page.language());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * {@code {"storylines":[...]}}, as the digest's {@code storylines} but with {@code figures} null:
     * without the stories' briefs at hand.
     */
    public static void writeStorylines(List<Storyline> storylines, Writer out, boolean pretty) throws IOException {
        line(out, pretty, g -> {
            g.writeStartObject();
            writeStorylines(g, storylines, null);
            g.writeEndObject();
        });
    }

    /** {@code {"groups":[...]}}. */
    public static void writeGroups(List<DuplicateGroup> groups, Writer out, boolean pretty) throws IOException {
        line(out, pretty, g -> {
            g.writeStartObject();
            writeGroupsField(g, "groups", groups);
            g.writeEndObject();
        });
    }

    /** {@code {"stories":[{"id","title","articles"}]}}, or with briefs when {@code briefs} is not null. */
    public static void writeStories(List<Story> stories, Map<String, Brief> briefs, Writer out, boolean pretty)
            throws IOException {
        line(out, pretty, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("stories");
            for (Story s : stories) {
                writeStory(g, s, briefs == null ? null : briefs.get(s.id()));
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {@code {"stories":[{"id","title","articles"}],"storylines":[...]}}. */
    public static void writeClustering(Clustering clustering, Writer out, boolean pretty) throws IOException {
        line(out, pretty, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("stories");
            for (Story s : clustering.stories()) {
                writeStory(g, s, null);
            }
            g.writeEndArray();
            writeStorylines(g, clustering.storylines(), null);
            g.writeEndObject();
        });
    }

    /** @param figures the figures the stories' briefs give, or null when the briefs are not at hand */
    private static void writeStorylines(JsonGenerator g, List<Storyline> storylines, StorylineFigures figures)
            throws IOException {
        g.writeArrayFieldStart("storylines");
        for (Storyline l : storylines) {
            g.writeStartObject();
            g.writeStringField("id", l.id());
            writeStrings(g, "stories", l.stories());
            g.writeArrayFieldStart("links");
            for (StorylineLink k : l.links()) {
                g.writeStartObject();
                g.writeStringField("earlier", k.earlier());
                g.writeStringField("later", k.later());
                g.writeNumberField("similarity", Math.round(k.similarity() * 1000) / 1000.0);
                writeStrings(g, "names", k.names());
                if (k.days() == null) {
                    g.writeNullField("days");
                } else {
                    g.writeNumberField("days", k.days());
                }
                g.writeStringField("reason", k.reason());
                g.writeBooleanField("ordered", k.days() != null);
                g.writeEndObject();
            }
            g.writeEndArray();
            if (figures == null) {
                g.writeNullField("figures");
            } else {
                BriefJson.writeFigureTracks(g, figures.tracks(l.stories()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * A story page, as the server gives it: {@code {"story": Story with brief, "articles":
     * [ArticleInfo, ...], "duplicates": [DuplicateGroup, ...], "independentSources": n}}, where an
     * ArticleInfo is an Article without {@code text}, {@code removed} and {@code repairs}, and n the
     * independent sources of the brief's coverage.
     */
    public static void writeStoryPage(Story story, Brief brief, List<Article> articles,
                                      List<DuplicateGroup> duplicates, Writer out) throws IOException {
        try (JsonGenerator g = generator(out, false)) {
            g.writeStartObject();
            g.writeFieldName("story");
            writeStory(g, story, brief);
            g.writeArrayFieldStart("articles");
            for (Article a : articles) {
                g.writeStartObject();
                writeArticleInfo(g, a);
                g.writeEndObject();
            }
            g.writeEndArray();
            writeGroupsField(g, "duplicates", duplicates);
            g.writeNumberField("independentSources", brief.coverage().independentSources());
            g.writeEndObject();
        }
    }

    /** An article page, as the server gives it: {@code {"article": Article, "story": id or null}}. */
    public static void writeArticlePage(Article article, String story, Writer out) throws IOException {
        try (JsonGenerator g = generator(out, false)) {
            g.writeStartObject();
            g.writeFieldName("article");
            writeArticle(g, article);
            g.writeStringField("story", story);
            g.writeEndObject();
        }
    }

    /**
     * What a copy changed in its original, as the server gives it: {@code {"original", "copy",
     * "similarity", "rows": [{"change", "original": [{"text", "changed"}], "copy": [...]}]}}.
     */
    public static void writeDiff(ArticleDiff diff, Writer out) throws IOException {
        try (JsonGenerator g = generator(out, false)) {
            g.writeStartObject();
            g.writeStringField("original", diff.original());
            g.writeStringField("copy", diff.copy());
            g.writeNumberField("similarity", diff.similarity());
            g.writeArrayFieldStart("rows");
            for (ArticleDiff.Row r : diff.rows()) {
                g.writeStartObject();
                g.writeStringField("change", r.change().name().toLowerCase(Locale.ROOT));
                writeRuns(g, "original", r.original());
                writeRuns(g, "copy", r.copy());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeRuns(JsonGenerator g, String name, List<WordDiff.Run> runs) throws IOException {
        g.writeArrayFieldStart(name);
        for (WordDiff.Run run : runs) {
            g.writeStartObject();
            g.writeStringField("text", run.text());
            g.writeBooleanField("changed", run.changed());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** What one writer puts on its generator. */
    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** Writes one JSON value with {@code body}, then a line break. */
    private static void line(Writer out, boolean pretty, Body body) throws IOException {
        try (JsonGenerator g = generator(out, pretty)) {
            body.write(g);
        }
        out.write('\n');
    }

    private static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        return g;
    }

    private static void writeArticle(JsonGenerator g, Article a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("source", a.source());
        g.writeStringField("url", a.url());
        g.writeStringField("title", a.title());
        writeDate(g, "published", a.published());
        g.writeStringField("outlet", a.outlet());
        g.writeStringField("credit", a.credit());
        g.writeStringField("dateline", a.dateline());
        g.writeStringField("text", a.text());
        g.writeArrayFieldStart("removed");
        for (RemovedLine r : a.removed()) {
            g.writeStartObject();
            g.writeStringField("text", r.text());
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeStrings(g, "repairs", a.repairs());
        writeDate(g, "modified", a.modified());
        writeStrings(g, "authors", a.authors());
        g.writeStringField("language", a.language());
        g.writeStringField("canonical", a.canonical());
        writeTime(g, "publishedTime", a.publishedTime());
        g.writeEndObject();
    }

    /** The keys of an Article that describe it, without its text. */
    private static void writeArticleInfo(JsonGenerator g, Article a) throws IOException {
        g.writeStringField("id", a.id());
        g.writeStringField("source", a.source());
        g.writeStringField("url", a.url());
        g.writeStringField("title", a.title());
        writeDate(g, "published", a.published());
        g.writeStringField("outlet", a.outlet());
        g.writeStringField("credit", a.credit());
        g.writeStringField("dateline", a.dateline());
        writeDate(g, "modified", a.modified());
        writeStrings(g, "authors", a.authors());
        g.writeStringField("language", a.language());
        g.writeStringField("canonical", a.canonical());
        writeTime(g, "publishedTime", a.publishedTime());
    }

    private static void writeGroupsField(JsonGenerator g, String name, List<DuplicateGroup> groups) throws IOException {
        g.writeArrayFieldStart(name);
        for (DuplicateGroup d : groups) {
            writeGroup(g, d);
        }
        g.writeEndArray();
    }

    private static void writeGroup(JsonGenerator g, DuplicateGroup d) throws IOException {
        g.writeStartObject();
        writeStrings(g, "members", d.members());
        g.writeStringField("original", d.original());
        g.writeStringField("kind", d.kind().label());
        g.writeNumberField("similarity", d.similarity());
        g.writeArrayFieldStart("links");
        for (CopyLink l : d.links()) {
            g.writeStartObject();
            g.writeStringField("copy", l.copy());
            g.writeStringField("original", l.original());
            g.writeStringField("kind", l.kind().label());
            g.writeNumberField("similarity", l.similarity());
            g.writeNumberField("copiedSentences", l.copiedSentences());
            writeEdits(g, l.edits());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeEdits(JsonGenerator g, CopyEdits edits) throws IOException {
        if (edits == null) {
            g.writeNullField("edits");
            return;
        }
        g.writeObjectFieldStart("edits");
        writeStrings(g, "added", edits.added());
        writeStrings(g, "dropped", edits.dropped());
        g.writeArrayFieldStart("changed");
        for (CopyEdits.ChangedSentence c : edits.changed()) {
            g.writeStartObject();
            g.writeStringField("original", c.original());
            g.writeStringField("copy", c.copy());
            g.writeNumberField("similarity", c.similarity());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("substitutions");
        for (CopyEdits.Substitution sub : edits.substitutions()) {
            g.writeStartObject();
            g.writeStringField("from", sub.from());
            g.writeStringField("to", sub.to());
            g.writeNumberField("count", sub.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeStory(JsonGenerator g, Story s, Brief brief) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("title", headline(s, brief));
        writeStrings(g, "articles", s.articles());
        if (brief != null) {
            BriefJson.writeCoverage(g, brief.coverage());
            g.writeObjectFieldStart("brief");
            writeCited(g, "summary", brief.summary());
            writeCited(g, "facts", brief.facts());
            writeCited(g, "confirmed", brief.confirmed());
            writeCited(g, "singleSource", brief.singleSource());
            g.writeStringField("headline", brief.headline());
            BriefJson.writeEntities(g, brief.entities());
            BriefJson.writeQuotes(g, brief.quotes());
            BriefJson.writeFigures(g, brief.figures());
            BriefJson.writeConflicts(g, brief.conflicts());
            BriefJson.writeTimeline(g, brief.timeline());
            BriefJson.writeMisdated(g, brief.misdated());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeCited(JsonGenerator g, String name, List<CitedSentence> sentences) throws IOException {
        g.writeArrayFieldStart(name);
        for (CitedSentence c : sentences) {
            g.writeStartObject();
            g.writeStringField("text", c.text());
            writeStrings(g, "sources", c.sources());
            g.writeArrayFieldStart("evidence");
            for (Evidence e : c.evidence()) {
                g.writeStartObject();
                g.writeStringField("article", e.article());
                g.writeStringField("text", e.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("independent", c.independent());
            g.writeArrayFieldStart("paraphrases");
            for (Evidence e : c.paraphrases()) {
                g.writeStartObject();
                g.writeStringField("article", e.article());
                g.writeStringField("text", e.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            BriefJson.writeOrigins(g, c.origins());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The figures of a story page's brief, as {@link #writeStoryPage} wrote them: what a storyline
     * compares across its stories, read back from a stored page.
     *
     * @throws IllegalArgumentException if the page is not JSON of that shape
     */
    public static List<Figure> readFigures(String storyPage) {
        JsonNode figures;
        try {
            figures = READER.readTree(storyPage).at("/story/brief/figures");
        } catch (IOException e) {
            throw new IllegalArgumentException("a story page is not JSON: " + e.getMessage(), e);
        }
        List<Figure> out = new java.util.ArrayList<>();
        for (JsonNode f : figures) {
            out.add(new Figure(text(f, "subject"), text(f, "value"), text(f, "text"), text(f, "source"),
                    text(f, "speaker"), text(f, "affiliation"), text(f, "date"), text(f, "label"), text(f, "measure"),
                    f.path("low").isNumber() ? f.get("low").asDouble() : 0,
                    f.path("high").isNumber() ? f.get("high").asDouble() : Double.POSITIVE_INFINITY,
                    f.path("state").asBoolean()));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A story's headline: its newest development's when its brief found one, else the clusterer's. */
    public static String headline(Story s, Brief brief) {
        return brief != null && brief.headline() != null ? brief.headline() : s.title();
    }

    static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** A time with its UTC offset, ISO 8601 ({@code 2017-10-14T09:12+03:00}), or null. */
    private static void writeTime(JsonGenerator g, String name, java.time.OffsetDateTime time) throws IOException {
        if (time == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, time.toString());
        }
    }

    /** A date as {@code yyyy-mm-dd}, or null. */
    public static void writeDate(JsonGenerator g, String name, LocalDate date) throws IOException {
        if (date == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, date.toString());
        }
    }
}
