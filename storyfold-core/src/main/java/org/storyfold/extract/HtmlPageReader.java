package org.storyfold.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page into blocks with jsoup: the metadata from its head (title, published date,
 * canonical address, site name), and the text blocks of the element that holds most paragraph
 * text, after dropping scripts, navigation, asides, forms and elements whose class or id names
 * furniture. A first, plain design: density scoring over paragraphs. Thread-safe.
 */
final class HtmlPageReader {

    /** Elements that never hold article text. */
    private static final String DROP_TAGS =
            "script, style, noscript, template, svg, nav, header, footer, aside, form, iframe, button, "
                    + "select, figure, figcaption, picture, video, audio, canvas, object, embed";

    /** Class and id words that mark furniture containers. */
    private static final Pattern FURNITURE_HINT = Pattern.compile(
            "(?i)(^|[-_ ])(comments?|share|sharing|social|related|newsletter|promo|advert|ads?|cookie|consent|"
                    + "sidebar|breadcrumbs?|footer|header|nav|navigation|menu|subscribe|popup|modal|recommended|"
                    + "trending|most-read|caption|byline|tags?)($|[-_ ])");

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th");

    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—\\-:»·]\\s+[^|–—\\-:»·]{2,60}$");

    Page read(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String title = firstNonBlank(
                meta(doc, "meta[property=og:title]"),
                meta(doc, "meta[name=twitter:title]"),
                cleanTitle(doc.title()),
                text(doc.selectFirst("h1")));
        String published = firstNonBlank(
                meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"),
                meta(doc, "meta[name=pubdate], meta[name=publishdate], meta[name=date], meta[name=DC.date.issued], meta[name=dcterms.created]"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String canonical = firstNonBlank(
                attr(doc.selectFirst("link[rel=canonical]"), "abs:href"),
                meta(doc, "meta[property=og:url]"),
                url);
        String outlet = firstNonBlank(
                meta(doc, "meta[property=og:site_name]"),
                meta(doc, "meta[name=application-name]"));

        Element body = doc.body();
        body.select(DROP_TAGS).remove();
        for (Element e : body.select("[class], [id]")) {
            String hints = e.className() + " " + e.id();
            if (e.parent() != null && FURNITURE_HINT.matcher(hints).find() && !e.is("article, main, body")) {
                e.remove();
            }
        }
        Element root = bestContainer(body);
        List<String> blocks = new ArrayList<>();
        for (Element e : root.select(String.join(", ", BLOCK_TAGS))) {
            if (hasBlockAncestorWithin(e, root)) {
                continue;
            }
            String text = e.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        if (blocks.isEmpty()) {
            for (String line : root.wholeText().split("\\n")) {
                if (!line.isBlank()) {
                    blocks.add(line.strip());
                }
            }
        }
        return new Page(blocks, title, published, canonical, outlet == null ? host(canonical) : outlet);
    }

    /** The element whose own paragraphs hold the most text that is not link text. */
    private static Element bestContainer(Element body) {
        Element best = body;
        double bestScore = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            double score = 0;
            for (Element child : parent.children()) {
                if (child.is("p, h2, h3, blockquote, ul, ol")) {
                    int length = child.text().length();
                    int linkLength = child.select("a").text().length();
                    score += length - 2.0 * linkLength;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return best;
    }

    private static boolean hasBlockAncestorWithin(Element e, Element root) {
        for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
            if (BLOCK_TAGS.contains(a.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static String cleanTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        return TITLE_SUFFIX.matcher(title.strip()).replaceFirst("");
    }

    private static String meta(Document doc, String selector) {
        Elements es = doc.select(selector);
        for (Element e : es) {
            String content = e.attr("content");
            if (!content.isBlank()) {
                return content.strip();
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
