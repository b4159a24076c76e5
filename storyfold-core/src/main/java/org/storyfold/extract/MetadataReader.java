package org.storyfold.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page states about its article: from meta tags, JSON-LD and microdata, and for the
 * title and date, the article's own headline and {@code <time>} (never those of a teaser or a
 * comment: only inside the main text's container or the article around it). Thread-safe.
 */
final class MetadataReader {

    /** An author's name has at most this many words. */
    static final int MAX_NAME_WORDS = 6;

    private MetadataReader() {
    }

    /**
     * The page's metadata; {@code main} is the main text's container (or null), to find its
     * headline and time, and {@code printedDate} a date line printed above the main text (or null).
     */
    static PageMetadata read(Document doc, Element main, String printedDate) {
        PageElements elements = PageElements.of(doc);
        MetaTags meta = MetaTags.of(elements.metas);
        JsonNode ld = JsonLd.article(elements.jsonLd);
        String outlet = siteName(first(meta.get(MetaTags.SITE_NAME), JsonLd.text(ld, "publisher")));
        Element scope = articleScope(main);
        String published = first(JsonLd.text(ld, "datePublished"), meta.get(MetaTags.PUBLISHED),
                timeIn(elements, scope, true), JsonLd.text(ld, "dateCreated"));
        String modified = first(JsonLd.text(ld, "dateModified"), meta.get(MetaTags.MODIFIED), timeIn(elements, scope, false));
        String title = TitleFinder.title(doc.title(), elements.h1s, scope, outlet,
                first(meta.get(MetaTags.TITLE), JsonLd.text(ld, "headline"), JsonLd.text(ld, "name")));
        return new PageMetadata(title, published, modified, authors(ld, meta, elements, scope), outlet,
                language(doc, meta, ld), first(canonical(elements), meta.get(MetaTags.URL)), articleBody(ld), printedDate);
    }

    /** The article element around the main text, else the main text's grandparent, else the body. */
    static Element articleScope(Element main) {
        if (main == null) {
            return null;
        }
        for (Element e = main; e != null; e = e.parent()) {
            if (e.normalName().equals("article") || e.normalName().equals("main")) {
                return e;
            }
        }
        Element p = main.parent();
        return p != null && p.parent() != null && !p.normalName().equals("body") ? p.parent() : p != null ? p : main;
    }

    private static String timeIn(PageElements elements, Element scope, boolean published) {
        if (scope == null) {
            return null;
        }
        String prop = published ? "datePublished" : "dateModified";
        for (Element micro : PageElements.within(elements.itemprops, scope)) {
            if (micro.attr("itemprop").equals(prop)) {
                String v = first(micro.attr("content"), micro.attr("datetime"), micro.text());
                if (v != null) {
                    return v;
                }
            }
        }
        if (!published) {
            return null;
        }
        for (Element time : PageElements.within(elements.times, scope)) {
            if (BlockSegmenter.hint(time.parent() == null ? time : time.parent()) == BlockSegmenter.Hint.FURNITURE
                    && !time.parent().attr("class").toLowerCase(Locale.ROOT).contains("meta")) {
                continue;
            }
            String v = first(time.attr("datetime"), time.text());
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static List<String> authors(JsonNode ld, MetaTags meta, PageElements elements, Element scope) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(JsonLd.names(ld, "author"));
        if (names.isEmpty()) {
            for (String v : meta.all(MetaTags.AUTHOR)) {
                if (!v.startsWith("http") && !v.contains("/") && v.length() <= 80) {
                    names.add(v);
                }
            }
        }
        if (names.isEmpty() && scope != null) {
            List<Element> candidates = new ArrayList<>(PageElements.within(elements.authorLinks, scope));
            for (Element e : PageElements.within(elements.itemprops, scope)) {
                if (e.attr("itemprop").equals("author")) {
                    candidates.add(e);
                }
            }
            for (Element e : candidates) {
                String t = e.text().strip();
                if (!t.isEmpty() && t.length() <= 80) {
                    names.add(t);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String clean = n.replaceFirst("(?i)^by\\s+", "").strip();
            if (looksLikeName(clean)) {
                out.add(clean);
            }
        }
        return out;
    }

    /** A name, not a byline box's whole text: a few words, no digits, handles or separators. */
    private static boolean looksLikeName(String s) {
        if (s.isEmpty() || s.split("\\s+").length > MAX_NAME_WORDS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '@' || c == '•' || c == '|' || c == '/') {
                return false;
            }
        }
        return true;
    }

    /** A site name as the page states it; one stated as an address is its host. */
    private static String siteName(String name) {
        if (name != null && (name.startsWith("http://") || name.startsWith("https://"))) {
            return HtmlPageReader.host(name);
        }
        return name;
    }

    private static String language(Document doc, MetaTags meta, JsonNode ld) {
        Element html = doc.firstElementChild();
        String lang = first(html == null ? null : html.attr("lang"), meta.get(MetaTags.LANGUAGE),
                JsonLd.text(ld, "inLanguage"), meta.get(MetaTags.LOCALE));
        if (lang == null) {
            return null;
        }
        String primary = lang.strip().split("[-_,; ]")[0].toLowerCase(Locale.ROOT);
        return primary.length() >= 2 && primary.length() <= 3 && primary.chars().allMatch(Character::isLetter)
                ? primary : null;
    }

    private static String canonical(PageElements elements) {
        Element link = elements.canonicals.isEmpty() ? null : elements.canonicals.get(0);
        return link == null ? null : link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
    }

    private static String articleBody(JsonNode ld) {
        return ld == null || ld.get("articleBody") == null || !ld.get("articleBody").isTextual()
                ? null : ld.get("articleBody").asText();
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
