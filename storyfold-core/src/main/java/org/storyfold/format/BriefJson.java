package org.storyfold.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.storyfold.synth.Conflict;
import org.storyfold.synth.Coverage;
import org.storyfold.synth.FigureTrack;
import org.storyfold.synth.IndependentSource;
import org.storyfold.synth.Entity;
import org.storyfold.synth.Figure;
import org.storyfold.synth.Misdated;
import org.storyfold.synth.Quote;
import org.storyfold.synth.TimelineEntry;

/**
 * Writes the parts of a brief beyond its sentences: entities, quotes, figures, conflicts, timeline,
 * misdated articles, the story's coverage, and the figures a storyline follows across its stories.
 */
final class BriefJson {

    private BriefJson() {
    }

    static void writeEntities(JsonGenerator g, List<Entity> entities) throws IOException {
        g.writeArrayFieldStart("entities");
        for (Entity e : entities) {
            g.writeStartObject();
            g.writeStringField("name", e.name());
            g.writeStringField("type", e.type());
            JsonFormat.writeStrings(g, "aliases", e.aliases());
            g.writeNumberField("mentions", e.mentions());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeQuotes(JsonGenerator g, List<Quote> quotes) throws IOException {
        g.writeArrayFieldStart("quotes");
        for (Quote q : quotes) {
            g.writeStartObject();
            g.writeStringField("speaker", q.speaker());
            g.writeStringField("affiliation", q.affiliation());
            g.writeStringField("kind", q.kind());
            g.writeStringField("text", q.text());
            JsonFormat.writeStrings(g, "sources", q.sources());
            g.writeArrayFieldStart("variants");
            for (Quote.Variant v : q.variants()) {
                g.writeStartObject();
                g.writeStringField("text", v.text());
                JsonFormat.writeStrings(g, "sources", v.sources());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("verb", q.verb());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeFigures(JsonGenerator g, List<Figure> figures) throws IOException {
        g.writeArrayFieldStart("figures");
        for (Figure f : figures) {
            g.writeStartObject();
            g.writeStringField("subject", f.subject());
            g.writeStringField("value", f.value());
            g.writeStringField("text", f.text());
            g.writeStringField("source", f.source());
            g.writeStringField("speaker", f.speaker());
            g.writeStringField("affiliation", f.affiliation());
            g.writeStringField("date", f.date());
            g.writeStringField("label", f.label());
            g.writeStringField("measure", f.measure());
            writeBound(g, "low", f.low());
            writeBound(g, "high", f.high());
            g.writeBooleanField("state", f.state());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A bound of an amount: a number, or null when unbounded ("at least 300" has no upper bound). */
    private static void writeBound(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            g.writeNullField(name);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(name, (long) value);
        } else {
            g.writeNumberField(name, value);
        }
    }

    static void writeConflicts(JsonGenerator g, List<Conflict> conflicts) throws IOException {
        g.writeArrayFieldStart("conflicts");
        for (Conflict c : conflicts) {
            g.writeStartObject();
            g.writeStringField("subject", c.subject());
            g.writeArrayFieldStart("claims");
            for (Conflict.Claim claim : c.claims()) {
                g.writeStartObject();
                g.writeStringField("value", claim.value());
                g.writeStringField("text", claim.text());
                JsonFormat.writeStrings(g, "sources", claim.sources());
                g.writeStringField("speaker", claim.speaker());
                g.writeStringField("affiliation", claim.affiliation());
                g.writeStringField("date", claim.date());
                JsonFormat.writeStrings(g, "speakers", claim.speakers());
                JsonFormat.writeStrings(g, "dates", claim.dates());
                g.writeNumberField("independent", claim.independent());
                JsonFormat.writeStrings(g, "values", claim.values());
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonFormat.writeStrings(g, "differsBy", c.differsBy());
            g.writeStringField("label", c.label());
            g.writeObjectFieldStart("spread");
            writeBound(g, "low", c.spread().low());
            writeBound(g, "high", c.spread().high());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeTimeline(JsonGenerator g, List<TimelineEntry> timeline) throws IOException {
        g.writeArrayFieldStart("timeline");
        for (TimelineEntry t : timeline) {
            g.writeStartObject();
            g.writeStringField("date", t.date());
            g.writeStringField("text", t.text());
            JsonFormat.writeStrings(g, "sources", t.sources());
            g.writeStringField("expression", t.expression());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeMisdated(JsonGenerator g, List<Misdated> misdated) throws IOException {
        g.writeArrayFieldStart("misdated");
        for (Misdated m : misdated) {
            g.writeStartObject();
            g.writeStringField("article", m.article());
            g.writeStringField("stated", m.stated().toString());
            g.writeStringField("content", m.content().toString());
            g.writeStringField("reason", m.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The story-level keys a brief's coverage gives: independentSources, sources, coverage, firstReported, lastUpdated. */
    static void writeCoverage(JsonGenerator g, Coverage c) throws IOException {
        g.writeNumberField("independentSources", c.independentSources());
        writeOrigins(g, "sources", c.sources());
        g.writeArrayFieldStart("coverage");
        for (Coverage.Entry e : c.articles()) {
            g.writeStartObject();
            g.writeStringField("article", e.article());
            g.writeStringField("outlet", e.outlet());
            g.writeStringField("credit", e.credit());
            JsonFormat.writeDate(g, "published", e.published());
            g.writeStringField("url", e.url());
            g.writeStringField("role", e.role());
            g.writeStringField("copyOf", e.copyOf());
            g.writeBooleanField("misdated", e.misdated());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (c.firstReported() == null) {
            g.writeNullField("firstReported");
        } else {
            g.writeObjectFieldStart("firstReported");
            g.writeStringField("article", c.firstReported().article());
            JsonFormat.writeDate(g, "time", c.firstReported().time());
            JsonFormat.writeStrings(g, "articles", c.firstReported().articles());
            g.writeEndObject();
        }
        JsonFormat.writeDate(g, "lastUpdated", c.lastUpdated());
    }

    static void writeOrigins(JsonGenerator g, List<IndependentSource> origins) throws IOException {
        writeOrigins(g, "origins", origins);
    }

    private static void writeOrigins(JsonGenerator g, String name, List<IndependentSource> sources) throws IOException {
        g.writeArrayFieldStart(name);
        for (IndependentSource s : sources) {
            g.writeStartObject();
            JsonFormat.writeStrings(g, "articles", s.articles());
            g.writeStringField("agency", s.agency());
            g.writeStringField("label", s.label());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeFigureTracks(JsonGenerator g, List<FigureTrack> tracks) throws IOException {
        g.writeArrayFieldStart("figures");
        for (FigureTrack t : tracks) {
            g.writeStartObject();
            g.writeStringField("label", t.label());
            g.writeArrayFieldStart("points");
            for (FigureTrack.Point p : t.points()) {
                g.writeStartObject();
                g.writeStringField("story", p.story());
                g.writeStringField("value", p.value());
                g.writeStringField("date", p.date());
                g.writeStringField("speaker", p.speaker());
                JsonFormat.writeStrings(g, "sources", p.sources());
                g.writeStringField("text", p.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("verdict", t.verdict());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
