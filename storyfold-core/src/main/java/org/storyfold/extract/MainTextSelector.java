package org.storyfold.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.storyfold.text.Words;

/**
 * Chooses a page's main text among its blocks: the element whose blocks add up to the most
 * article-like text, prose counting for it and link lists and short scraps against it (a maximum
 * subtree sum, so that a body cut in two by an advertisement is still taken whole), then its
 * blocks without the link-dense ones. Thread-safe: it holds no state.
 */
final class MainTextSelector {

    /** A block of prose: at least this many characters outside links. */
    static final int PROSE_CHARS = 50;
    /** A block with more than this share of its characters in links is a link list, not prose. */
    static final double LINK_LIST_DENSITY = 0.5;
    /**
     * A prose block alone in its group (a teaser's summary, a comment) counts this much of its
     * weight above the group, unless it is this long: an article's paragraphs stand together.
     */
    static final double LONE_PROSE_FACTOR = 0.1;
    static final int LONE_PROSE_CHARS = 400;

    /** A linked list item or paragraph this long, between prose blocks, is article text. */
    static final int LINKED_ITEM_CHARS = 80;
    /** What a short block (a button, a label, a date) counts against its container. */
    static final double SHORT_BLOCK_COST = 12;
    /** How much an element whose class or id names an article body is favoured. */
    static final double BODY_HINT_BONUS = 1.25;

    private MainTextSelector() {
    }

    /** What counts as article text: prose only, or (for pages of tables and lists) any text outside links. */
    enum Mode { PROSE, ANY_TEXT }

    /** The main text: its container (null when the page has no prose) and its blocks, in reading order. */
    record Selection(Element container, List<TextBlock> blocks, int words) {
    }

    /**
     * The main text among {@code blocks}: the container's blocks from its first to its last prose
     * block, without link lists (a long list item or paragraph that is mostly a link is kept: lists
     * of linked items are article text when they stand between paragraphs).
     */
    static Selection select(List<TextBlock> blocks, Element body, Mode mode) {
        Element best = container(blocks, body, mode);
        if (best == null) {
            return new Selection(null, List.of(), 0);
        }
        List<TextBlock> inside = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (TextBlock b : blocks) {
            if (within(b.owner(), best)) {
                if (weight(b, mode) > 0) {
                    last = inside.size();
                    first = first < 0 ? last : first;
                }
                inside.add(b);
            }
        }
        List<TextBlock> kept = new ArrayList<>();
        int words = 0;
        for (int i = 0; i < inside.size(); i++) {
            TextBlock b = inside.get(i);
            boolean between = i >= first && i <= last;
            boolean linkList = b.linkDensity() > LINK_LIST_DENSITY;
            boolean linkedText = between && b.chars() >= LINKED_ITEM_CHARS && (b.tag().equals("li") || b.tag().equals("p"));
            if (!linkList || linkedText) {
                kept.add(b);
                words += Words.count(b.text());
            }
        }
        return new Selection(best, kept, words);
    }

    /**
     * The element with the highest sum of block weights, or null when no block is prose. Among
     * equal sums the element met first wins, walking the blocks in page order and each block's
     * ancestors from the inside out (so a wrapper never beats the element it only wraps): the
     * choice must not depend on identity hash codes, which change from run to run.
     */
    static Element container(List<TextBlock> blocks, Element body, Mode mode) {
        // jsoup's elements are equal only to themselves: a linked map is an identity map in page order.
        Map<Element, double[]> value = new LinkedHashMap<>();
        boolean anyProse = false;
        Map<Element, int[]> proseInGroup = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (weight(b, mode) > 0) {
                proseInGroup.computeIfAbsent(group(b), k -> new int[1])[0]++;
            }
        }
        for (TextBlock b : blocks) {
            double w = weight(b, mode);
            anyProse |= w > 0;
            Element group = group(b);
            boolean isolated = w > 0 && w < LONE_PROSE_CHARS && proseInGroup.get(group)[0] == 1;
            for (Element e = b.owner(); e != null; e = e.parent()) {
                value.computeIfAbsent(e, k -> new double[1])[0] += w;
                if (e == body) {
                    break;
                }
                if (e == group && isolated) {
                    w *= LONE_PROSE_FACTOR;
                }
            }
        }
        if (!anyProse) {
            return null;
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, double[]> entry : value.entrySet()) {
            double score = entry.getValue()[0];
            if (score > 0 && BlockSegmenter.hint(entry.getKey()) == BlockSegmenter.Hint.BODY) {
                score *= BODY_HINT_BONUS;
            }
            if (score > bestScore) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        return best;
    }

    /** Prose counts its characters outside links; link lists and short scraps count against. */
    static double weight(TextBlock b, Mode mode) {
        if (b.linkDensity() > LINK_LIST_DENSITY) {
            return -b.chars();
        }
        int own = b.chars() - b.linkChars();
        return own >= PROSE_CHARS || mode == Mode.ANY_TEXT ? own : -SHORT_BLOCK_COST;
    }

    /**
     * The element that gathers a block with its sibling paragraphs: the parent of the element
     * holding it, above any wrapper that holds nothing else ({@code <div><p>...</p></div>}).
     */
    static Element group(TextBlock b) {
        Element e = b.owner();
        Element parent = e.parent();
        while (parent != null && parent.childrenSize() == 1 && parent.parent() != null && !hasOwnText(parent)) {
            parent = parent.parent();
        }
        return parent != null ? parent : e;
    }

    private static boolean hasOwnText(Element e) {
        for (org.jsoup.nodes.TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    static boolean within(Element e, Element ancestor) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }
}
