package org.storyfold.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.dedup.internal.SentenceKeys;
import org.storyfold.dedup.internal.TextScan;
import org.storyfold.extract.Article;

/**
 * The dedup stage: adds the articles to a fresh in-memory {@link CopyIndex} (exact copies by a
 * hash of their words; near and partial copies by sentence fingerprints, verified by sentence
 * alignment), then lists each link's edits from the two texts. Thread-safe: each call works on its
 * own index.
 */
public final class SentenceFingerprintDeduplicator implements Deduplicator {

    private final DedupConfig config;
    private final SentenceDiff diff;

    public SentenceFingerprintDeduplicator(DedupConfig config) {
        this.config = config;
        this.diff = new SentenceDiff(config);
    }

    @Override
    public List<DuplicateGroup> deduplicate(List<Article> articles) {
        CopyIndex index = CopyIndex.inMemory(config);
        index.add(articles);
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        List<DuplicateGroup> groups = new ArrayList<>();
        for (DuplicateGroup g : index.groups()) {
            groups.add(withEdits(g, byId));
        }
        return groups;
    }

    /**
     * What the copy index looks an article up by: its sentence fingerprints, the sentence each comes
     * from, how many of its sentences have one, and the hash of its words (exact copies). For
     * blocking a corpus into parts that can be deduplicated apart (the Spark runner): the index
     * compares an article with another only when they share an exact hash, or fingerprints of two of
     * its sentences (all, for an article with one fingerprinted sentence).
     *
     * @param keys           the fingerprints, in sentence order
     * @param sentences      the sentence of each fingerprint
     * @param keyedSentences how many sentences have a fingerprint
     * @param exactHash      the hash of the article's words; 0 for an article without words
     */
    public record Blocking(long[] keys, int[] sentences, int keyedSentences, long exactHash) {

        /**
         * In how many of its sentences an article must share a fingerprint with an earlier family
         * for the index to compare them (unless they share the exact hash): two, or all when either
         * the article or the family's first printing has fewer keyed sentences.
         */
        public static int sentencesNeeded(int keyedSentences, int otherKeyedSentences) {
            return Math.max(1, Math.min(2, Math.min(keyedSentences, otherKeyedSentences)));
        }
    }

    /** The article's {@link Blocking} keys. */
    public Blocking blocking(Article article) {
        TextScan scan = TextScan.of(article.text(), config.fingerprints().maxSentences());
        if (scan.totalTokens() == 0) {
            return new Blocking(new long[0], new int[0], 0, 0);
        }
        LshParameters banding = config.fingerprints().lsh();
        SentenceKeys.Keys k = new SentenceKeys(banding.bands(), banding.rows(), config.fingerprints().minWords(),
                config.fingerprints().maxKeys()).keys(scan);
        return new Blocking(k.keys(), k.sentences(), k.keyedSentences(), scan.exactHash());
    }

    /** The group with each link's edits, computed from the two articles' texts. */
    DuplicateGroup withEdits(DuplicateGroup g, Map<String, Article> byId) {
        List<CopyLink> links = new ArrayList<>(g.links().size());
        for (CopyLink l : g.links()) {
            CopyEdits edits = l.kind() == CopyKind.EXACT ? CopyEdits.NONE
                    : diff.edits(byId.get(l.copy()).text(), byId.get(l.original()).text(), l.kind() == CopyKind.PARTIAL);
            links.add(l.withEdits(edits));
        }
        return new DuplicateGroup(g.members(), g.original(), g.kind(), g.similarity(), links);
    }
}
