package org.storyfold.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names an uploaded article that has no id after what it says, so that sending it again with
 * trivial changes stores it once: its address without tracking parameters or fragment, and its
 * text and title with white space made plain (line breaks as {@code \n}, no trailing spaces, runs
 * of spaces as one, paragraphs apart by one blank line) are what it is stored with, and the id is
 * {@code upload-} and the first 16 hex digits of their SHA-256. An article with an id is left as sent.
 */
final class UploadedArticle {

    /** Query parameters that say who sent a reader, not what the page is. */
    private static final Pattern TRACKING = Pattern.compile(
            "(?i)utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|cmpid|ocid");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f \\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private UploadedArticle() {
    }

    /** Gives the article an id from its content if it has none; returns it. */
    static ObjectNode named(ObjectNode article) {
        JsonNode id = article.get("id");
        if (id != null && !id.isNull() && !id.asText().isBlank()) {
            return article;
        }
        for (String field : List.of("text", "html", "title")) {
            JsonNode v = article.get(field);
            if (v != null && v.isTextual()) {
                article.put(field, plainSpace(v.asText()));
            }
        }
        JsonNode url = article.get("url");
        if (url != null && url.isTextual()) {
            article.put("url", withoutTracking(url.asText().strip()));
        }
        StringBuilder identity = new StringBuilder();
        for (String field : List.of("url", "title", "text", "html", "published", "outlet")) {
            JsonNode v = article.get(field);
            identity.append(field).append('=').append(v == null || v.isNull() ? "" : v.asText()).append('\u0000');
        }
        article.put("id", "upload-" + sha256(identity.toString()).substring(0, 16));
        return article;
    }

    static String plainSpace(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(t.length());
        for (String line : t.split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(out.toString()).replaceAll("\n\n").strip();
    }

    /** The address without its fragment and tracking parameters; as given if it is not a valid URI. */
    static String withoutTracking(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return url;
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            return url;
        }
        String query = uri.getRawQuery();
        List<String> kept = new ArrayList<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!pair.isEmpty() && !TRACKING.matcher(name).matches()) {
                    kept.add(pair);
                }
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path
                + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
