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
    final List<Element> times = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> authorLinks = new ArrayList<>();

    private PageElements() {
    }

    static PageElements of(Document doc) {
        PageElements p = new PageElements();
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element e)) {
                return;
            }
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
                case "h1" -> p.h1s.add(e);
                case "time" -> p.times.add(e);
                default -> {
                }
            }
            if (e.hasAttr("itemprop")) {
                p.itemprops.add(e);
            }
            if (e.attr("rel").equalsIgnoreCase("author")) {
                p.authorLinks.add(e);
            }
        }, doc);
        return p;
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
