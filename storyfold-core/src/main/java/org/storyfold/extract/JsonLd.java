package org.storyfold.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}):
 * the first item typed as an article (or, failing that, as a web page), looked for in arrays and
 * {@code @graph}s. Malformed scripts are ignored, as browsers ignore them. Thread-safe.
 */
final class JsonLd {

    /** schema.org types that describe an article. */
    static final Set<String> ARTICLE_TYPES = Set.of(
            "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "ScholarlyArticle",
            "TechArticle", "LiveBlogPosting", "SocialMediaPosting", "Review", "Blog", "Posting");
    /** Types that describe the page itself, used when no article item exists. */
    static final Set<String> PAGE_TYPES = Set.of("WebPage", "ItemPage", "AboutPage", "MediaObject", "VideoObject");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private JsonLd() {
    }

    /** The page's article item, else its page item, else null. */
    static JsonNode article(List<Element> scripts) {
        List<JsonNode> items = new ArrayList<>();
        for (Element script : scripts) {
            String json = scriptText(script);
            if (json.isBlank()) {
                continue;
            }
            try {
                collect(MAPPER.readTree(json), items, 0);
            } catch (IOException e) {
                // A malformed script says nothing; browsers and search engines skip it too.
            }
        }
        for (JsonNode item : items) {
            if (hasType(item, ARTICLE_TYPES)) {
                return item;
            }
        }
        for (JsonNode item : items) {
            if (hasType(item, PAGE_TYPES)) {
                return item;
            }
        }
        return null;
    }

    private static String scriptText(Element script) {
        StringBuilder sb = new StringBuilder();
        for (DataNode d : script.dataNodes()) {
            sb.append(d.getWholeData());
        }
        return sb.toString();
    }

    private static void collect(JsonNode node, List<JsonNode> items, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, items, depth + 1));
        } else if (node.isObject()) {
            items.add(node);
            collect(node.get("@graph"), items, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, items, depth + 1);
            }
        }
    }

    private static boolean hasType(JsonNode item, Set<String> types) {
        JsonNode type = item.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (types.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(type.asText());
    }

    /** A text field of an item (the first of an array; an object's {@code name}); null if absent or blank. */
    static String text(JsonNode item, String field) {
        if (item == null) {
            return null;
        }
        JsonNode v = item.get(field);
        if (v != null && v.isArray()) {
            v = v.size() > 0 ? v.get(0) : null;
        }
        if (v != null && v.isObject()) {
            v = v.get("name");
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** The names a field lists (authors: a string, an object with a name, or an array of either). */
    static List<String> names(JsonNode item, String field) {
        List<String> names = new ArrayList<>();
        if (item == null || item.get(field) == null) {
            return names;
        }
        JsonNode v = item.get(field);
        for (JsonNode n : v.isArray() ? v : List.of(v)) {
            JsonNode name = n.isObject() ? n.get("name") : n;
            if (name != null && name.isValueNode() && !name.asText().isBlank()) {
                names.add(name.asText().strip());
            }
        }
        return names;
    }
}
