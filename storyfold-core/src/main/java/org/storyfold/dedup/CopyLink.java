package org.storyfold.dedup;

/**
 * One article found to copy another.
 *
 * @param copy       the copying article's id
 * @param original   the id of the article it copies
 * @param kind       exact, near or partial
 * @param similarity the share of the copy's words, in [0, 1], that stand in sentences matched in
 *                   the original (1 for an exact copy)
 * @param copiedSentences how many of the copy's sentences match one of the original's
 */
public record CopyLink(String copy, String original, CopyKind kind, double similarity, int copiedSentences) {
}
