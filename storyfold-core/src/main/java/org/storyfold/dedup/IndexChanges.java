package org.storyfold.dedup;

import java.util.List;

/**
 * What adding a batch to a {@link CopyIndex} changed.
 *
 * <p>How a caller that keeps groups (a store) applies it: families (exact and near groups) only
 * grow and merge, so each family in {@code groups} replaces every family reported before that
 * shares a member with it; a partial group replaces the partial group reported before with the
 * same original; {@code retiredPartials} names the originals whose partial group is gone (its
 * copies now reuse another article more, or joined its family).
 *
 * @param added           ids of the articles added, in batch order
 * @param skipped         ids already in the index (or twice in the batch), left as they were
 * @param groups          the current state of every group that changed, largest first
 * @param retiredPartials originals whose partial group no longer exists
 */
public record IndexChanges(List<String> added, List<String> skipped, List<DuplicateGroup> groups,
                           List<String> retiredPartials) {
    public IndexChanges {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
        groups = List.copyOf(groups);
        retiredPartials = List.copyOf(retiredPartials);
    }
}
