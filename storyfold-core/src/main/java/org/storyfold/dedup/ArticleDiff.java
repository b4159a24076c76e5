package org.storyfold.dedup;

import java.util.List;

/**
 * What a copy changed in an original, sentence beside sentence: each of the copy's sentences with
 * the original sentence it reprints (its changed words marked on both sides), the copy's own
 * sentences, and the original's sentences the copy cut, in reading order. Made by
 * {@link SentenceDiff#compare}, the one diff that the command line, the API and the web page show.
 *
 * @param original   the original's id
 * @param copy       the copy's id
 * @param similarity the share of the copy's words that stand in sentences matched in the original
 * @param rows       the sentences side by side, in the copy's order, cut sentences where they stood
 */
public record ArticleDiff(String original, String copy, double similarity, List<Row> rows) {

    public ArticleDiff {
        rows = List.copyOf(rows);
    }

    /** How a row relates the two texts. */
    public enum Change {
        /** The same sentence, word for word. */
        SAME,
        /** The same sentence with words changed. */
        EDITED,
        /** A sentence of the original the copy does not print. */
        CUT,
        /** A sentence of the copy's own. */
        ADDED
    }

    /** One row: the original's sentence and the copy's, as runs of words; a side is empty when absent. */
    public record Row(Change change, List<WordDiff.Run> original, List<WordDiff.Run> copy) {
        public Row {
            original = List.copyOf(original);
            copy = List.copyOf(copy);
        }
    }
}
