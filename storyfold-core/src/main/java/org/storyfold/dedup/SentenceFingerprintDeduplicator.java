package org.storyfold.dedup;

import java.util.ArrayList;
import java.util.Arrays;
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
     * Keys that any two articles this stage could relate share at least one of: the sentence
     * fingerprints the copy index posts for the article, and the hash of its words (exact copies).
     * For blocking a corpus into parts that can be deduplicated apart (the Spark runner): articles
     * sharing no key, directly or through others, are never compared. Empty for an article without words.
     */
    public long[] blockingKeys(Article article) {
        TextScan scan = TextScan.of(article.text(), config.fingerprints().maxSentences());
        if (scan.totalTokens() == 0) {
            return new long[0];
        }
        LshParameters banding = config.fingerprints().lsh();
        long[] keys = new SentenceKeys(banding.bands(), banding.rows(), config.fingerprints().minWords(),
                config.fingerprints().maxKeys()).keys(scan).keys();
        long[] out = Arrays.copyOf(keys, keys.length + 1);
        out[keys.length] = scan.exactHash();
        return out;
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
