package org.storyfold.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of a page, with the element that holds it.
 *
 * @param owner     the innermost block element around the text (a {@code p}, {@code li}, {@code div}, ...)
 * @param text      the text, whitespace collapsed, without line breaks
 * @param linkChars how many of its characters stand inside links
 * @param index     its position among the page's blocks
 */
record TextBlock(Element owner, String text, int linkChars, int index) {

    /** The block's length in characters. */
    int chars() {
        return text.length();
    }

    /** The share of its characters inside links. */
    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** The tag of the element that holds it. */
    String tag() {
        return owner.normalName();
    }

    boolean isHeading() {
        String t = tag();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }
}
