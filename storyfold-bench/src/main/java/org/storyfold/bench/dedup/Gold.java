package org.storyfold.bench.dedup;

/**
 * What the generator knows about one article of a synthetic corpus.
 *
 * @param id          the article's id
 * @param role        {@code original} (a wire story), {@code copy} (a reprint with edits),
 *                    {@code exact} (the same words), {@code partial} (an article of its own that
 *                    reprints a few sentences of a wire story), {@code negative} (an independent
 *                    report of the same event, sharing at most a quote or a background sentence),
 *                    {@code single} (unrelated to every other article)
 * @param family      the wire story's family for an original, copy or exact copy, else null
 * @param reuses      the family a partial reuses, else null
 * @param negativeOf  the family a negative reports the same event as, else null
 * @param shared      how many sentences a partial or negative took from the family's original
 */
public record Gold(String id, String role, String family, String reuses, String negativeOf, int shared) {
}
