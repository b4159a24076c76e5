package org.storyfold.dedup;

/**
 * One row of a side-by-side comparison of two articles at sentence level.
 *
 * @param left       the left article's sentence, or null
 * @param right      the right article's sentence, or null
 * @param kind       how the two relate
 * @param similarity the Jaccard similarity of the two sentences' words (0 when one is missing)
 */
public record DiffRow(String left, String right, Kind kind, double similarity) {

    /** How the sentences of a row relate. */
    public enum Kind {
        /** The same words on both sides. */
        SAME,
        /** One sentence, edited. */
        CHANGED,
        /** Only the left article prints it. */
        LEFT_ONLY,
        /** Only the right article prints it. */
        RIGHT_ONLY,
        /** Both print it, elsewhere in the other article: shown where it stands on this side. */
        MOVED
    }
}
