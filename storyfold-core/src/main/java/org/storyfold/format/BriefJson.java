package org.storyfold.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.storyfold.synth.Conflict;
import org.storyfold.synth.Entity;
import org.storyfold.synth.Figure;
import org.storyfold.synth.Misdated;
import org.storyfold.synth.Quote;
import org.storyfold.synth.TimelineEntry;

/** Writes the parts of a brief beyond its sentences: entities, quotes, figures, conflicts, timeline, misdated articles. */
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
            g.writeEndObject();
        }
        g.writeEndArray();
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
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonFormat.writeStrings(g, "differsBy", c.differsBy());
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
}
