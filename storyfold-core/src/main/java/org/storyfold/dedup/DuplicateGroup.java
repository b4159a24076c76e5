package org.storyfold.dedup;

import java.io.Serializable;
import java.util.List;

/**
 * A family of copies: its members, its likely original (earliest, agency-credited, most complete)
 * and each other member's link to that original.
 *
 * @param members    the member ids, the original first
 * @param original   the likely original's id
 * @param kind       the loosest relation in the group
 * @param similarity the mean similarity of the links
 * @param links      one link per member other than the original
 */
public record DuplicateGroup(List<String> members, String original, CopyKind kind, double similarity,
                             List<CopyLink> links) implements Serializable {
    public DuplicateGroup {
        members = List.copyOf(members);
        links = List.copyOf(links);
    }
}
