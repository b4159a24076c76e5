package org.storyfold.app.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.storyfold.Problem;
import org.storyfold.dedup.ArticleDiff;
import org.storyfold.format.JsonFormat;
import org.storyfold.search.ArticleHit;
import org.storyfold.search.Highlight;
import org.storyfold.search.ResultPage;
import org.storyfold.search.StoryHit;
import org.storyfold.store.IngestReport;
import org.storyfold.store.StoryStore;

/**
 * Writes the API's own JSON objects (errors, listings, search hits, differences, ingest results);
 * stories and articles themselves are written by {@code JsonFormat}. Every key is always present,
 * null when unknown, dates as {@code yyyy-mm-dd}. Stateless.
 */
public final class ApiJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Writes one JSON value with a generator. */
    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private ApiJson() {
    }

    static String error(int status, String message) {
        return json(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeNumberField("status", status);
            g.writeStringField("message", message);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    static String health(StoryStore.StoreStats stats, String version) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("status", "ok");
            g.writeStringField("version", version);
            g.writeNumberField("articles", stats.articles());
            g.writeNumberField("stories", stats.stories());
            g.writeNumberField("batches", stats.batches());
            g.writeNumberField("schemaVersion", stats.schemaVersion());
            g.writeEndObject();
        });
    }

    /** {@code {"total", "offset", "limit", "stories": [StoryHit], "next"}}: next is the cursor of the next page, or null. */
    static String storyList(ResultPage<StoryHit> page, int limit) {
        return json(g -> {
            g.writeStartObject();
            writePageHeader(g, page, limit);
            g.writeFieldName("stories");
            writeStoryHits(g, page.hits());
            g.writeStringField("next", page.next());
            g.writeEndObject();
        });
    }

    /** The JSON of {@code GET /api/search}: {@code {"query", "stories": {"total", "offset", "limit", "hits"}, "articles": {...}}}. */
    public static String search(String query, ResultPage<StoryHit> stories, ResultPage<ArticleHit> articles, Map<String, String> storyOf,
                         int limit) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("query", query);
            g.writeObjectFieldStart("stories");
            writePageHeader(g, stories, limit);
            g.writeFieldName("hits");
            writeStoryHits(g, stories.hits());
            g.writeEndObject();
            g.writeObjectFieldStart("articles");
            writePageHeader(g, articles, limit);
            g.writeArrayFieldStart("hits");
            for (ArticleHit h : articles.hits()) {
                g.writeStartObject();
                g.writeStringField("id", h.id());
                g.writeStringField("title", h.title());
                g.writeStringField("outlet", h.outlet());
                JsonFormat.writeDate(g, "published", h.published());
                g.writeStringField("language", h.language());
                g.writeStringField("story", storyOf.get(h.id()));
                g.writeNumberField("score", h.score());
                writeHighlights(g, h.highlights());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** What a copy changed: {@link JsonFormat#writeDiff}. */
    static String diff(ArticleDiff d) {
        StringWriter out = new StringWriter();
        try {
            JsonFormat.writeDiff(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code {"added": [ids], "alreadyStored": n, "rejected": [{"source", "reason"}], "stories": [ids]}}. */
    static String ingested(IngestReport r, List<Problem> problems) {
        return ingested(r.added(), r.alreadyStored(), problems, r.stories().stream().sorted().toList(), null);
    }

    /** An upload stored in part: the articles stored before {@code stopped} happened; the rest is not stored. */
    static String ingestedPart(List<String> added, List<Problem> problems, String stopped) {
        return ingested(added, -1, problems, List.of(), stopped);
    }

    private static String ingested(List<String> added, long alreadyStored, List<Problem> problems, List<String> stories,
                                   String stopped) {
        return json(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("added");
            for (String id : added) {
                g.writeString(id);
            }
            g.writeEndArray();
            if (alreadyStored >= 0) {
                g.writeNumberField("alreadyStored", alreadyStored);
            }
            g.writeArrayFieldStart("rejected");
            for (Problem p : problems) {
                JsonFormat.writeProblem(g, p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("stories");
            for (String s : stories) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeBooleanField("complete", stopped == null);
            if (stopped != null) {
                g.writeStringField("stopped", stopped);
            }
            g.writeEndObject();
        });
    }

    private static void writePageHeader(JsonGenerator g, ResultPage<?> page, int limit) throws IOException {
        g.writeNumberField("total", page.total());
        g.writeNumberField("offset", page.offset());
        g.writeNumberField("limit", limit);
    }

    private static void writeStoryHits(JsonGenerator g, List<StoryHit> hits) throws IOException {
        g.writeStartArray();
        for (StoryHit h : hits) {
            g.writeStartObject();
            g.writeStringField("id", h.id());
            g.writeStringField("title", h.title());
            g.writeNumberField("articles", h.articles());
            g.writeNumberField("independentSources", h.independentSources());
            JsonFormat.writeDate(g, "newest", h.newest());
            g.writeNumberField("score", h.score());
            writeHighlights(g, h.highlights());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeHighlights(JsonGenerator g, List<Highlight> highlights) throws IOException {
        g.writeArrayFieldStart("highlights");
        for (Highlight h : highlights) {
            g.writeStartObject();
            g.writeStringField("text", h.text());
            g.writeArrayFieldStart("matches");
            for (Highlight.Span s : h.matches()) {
                g.writeStartArray();
                g.writeNumber(s.start());
                g.writeNumber(s.end());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String json(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
