package org.storyfold.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements of a page that carry metadata, gathered in one pass over the whole document
 * rather than one CSS query each: meta tags, canonical links, JSON-LD scripts, headlines,
 * {@code <time>}s, microdata properties and author links, each in document order.
 */
final class PageElements {

    final List<Element> metas = new ArrayList<>();
    final List<Element> canonicals = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    /** {@code <title>} elements outside SVG drawings: a page's title, even where a broken head left it in the body. */
    final List<Element> titles = new ArrayList<>();
    /** Headings {@code h1} to {@code h3}, where a headline may stand. */
    final List<Element> headings = new ArrayList<>();
    /** Elements that may hold a byline: {@code rel=author}, {@code itemprop=author}, a byline or author class or id. */
    final List<Element> bylines = new ArrayList<>();
    /** Elements whose class or id speaks of a date or time, where pages print their dates. */
    final List<Element> dated = new ArrayList<>();
    private final java.util.IdentityHashMap<Element, Integer> positions = new java.util.IdentityHashMap<>();
    private final java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
    private static final int BYLINE = 1;
    private static final int DATED = 2;
    final List<Element> times = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> authorLinks = new ArrayList<>();
    /** Links to whom a Creative Commons licence credits the work ({@code rel=cc:attributionURL}). */
    final List<Element> licensees = new ArrayList<>();

    private PageElements() {
    }

    static PageElements of(Document doc) {
        PageElements p = new PageElements();
        int[] position = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element e)) {
                return;
            }
            position[0]++;
            switch (e.normalName()) {
                case "meta" -> p.metas.add(e);
                case "link" -> {
                    if (e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        p.canonicals.add(e);
                    }
                }
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                        p.jsonLd.add(e);
                    }
                }
                case "h1" -> {
                    p.h1s.add(e);
                    p.headings.add(e);
                    p.positions.put(e, position[0]);
                }
                case "h2", "h3" -> {
                    p.headings.add(e);
                    p.positions.put(e, position[0]);
                }
                case "time" -> p.times.add(e);
                case "title" -> {
                    if (!inSvg(e)) {
                        p.titles.add(e);
                    }
                }
                default -> {
                }
            }
            if (e.attributesSize() == 0) {
                return;
            }
            // The parser lower-cases attribute names: exact-case look-ups are enough, and cheaper.
            org.jsoup.nodes.Attributes attributes = e.attributes();
            String itemprop = attributes.get("itemprop");
            if (!itemprop.isEmpty() || attributes.hasKey("itemprop")) {
                p.itemprops.add(e);
            }
            String rel = attributes.get("rel");
            boolean authorLink = rel.equalsIgnoreCase("author");
            if (authorLink) {
                p.authorLinks.add(e);
            } else if (rel.contains("cc:attributionURL")) {
                p.licensees.add(e);
            }
            int kind = p.kindOfClass(attributes.get("class")) | kindOf(attributes.get("id"))
                    | kindOf(attributes.get("data-testid"));
            if (authorLink || (kind & BYLINE) != 0 || itemprop.equalsIgnoreCase("author")) {
                p.bylines.add(e);
                p.positions.put(e, position[0]);
            }
            if ((kind & DATED) != 0) {
                p.dated.add(e);
                p.positions.put(e, position[0]);
            }
        }, doc);
        return p;
    }

    /** The document's title: the first non-blank {@code <title>}, or null. */
    String documentTitle() {
        for (Element t : titles) {
            if (!t.text().isBlank()) {
                return t.text().strip();
            }
        }
        return null;
    }

    /** Where a collected heading, byline or dated element stands in document order; -1 for another element. */
    int position(Element e) {
        Integer at = positions.get(e);
        return at == null ? -1 : at;
    }

    /** Substrings of class or id values worth splitting into words to look for byline words. */
    private static final List<String> BYLINE_HINTS = List.of("author", "byline", "autor", "auteur", "writer",
            "verfasser", "creator", "contributor", "journalist");
    /** Substrings of class or id values worth splitting into words to look for date words. */
    private static final List<String> DATE_HINTS = List.of("date", "time", "publish", "posted", "datum", "fecha");
    /** Class or id words of elements that print a date. */
    static final java.util.Set<String> DATE_WORDS = java.util.Set.of("date", "time", "published", "publish",
            "publishdate", "pubdate", "posted", "postdate", "datum", "fecha", "datetime", "timestamp",
            "dateline", "entrydate", "postedon", "publishedat", "publicationdate", "articledate", "storydate");

    /** What a class value marks; pages repeat their class values on many elements, so each is read once. */
    private int kindOfClass(String names) {
        if (names.isEmpty()) {
            return 0;
        }
        Integer known = kinds.get(names);
        if (known == null) {
            known = kindOf(names);
            kinds.put(names, known);
        }
        return known;
    }

    /** What a class, id or test id value marks: {@link #BYLINE}, {@link #DATED}, both or neither. */
    private static int kindOf(String names) {
        if (names.isEmpty()) {
            return 0;
        }
        String lower = names.toLowerCase(java.util.Locale.ROOT);
        return (hasWord(names, lower, BYLINE_HINTS, AuthorFinder.BYLINE_WORDS) ? BYLINE : 0)
                | (hasWord(names, lower, DATE_HINTS, DATE_WORDS) ? DATED : 0);
    }

    private static boolean inSvg(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("svg")) {
                return true;
            }
        }
        return false;
    }

    /** Whether class names hold one of {@code words} (whole words, or for bylines words that begin with one). */
    private static boolean hasWord(String names, String lower, List<String> hints, java.util.Set<String> words) {
        boolean hinted = false;
        for (String h : hints) {
            if (lower.contains(h)) {
                hinted = true;
                break;
            }
        }
        if (!hinted) {
            return false;
        }
        boolean[] found = {false};
        HtmlHints.words(names, w -> found[0] |= words.contains(w)
                || words == AuthorFinder.BYLINE_WORDS && (w.startsWith("author") || w.startsWith("byline")));
        return found[0];
    }

    /** The elements of {@code list} inside {@code scope}. */
    static List<Element> within(List<Element> list, Element scope) {
        List<Element> in = new ArrayList<>();
        if (scope != null) {
            for (Element e : list) {
                if (MainTextSelector.within(e, scope)) {
                    in.add(e);
                }
            }
        }
        return in;
    }
}
