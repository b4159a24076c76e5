package org.storyfold.dedup;

import org.storyfold.dedup.internal.Profile;
import org.storyfold.extract.Article;

/**
 * An article as the index takes it in, computed from its text alone (in parallel, before the
 * index is touched): the hash of its words for exact copies, its profile for verification, and
 * its candidate keys with the sentence each comes from.
 */
record CopyIndexEntry(Article article, long exactHash, int words, int sentences, Profile profile, long[] keys,
                int[] keySentences, int keyedSentences) {
}
