package org.storyfold.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the lines a reader sees just below a headline, up to the article's first paragraph, for a
 * byline that no markup names: "By Jane Doe", "Von Jane Doe", "Text: Jane Doe", or an opener on a
 * line of its own ("By" then "Jane Doe", as sites style it). Thread-safe.
 */
final class BylineLines {

    /** How much text below the headline is read. */
    static final int MAX_CHARS = 1200;
    /** A line this long is prose: the article has begun and no byline follows. */
    static final int PROSE_CHARS = 200;
    /** An opener on a line of its own. */
    private static final Pattern LONE_OPENER = Pattern.compile(
            "(?i:by|von|par|por|door|text|autor|autorin|author|auteur|texto)\\s*[:：]?");
    /** A line that opens like a byline. */
    private static final Pattern OPENS_BYLINE = Pattern.compile(
            "(?i:by|von|par|por|door|text|autor|autorin|author|auteur|texto|written by)\\s*[:：]?\\s+\\p{Lu}.*");

    private BylineLines() {
    }

    /** The names of the first byline line below {@code headline}; empty if none before the article's prose. */
    static List<String> below(Element headline, SiteName site) {
        List<String> lines = linesAfter(headline);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String byline = null;
            if (LONE_OPENER.matcher(line).matches() && i + 1 < lines.size()) {
                byline = lines.get(i + 1);
            } else if (OPENS_BYLINE.matcher(line).matches()) {
                byline = line;
            }
            if (byline != null) {
                List<String> names = new ArrayList<>();
                AuthorFinder.addNames(names, byline, site, true);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** The text lines after {@code start} in document order, broken at blocks, until prose or {@link #MAX_CHARS}. */
    private static List<String> linesAfter(Element start) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] chars = {0};
        NodeFilter collect = new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (chars[0] > MAX_CHARS) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element e) {
                    if (HtmlHints.DROP_TAGS.contains(e.normalName()) && !e.normalName().equals("figure")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (HtmlHints.BLOCK_TAGS.contains(e.normalName())) {
                        flush(line, lines);
                    }
                } else if (node instanceof TextNode t) {
                    String text = t.text();
                    line.append(text);
                    chars[0] += text.length();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && HtmlHints.BLOCK_TAGS.contains(e.normalName())) {
                    flush(line, lines);
                }
                return lines.isEmpty() || lines.get(lines.size() - 1).length() < PROSE_CHARS
                        ? FilterResult.CONTINUE : FilterResult.STOP;
            }
        };
        for (Element e = start; e != null && chars[0] <= MAX_CHARS && (lines.isEmpty()
                || lines.get(lines.size() - 1).length() < PROSE_CHARS); e = e.parent()) {
            for (Element sibling = e.nextElementSibling(); sibling != null && chars[0] <= MAX_CHARS;
                    sibling = sibling.nextElementSibling()) {
                if (NodeTraversor.filter(collect, sibling) == NodeFilter.FilterResult.STOP) {
                    break;
                }
            }
            flush(line, lines);
        }
        return lines;
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
