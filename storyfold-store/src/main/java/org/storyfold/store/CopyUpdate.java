package org.storyfold.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyfold.dedup.DuplicateGroup;

/**
 * The copy groups among a batch's new articles and the stored articles examined with them: the
 * groups the batch made or changed, and the stored ones among the examined articles that stand as
 * they were. Together they are the new state of the copies among the examined articles.
 *
 * @param examined the ids of the articles compared: the new ones and the stored ones, whole families
 * @param changed  the groups the batch made or changed, each as it now stands (every group with a new
 *                 article is among them), in the order the copy finder found them
 * @param kept     stored groups among the examined articles that the batch left as they were
 */
public record CopyUpdate(Set<String> examined, List<DuplicateGroup> changed, List<DuplicateGroup> kept) {
    public CopyUpdate {
        examined = Set.copyOf(examined);
        changed = List.copyOf(changed);
        kept = List.copyOf(kept);
        for (List<DuplicateGroup> groups : List.of(changed, kept)) {
            for (DuplicateGroup g : groups) {
                for (String m : g.members()) {
                    if (!examined.contains(m)) {
                        throw new IllegalArgumentException("group member " + m + " was not examined");
                    }
                }
            }
        }
    }

    /** The groups among the examined articles, which replace the stored groups of the examined articles: changed, then kept. */
    public List<DuplicateGroup> groups() {
        List<DuplicateGroup> all = new ArrayList<>(changed.size() + kept.size());
        all.addAll(changed);
        all.addAll(kept);
        return all;
    }
}
