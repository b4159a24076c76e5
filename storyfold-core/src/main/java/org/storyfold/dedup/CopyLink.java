package org.storyfold.dedup;

import java.io.Serializable;

/**
 * One article found to copy another.
 *
 * @param copy       the copying article's id
 * @param original   the id of the article it copies
 * @param kind       exact, near or partial
 * @param similarity the share of the copy's words, in [0, 1], that stand in sentences matched in
 *                   the original (1 for an exact copy)
 * @param copiedSentences how many of the copy's sentences match one of the original's (for a
 *                   partial copy: how many it reprints nearly verbatim)
 * @param edits      what the copy changed, or null when the texts were not at hand (the index
 *                   alone keeps no texts)
 */
public record CopyLink(String copy, String original, CopyKind kind, double similarity, int copiedSentences,
                       CopyEdits edits) implements Serializable {

    /** A link whose edits are not known. */
    public CopyLink(String copy, String original, CopyKind kind, double similarity, int copiedSentences) {
        this(copy, original, kind, similarity, copiedSentences, null);
    }

    /** This link with its edits. */
    public CopyLink withEdits(CopyEdits newEdits) {
        return new CopyLink(copy, original, kind, similarity, copiedSentences, newEdits);
    }
}
