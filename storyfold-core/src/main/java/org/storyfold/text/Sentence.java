package org.storyfold.text;

import java.io.Serializable;

/**
 * One sentence of an article's text.
 *
 * @param text      the sentence as printed
 * @param start     its first character's offset in the article text
 * @param end       the offset just past its last character
 * @param paragraph the 0-based index of its paragraph
 */
public record Sentence(String text, int start, int end, int paragraph) implements Serializable {
}
