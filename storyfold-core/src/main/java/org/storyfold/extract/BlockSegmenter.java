package org.storyfold.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page's body into text blocks in one pass over its tree, skipping elements that never hold
 * article text, hidden elements and (when asked) furniture containers named by their class or id.
 * The walk is iterative, so deeply nested markup costs no stack. Not thread-safe: one per page.
 */
final class BlockSegmenter implements NodeFilter {

    /** Whether an element's class or id marks furniture, an article body, or neither. */
    enum Hint { NONE, FURNITURE, BODY }

    private final boolean skipFurniture;
    private final Element body;
    private int pageTextLength = -1;
    private final java.util.Map<String, Hint> classHints = new java.util.HashMap<>();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Element> owners = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private int runLinkChars;
    private int linkDepth;
    private boolean pendingSpace;

    private BlockSegmenter(boolean skipFurniture, Element body) {
        this.skipFurniture = skipFurniture;
        this.body = body;
    }

    /**
     * The text blocks under {@code body}, in reading order. With {@code skipFurniture}, elements
     * whose class or id names furniture are skipped, unless they hold over half the page's text
     * (a page-wide wrapper, not a widget).
     */
    static List<TextBlock> segment(Element body, boolean skipFurniture) {
        BlockSegmenter s = new BlockSegmenter(skipFurniture, body);
        s.owners.add(body);
        NodeTraversor.filter(s, body);
        s.flush();
        return s.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (depth > 0 && (HtmlHints.DROP_TAGS.contains(tag) || isHidden(e)
                || skipFurniture && cachedHint(e) == Hint.FURNITURE && !wrapsMostOfPage(e))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("td") || tag.equals("th")) {
            // A table row reads as one line: its cells are words of it, not blocks of their own.
            pendingSpace = true;
        } else if (HtmlHints.BLOCK_TAGS.contains(tag)) {
            flush();
            if (!tag.equals("br") && !tag.equals("hr")) {
                owners.add(e);
            }
        } else if (tag.equals("a")) {
            linkDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (HtmlHints.BLOCK_TAGS.contains(tag)) {
                if (!tag.equals("br") && !tag.equals("hr")) {
                    flush();
                    if (owners.size() > 1) {
                        owners.remove(owners.size() - 1);
                    }
                }
            } else if (tag.equals("a")) {
                linkDepth--;
            }
        }
        return FilterResult.CONTINUE;
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || Character.isSpaceChar(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && run.length() > 0) {
                run.append(' ');
                if (linkDepth > 0) {
                    runLinkChars++;
                }
            }
            pendingSpace = false;
            run.append(c);
            if (linkDepth > 0) {
                runLinkChars++;
            }
        }
    }

    private void flush() {
        if (run.length() > 0) {
            blocks.add(new TextBlock(owners.get(owners.size() - 1), run.toString(), runLinkChars, blocks.size()));
            run.setLength(0);
        }
        runLinkChars = 0;
        pendingSpace = false;
    }

    /** A wrapper of most of the page holds at least this much text; smaller elements need no page count. */
    private static final int WRAPPER_MIN_CHARS = 1000;

    private boolean wrapsMostOfPage(Element e) {
        int length = textLength(e, Integer.MAX_VALUE);
        if (length < WRAPPER_MIN_CHARS) {
            return false;
        }
        if (pageTextLength < 0) {
            pageTextLength = textLength(body, Integer.MAX_VALUE);
        }
        return length * 2 > pageTextLength;
    }

    /** {@link #hint}, its class part computed once per class value on the page (templates repeat them). */
    private Hint cachedHint(Element e) {
        if (HtmlHints.NEVER_FURNITURE_TAGS.contains(e.normalName())) {
            return Hint.NONE;
        }
        if (isMarkedBody(e)) {
            return Hint.BODY;
        }
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return Hint.NONE;
        }
        Hint byClass = cls.isEmpty() ? Hint.NONE : classHints.computeIfAbsent(cls, BlockSegmenter::hintOf);
        if (byClass == Hint.BODY || id.isEmpty()) {
            return byClass;
        }
        Hint byId = hintOf(id);
        return byId == Hint.NONE ? byClass : byClass == Hint.FURNITURE && byId == Hint.BODY ? Hint.BODY : byId;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        for (String hidden : HtmlHints.HIDDEN_STYLES) {
            if (compact.contains(hidden)) {
                return true;
            }
        }
        return false;
    }

    /** What an element's class and id (or its schema.org microdata property) say about it. */
    static Hint hint(Element e) {
        if (HtmlHints.NEVER_FURNITURE_TAGS.contains(e.normalName())) {
            return Hint.NONE;
        }
        if (isMarkedBody(e)) {
            return Hint.BODY;
        }
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return Hint.NONE;
        }
        return hintOf(cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id);
    }

    /** Whether schema.org microdata marks the element as the article's body. */
    private static boolean isMarkedBody(Element e) {
        return e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    /** What a class or id value says: a body marker wins over furniture words. */
    static Hint hintOf(String value) {
        String compact = compact(value);
        for (String marker : HtmlHints.BODY_MARKERS) {
            if (compact.contains(marker)) {
                return Hint.BODY;
            }
        }
        boolean[] furniture = {false};
        HtmlHints.words(value, w -> furniture[0] |= HtmlHints.isFurnitureWord(w));
        return furniture[0] ? Hint.FURNITURE : Hint.NONE;
    }

    private static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else if (c == ' ') {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** The number of non-space characters of text under {@code root} (counting stops past {@code cap}). */
    static int textLength(Element root, int cap) {
        int[] n = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        if (s.charAt(i) > ' ') {
                            n[0]++;
                        }
                    }
                }
                return n[0] > cap ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return n[0];
    }
}
