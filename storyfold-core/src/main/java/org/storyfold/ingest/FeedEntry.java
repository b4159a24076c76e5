package org.storyfold.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item of a feed as a reader sees it: its text fields are plain text (a title never carries
 * markup), its bodies are HTML.
 *
 * @param id        the entry's own identifier (RSS {@code guid}, Atom {@code id}, JSON Feed {@code id}), or null
 * @param link      the address of the article the entry announces, or null
 * @param title     the title as plain text, sanitised (markup and scripts gone, entities resolved), or null
 * @param author    the author's name, or null
 * @param published when it was first published, or null
 * @param updated   when it was last changed, or null
 * @param content   the fullest body the entry carries, as HTML (content:encoded, Atom content,
 *                  xhtml:body, fullitem, content_html), or null
 * @param summary   its summary or description, as HTML, or null
 */
public record FeedEntry(String id, String link, String title, String author, Instant published, Instant updated,
                        String content, String summary) implements Serializable {

    /** The longest body the entry has, full content first: what an article can be made of. */
    public String body() {
        if (content != null && !content.isBlank()) {
            return summary != null && summary.length() > content.length() ? summary : content;
        }
        return summary == null || summary.isBlank() ? null : summary;
    }

    /**
     * The author field as the input names it, for the extractor to read names from: RSS 2.0's
     * {@code jane@example.com (Jane Doe)} gives {@code Jane Doe}; a bare e-mail address names no
     * one.
     */
    public List<String> authors() {
        if (author == null || author.isBlank()) {
            return List.of();
        }
        String a = author.strip();
        Matcher named = MAIL_AND_NAME.matcher(a);
        if (named.matches()) {
            return List.of(named.group(1).strip());
        }
        return a.contains("@") && !a.contains(" ") ? List.of() : List.of(a);
    }

    private static final Pattern MAIL_AND_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");

    /** The date a reader goes by: published, else updated; null if neither is stated. */
    public Instant date() {
        return published != null ? published : updated;
    }
}
