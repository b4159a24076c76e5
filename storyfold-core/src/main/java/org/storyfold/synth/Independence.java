package org.storyfold.synth;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;

/**
 * Counts the independent sources among the articles that state a thing: articles that dedup
 * found to be copies of one text (an exact or near copy) are one source; an article that reuses
 * some sentences of another (a partial copy) is the same source only for a sentence both print
 * near-identically, and a source of its own for what it words itself. Immutable after construction.
 */
final class Independence {

    private final Map<String, Integer> wholeCopyGroup = new HashMap<>();
    private final List<CopyLink> partialLinks;

    Independence(List<DuplicateGroup> copies, Set<String> storyIds) {
        partialLinks = new java.util.ArrayList<>();
        int group = 0;
        for (DuplicateGroup g : copies) {
            if (g.members().stream().noneMatch(storyIds::contains)) {
                continue;
            }
            for (CopyLink l : g.links()) {
                if (l.kind() == CopyKind.PARTIAL) {
                    partialLinks.add(l);
                } else {
                    int a = wholeCopyGroup.computeIfAbsent(l.copy(), k -> -1);
                    int b = wholeCopyGroup.computeIfAbsent(l.original(), k -> -1);
                    int id = a >= 0 ? a : b >= 0 ? b : group++;
                    relabel(a, id);
                    relabel(b, id);
                    wholeCopyGroup.put(l.copy(), id);
                    wholeCopyGroup.put(l.original(), id);
                }
            }
        }
    }

    /**
     * The number of independent sources among {@code stating}, of which {@code printing} print the
     * sentence near-identically (the rest state it in words of their own).
     */
    int count(Collection<String> stating, Collection<String> printing) {
        Map<String, String> parent = new HashMap<>();
        Map<Integer, String> groupMember = new HashMap<>();
        for (String id : stating) {
            parent.put(id, id);
            Integer g = wholeCopyGroup.get(id);
            if (g != null) {
                String first = groupMember.putIfAbsent(g, id);
                if (first != null) {
                    parent.put(find(parent, id), find(parent, first));
                }
            }
        }
        Set<String> printed = new HashSet<>(printing);
        for (CopyLink l : partialLinks) {
            if (parent.containsKey(l.copy()) && parent.containsKey(l.original()) && printed.contains(l.copy())
                    && printed.contains(l.original())) {
                parent.put(find(parent, l.copy()), find(parent, l.original()));
            }
        }
        Set<String> roots = new HashSet<>();
        for (String id : stating) {
            roots.add(find(parent, id));
        }
        return roots.size();
    }

    private void relabel(int from, int to) {
        if (from >= 0 && from != to) {
            wholeCopyGroup.replaceAll((k, v) -> v == from ? to : v);
        }
    }

    private static String find(Map<String, String> parent, String id) {
        String p = parent.get(id);
        while (!p.equals(id)) {
            id = p;
            p = parent.get(id);
        }
        return p;
    }
}
