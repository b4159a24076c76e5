/**
 * Finds copies among articles and says what each copy changed: exact duplicates by a hash of
 * their words, near duplicates and partial copies by sentence fingerprints verified by sentence
 * alignment, gathered in an incremental, persistent {@link org.storyfold.dedup.CopyIndex} that
 * groups each family of copies around its likely original; {@link org.storyfold.dedup.SentenceDiff}
 * lists a copy's added, dropped and changed sentences and its systematic substitutions.
 */
package org.storyfold.dedup;
