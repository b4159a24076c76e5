package org.storyfold.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

    /**
     * A labelled byline anywhere in an article, often at its end: "Autor: Jane Doe", "Auteur : Jane
     * Doe", "Text: Jane Doe", "Geschrieben von Jane Doe"; a one-word label needs its colon, so that
     * a sentence opening with "Text" is not one, unless full names alone follow it ("Autoren Jane Doe
     * und John Roe").
     */
    private static final Pattern LABELLED = Pattern.compile(
            "(?:(?i:autor|autorin|autoren|author|authors|auteur|auteurs|autore|text|texto|verfasser|verfasserin)"
                    + "\\s*[:：]|(?i:geschrieben|verfasst|written|posted)\\s+(?i:von|by)\\s*[:：]?)\\s*\\p{Lu}.*");
    /** A label without its colon, then what must be names alone: "Autoren Jane Doe und John Roe". */
    private static final Pattern LABEL_THEN_NAMES = Pattern.compile(
            "(?i:autor|autorin|autoren|autorinnen|author|authors|auteur|auteurs)\\s+(\\p{Lu}.*)");
    /** Words and signs that join names in a byline. */
    private static final Pattern JOINERS = Pattern.compile("(?i)\\s(?:and|und|et|y)\\s|[,&;/]");
    /** A labelled byline line is short. */
    static final int MAX_LABELLED_CHARS = 100;

    private BylineLines() {
    }

    /** The names of the first labelled byline line in {@code scope} (the article), outside comments; empty if none. */
    static List<String> labelledIn(Element scope, SiteName site) {
        if (scope == null) {
            return List.of();
        }
        List<String> names = HtmlHints.firstInText(scope, t -> {
            if (!startsLabel(t.text()) || AuthorFinder.inComments(t.parent())) {
                return null;
            }
            String line = lineFrom(t);
            if (line.length() > MAX_LABELLED_CHARS) {
                return null;
            }
            boolean labelled = LABELLED.matcher(line).matches();
            Matcher bare = labelled ? null : LABEL_THEN_NAMES.matcher(line);
            if (!labelled && !bare.matches()) {
                return null;
            }
            List<String> found = new ArrayList<>();
            AuthorFinder.addNames(found, line, site, true);
            if (!labelled && !namesAlone(bare.group(1), found)) {
                // without its colon, a label must be followed by full names and nothing else
                return null;
            }
            return found.isEmpty() ? null : found;
        });
        return names == null ? List.of() : names;
    }

    /** Whether {@code text} holds exactly {@code names}, all full names, joined by "and", commas and the like. */
    private static boolean namesAlone(String text, List<String> names) {
        return !names.isEmpty() && names.stream().allMatch(AuthorFinder::isFullName)
                && BlockCleaner.key(JOINERS.matcher(" " + text + " ").replaceAll(" ")).equals(BlockCleaner.key(String.join(" ", names)));
    }

    /** Whether a text node may open a labelled byline: it starts with a label's first letters (cheap test before the line is read). */
    private static boolean startsLabel(String text) {
        String t = text.stripLeading();
        if (t.length() < 4) {
            return false;
        }
        char c = Character.toLowerCase(t.charAt(0));
        return c == 'a' || c == 't' || c == 'v' || c == 'g' || c == 'w' || c == 'p';
    }

    /** The line a text node opens: its text and that of the nodes after it, up to a block or a line break. */
    private static String lineFrom(TextNode start) {
        StringBuilder line = new StringBuilder(start.text());
        for (Node n = start; n != null && line.length() <= MAX_LABELLED_CHARS; ) {
            Node next = n.nextSibling();
            if (next == null) {
                // climb out of inline elements ("<strong>Autor:</strong> <a>Jane Doe</a>")
                Node parent = n.parent();
                if (!(parent instanceof Element pe) || HtmlHints.BLOCK_TAGS.contains(pe.normalName())) {
                    break;
                }
                n = parent;
                continue;
            }
            if (next instanceof Element e && HtmlHints.BLOCK_TAGS.contains(e.normalName())) {
                break;
            }
            line.append(next instanceof Element e ? e.text() : next instanceof TextNode t ? t.text() : "");
            n = next;
        }
        return line.toString().replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
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
