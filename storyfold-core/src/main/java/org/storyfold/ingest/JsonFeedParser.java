package org.storyfold.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.storyfold.Outcome;

/** Reads a JSON Feed (versions 1 and 1.1): items with their ids, links, titles, dates, authors and bodies. */
final class JsonFeedParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeedParser() {
    }

    static Outcome<ParsedFeed> parse(String source, String text, List<String> notes) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Outcome.rejected(source, "not a JSON Feed (" + e.getOriginalMessage() + ")");
        }
        if (!root.path("version").asText("").contains("jsonfeed.org") || !root.path("items").isArray()) {
            return Outcome.rejected(source, "not a JSON Feed (no jsonfeed.org version or no items)");
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String html = text(item, "content_html");
            String plain = text(item, "content_text");
            String content = html != null ? html : plain == null ? null
                    : "<p>" + org.jsoup.nodes.Entities.escape(plain).replaceAll("\\n\\s*\\n", "</p><p>") + "</p>";
            String link = text(item, "url");
            if (link == null) {
                link = text(item, "external_url");
            }
            String author = item.path("authors").path(0).path("name").asText(null);
            if (author == null) {
                author = item.path("author").path("name").asText(null);
            }
            entries.add(new FeedEntry(text(item, "id"), link, FeedParser.plain(text(item, "title")),
                    FeedParser.blankToNull(author), date(item, "date_published"), date(item, "date_modified"),
                    content, text(item, "summary")));
        }
        return Outcome.ok(new ParsedFeed("json", FeedParser.plain(text(root, "title")), text(root, "home_page_url"),
                entries, notes));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() ? null : FeedParser.blankToNull(v.asText());
    }

    private static Instant date(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
