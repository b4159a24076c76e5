package org.storyfold.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
