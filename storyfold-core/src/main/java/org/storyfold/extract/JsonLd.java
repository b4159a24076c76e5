package org.storyfold.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * The schema.org items a page describes in JSON-LD ({@code <script type="application/ld+json">}),
 * looked for in arrays, {@code @graph}s and {@code mainEntity}, and among them the article: the
 * first item typed as an article (or, failing that, as a web page). A value that only names
 * another item by its {@code @id} (Yoast's graphs write authors and publishers so) reads as that
 * item. Malformed scripts are ignored, as browsers ignore them. Immutable.
 */
final class JsonLd {

    /** schema.org types that describe an article. */
    static final Set<String> ARTICLE_TYPES = Set.of(
            "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "ScholarlyArticle",
            "TechArticle", "LiveBlogPosting", "SocialMediaPosting", "Review", "Blog", "Posting");
    /** Types that describe the page itself, used when no article item exists. */
    static final Set<String> PAGE_TYPES = Set.of("WebPage", "ItemPage", "AboutPage", "MediaObject", "VideoObject");
    /** Types of a site or of the organisation that runs it. */
    static final Set<String> SITE_TYPES = Set.of("WebSite");
    /** Types of organisations: never an author's name. */
    static final Set<String> ORGANIZATION_TYPES = Set.of("Organization", "NewsMediaOrganization", "Corporation",
            "LocalBusiness", "GovernmentOrganization", "EducationalOrganization", "NGO", "Brand", "WebSite",
            "OnlineBusiness", "Store");

    /** A page without JSON-LD. */
    static final JsonLd NONE = new JsonLd(List.of());

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    /**
     * A name an item field gives, whether the item it names is an organisation, and whether it is a
     * site's owner typed both a person and an organisation ({@code ["Person", "Organization"]}, as
     * Yoast types a personal blog's writer): a person.
     */
    record Name(String name, boolean organization, boolean siteOwner) {
    }

    private final List<JsonNode> items;
    private final Map<String, JsonNode> byId = new HashMap<>();
    private final JsonNode article;

    private JsonLd(List<JsonNode> items) {
        this.items = items;
        for (JsonNode item : items) {
            JsonNode id = item.get("@id");
            if (id != null && id.isTextual() && item.size() > 1) {
                byId.putIfAbsent(id.asText(), item);
            }
        }
        this.article = first(ARTICLE_TYPES) != null ? first(ARTICLE_TYPES) : first(PAGE_TYPES);
    }

    /** The items of the page's JSON-LD scripts. */
    static JsonLd read(List<Element> scripts) {
        if (scripts.isEmpty()) {
            return NONE;
        }
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
        return new JsonLd(items);
    }

    /** The page's article item, else its page item, else null. */
    JsonNode article() {
        return article;
    }

    /** The first item of one of {@code types}, or null. */
    JsonNode first(Set<String> types) {
        for (JsonNode item : items) {
            if (hasType(item, types)) {
                return item;
            }
        }
        return null;
    }

    /** A text field of the article item; see {@link #text(JsonNode, String)}. */
    String text(String field) {
        return text(article, field);
    }

    /**
     * A text field of an item (the first of an array; an object's {@code name}, the object found
     * by its {@code @id} when it states only that); null if absent or blank.
     */
    String text(JsonNode item, String field) {
        if (item == null) {
            return null;
        }
        JsonNode v = item.get(field);
        if (v != null && v.isArray()) {
            v = v.size() > 0 ? v.get(0) : null;
        }
        if (v != null && v.isObject()) {
            v = resolve(v).get("name");
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** Every text value of a field of the article item (a string or an array of strings). */
    List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = article == null ? null : article.get(field);
        if (v != null) {
            for (JsonNode n : v.isArray() ? v : List.of(v)) {
                if (n.isValueNode() && !n.asText().isBlank()) {
                    out.add(n.asText().strip());
                }
            }
        }
        return out;
    }

    /**
     * The names a field of the article item lists (authors: a string, an object with a name, an
     * {@code @id} of such an object, or an array of these), each marked when it names an organisation.
     */
    List<Name> names(String field) {
        List<Name> names = new ArrayList<>();
        JsonNode v = article == null ? null : article.get(field);
        if (v == null) {
            return names;
        }
        for (JsonNode n : v.isArray() ? v : List.of(v)) {
            JsonNode item = n.isObject() ? resolve(n) : null;
            JsonNode name = item != null ? item.get("name") : n;
            if (name != null && name.isArray() && name.size() > 0) {
                name = name.get(0);
            }
            if (name != null && name.isValueNode() && !name.asText().isBlank()) {
                boolean organization = item != null && hasType(item, ORGANIZATION_TYPES);
                boolean owner = organization && hasType(item, Set.of("Person"));
                names.add(new Name(name.asText().strip(), organization && !owner, owner));
            }
        }
        return names;
    }

    /** The item an object stands for: the one its {@code @id} names when it states nothing else. */
    private JsonNode resolve(JsonNode object) {
        JsonNode id = object.get("@id");
        if (id != null && id.isTextual() && !object.has("name")) {
            JsonNode target = byId.get(id.asText());
            if (target != null) {
                return target;
            }
        }
        return object;
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

    static boolean hasType(JsonNode item, Set<String> types) {
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
}
