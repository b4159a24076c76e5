package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.dedup.DuplicateGroup;

/**
 * The families of copies that must share a story: the members of each duplicate group, exact,
 * near or partial (an article that reprints several sentences of a wire story reports its
 * events), with groups that share a member joined. Stateless.
 */
final class CopyFamilies {

    private CopyFamilies() {
    }

    /** The families of at least two articles, each in the order its members were first named. */
    static List<List<String>> of(List<DuplicateGroup> groups) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (DuplicateGroup g : groups) {
            for (String m : g.members()) {
                union(parent, g.members().get(0), m);
            }
        }
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String id : new ArrayList<>(parent.keySet())) {
            families.computeIfAbsent(find(parent, id), r -> new ArrayList<>()).add(id);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> f : families.values()) {
            if (f.size() > 1) {
                out.add(f);
            }
        }
        return out;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (true) {
            String p = parent.computeIfAbsent(root, x -> x);
            if (p.equals(root)) {
                break;
            }
            root = p;
        }
        parent.put(id, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
