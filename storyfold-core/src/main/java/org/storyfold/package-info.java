/**
 * Folds news articles from many outlets into stories with cited briefs: the facade
 * {@link org.storyfold.Storyfold} runs the stages in order over files and folders.
 *
 * <p>Each stage has its own package: {@code ingest} reads inputs into raw documents, {@code extract}
 * turns them into articles, {@code text} splits sentences and tokens, {@code dedup} finds copies,
 * {@code cluster} folds articles into stories, {@code synth} writes each story's brief, and
 * {@code format} writes the result as JSON. Types in {@code org.storyfold.internal} are not API.
 */
package org.storyfold;
