package org.storyfold.dedup;

import java.util.List;
import org.storyfold.extract.Article;

/**
 * Dedup with article-level MinHash LSH candidates (the scheme of datasketch and Spark MLlib),
 * verified and grouped as {@link SentenceFingerprintDeduplicator} does: the baseline its sentence
 * fingerprints are measured against. Links carry no edits. Thread-safe: each call works on its
 * own state.
 */
public final class MinHashDeduplicator implements Deduplicator {

    /** A band bucket past this size is shared boilerplate, not evidence of copying. */
    private static final int MAX_BUCKET = 2000;

    private final DedupConfig config;

    public MinHashDeduplicator(DedupConfig config) {
        this.config = config;
    }

    @Override
    public List<DuplicateGroup> deduplicate(List<Article> articles) {
        CopyIndex index = CopyIndex.withFinder(config, docs -> new MinHashFinder(config, MAX_BUCKET));
        index.add(articles);
        return index.groups();
    }
}
