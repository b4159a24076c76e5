package org.storyfold.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by name (their {@code property}, {@code name}, {@code itemprop}
 * or {@code http-equiv}, lower-cased), read in one pass, and the names that state each field,
 * most trusted first. Immutable.
 */
final class MetaTags {

    static final List<String> TITLE = List.of("og:title", "twitter:title", "parsely-title", "sailthru.title",
            "dc.title", "headline", "title");
    static final List<String> PUBLISHED = List.of("article:published_time", "og:published_time",
            "article:published", "datepublished", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate",
            "publish-date", "publish_date", "published_time", "published-date", "date_published", "pub_date",
            "original-publish-date", "article.published", "article_date_original", "dc.date.issued",
            "dcterms.issued", "dcterms.created", "dc.date.created", "citation_publication_date",
            "cxenseparse:recs:publishtime");
    /** Date tags that do not say which date they give: often the page's generation, below the article's own {@code <time>}. */
    static final List<String> UNSPECIFIED_DATE = List.of("dc.date", "dcterms.date", "date", "displaydate", "datecreated");
    static final List<String> MODIFIED = List.of("article:modified_time", "og:updated_time", "datemodified",
            "dcterms.modified", "dc.date.modified", "last-modified", "article.updated", "lastmod", "revised");
    static final List<String> SITE_NAME = List.of("og:site_name", "application-name", "publisher",
            "dc.publisher", "cxenseparse:sitename");
    static final List<String> AUTHOR = List.of("author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "citation_author", "byl");
    static final List<String> URL = List.of("og:url", "twitter:url", "parsely-link");
    static final List<String> LANGUAGE = List.of("content-language", "language", "dc.language", "dcterms.language");
    static final List<String> LOCALE = List.of("og:locale");

    private final Map<String, List<String>> byName;

    private MetaTags(Map<String, List<String>> byName) {
        this.byName = byName;
    }

    static MetaTags of(List<Element> metaElements) {
        Map<String, List<String>> byName = new HashMap<>();
        for (Element meta : metaElements) {
            String content = meta.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr);
                if (!key.isEmpty()) {
                    byName.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content.strip());
                }
            }
        }
        return new MetaTags(byName);
    }

    /** The first value of the first name in {@code names} that the page has. */
    String get(List<String> names) {
        for (String name : names) {
            List<String> values = byName.get(name);
            if (values != null) {
                return values.get(0);
            }
        }
        return null;
    }

    /** Every value of every name in {@code names}, in that order. */
    List<String> all(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            out.addAll(byName.getOrDefault(name, List.of()));
        }
        return out;
    }
}
