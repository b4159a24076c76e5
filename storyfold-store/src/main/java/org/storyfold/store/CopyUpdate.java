package org.storyfold.store;

import java.util.List;
import java.util.Set;
import org.storyfold.dedup.DuplicateGroup;

/**
 * The copy groups among a batch's new articles and the stored articles examined with them.
 *
 * @param examined the ids of the articles compared: the new ones and the stored ones, whole families
 * @param groups   the groups among them, which replace the stored groups of the examined articles
 */
public record CopyUpdate(Set<String> examined, List<DuplicateGroup> groups) {
    public CopyUpdate {
        examined = Set.copyOf(examined);
        groups = List.copyOf(groups);
        for (DuplicateGroup g : groups) {
            for (String m : g.members()) {
                if (!examined.contains(m)) {
                    throw new IllegalArgumentException("group member " + m + " was not examined");
                }
            }
        }
    }
}
