package org.storyfold.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storyfold.dedup.Deduplicator;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Finds copies by running a batch {@link Deduplicator} over the new articles and their
 * neighbourhood: the stored articles most like each of them, with the whole stored families those
 * belong to. A copy shares most of its words with its original, so the original is among the
 * nearest articles by words; the rest of the collection cannot change the verdict on a pair.
 * Thread-safe if the deduplicator is.
 */
public final class NeighbourhoodCopyFinder implements CopyFinder {

    private final Deduplicator deduplicator;
    private final int neighbours;

    /**
     * @param deduplicator the batch stage run over each neighbourhood
     * @param neighbours   stored articles fetched per new article
     */
    public NeighbourhoodCopyFinder(Deduplicator deduplicator, int neighbours) {
        this.deduplicator = deduplicator;
        this.neighbours = neighbours;
    }

    @Override
    public CopyUpdate copiesOf(List<Article> fresh, StoredCollection stored) {
        // 1. The stored neighbours of each new article, and every family they are part of.
        Set<String> nearby = new LinkedHashSet<>();
        if (stored.size() > 0) {
            for (Article a : fresh) {
                nearby.addAll(stored.similarArticles(a, neighbours));
            }
            Set<String> asked = new HashSet<>();
            while (asked.size() < nearby.size()) {
                List<String> next = nearby.stream().filter(id -> !asked.contains(id)).toList();
                asked.addAll(next);
                for (DuplicateGroup g : stored.groupsOf(next)) {
                    nearby.addAll(g.members());
                }
            }
        }
        // 2. The batch stage over new and neighbouring articles together.
        List<Article> all = new ArrayList<>(stored.articles(nearby).values());
        all.addAll(fresh);
        Set<String> examined = new HashSet<>(nearby);
        fresh.forEach(a -> examined.add(a.id()));
        return new CopyUpdate(examined, deduplicator.deduplicate(all));
    }
}
