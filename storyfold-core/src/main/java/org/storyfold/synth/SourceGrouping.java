package org.storyfold.synth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Tells which of a story's articles are one source. Articles that dedup found to print one text
 * (exact and near copies, and so every print of one wire dispatch) are one source for everything.
 * An article that reuses some sentences of another (a partial copy) had that article in hand: for
 * what both of them state, printed or in other words, they are one source; for the rest of what it
 * says, the partial copy is a source of its own. Immutable after construction.
 */
final class SourceGrouping {

    private final Map<String, Article> byId = new LinkedHashMap<>();
    /** Each article's whole-copy family: the id of the family's first member in story order. */
    private final Map<String, String> familyOf = new HashMap<>();
    private final Map<String, Integer> familySize = new HashMap<>();
    private final List<CopyLink> partialLinks = new ArrayList<>();

    /** @param articles the story's articles in story order; {@code copies} may name articles of other stories */
    SourceGrouping(List<Article> articles, List<DuplicateGroup> copies) {
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, String> parent = new HashMap<>();
        byId.keySet().forEach(id -> parent.put(id, id));
        for (DuplicateGroup g : copies) {
            for (CopyLink l : g.links()) {
                if (!byId.containsKey(l.copy()) || !byId.containsKey(l.original())) {
                    continue;
                }
                if (l.kind() == CopyKind.PARTIAL) {
                    partialLinks.add(l);
                } else {
                    union(parent, l.copy(), l.original());
                }
            }
        }
        Map<String, String> firstOfRoot = new HashMap<>();
        for (String id : byId.keySet()) {
            String family = firstOfRoot.computeIfAbsent(find(parent, id), k -> id);
            familyOf.put(id, family);
            familySize.merge(family, 1, Integer::sum);
        }
    }

    /** The story's independent sources: its whole-copy families, each article outside one a source of its own. */
    List<IndependentSource> storySources() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String id : byId.keySet()) {
            families.computeIfAbsent(familyOf.get(id), k -> new ArrayList<>()).add(id);
        }
        return families.values().stream().map(this::describe).toList();
    }

    /** The independent sources among the articles that state one thing: families count once, and a partial copy joins what it copied. */
    List<IndependentSource> sourcesOf(Collection<String> stating) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (String id : stating) {
            parent.putIfAbsent(id, id);
        }
        Map<String, String> memberOfFamily = new HashMap<>();
        for (String id : parent.keySet()) {
            String family = familyOf.getOrDefault(id, id);
            String first = memberOfFamily.putIfAbsent(family, id);
            if (first != null) {
                union(parent, id, first);
            }
        }
        for (CopyLink l : partialLinks) {
            if (parent.containsKey(l.copy()) && parent.containsKey(l.original())) {
                union(parent, l.copy(), l.original());
            }
        }
        Map<String, List<String>> units = new LinkedHashMap<>();
        for (String id : parent.keySet()) {
            units.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
        }
        return units.values().stream().map(this::describe).toList();
    }

    /** A source as a reader is told of it: the agency its articles credit, and how many print it. */
    IndependentSource describe(List<String> articles) {
        Set<String> credits = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        int unknownOutlet = 0;
        for (String id : articles) {
            Article a = byId.get(id);
            if (a != null && a.credit() != null) {
                credits.add(a.credit());
            }
            if (a != null && a.outlet() != null) {
                outlets.add(a.outlet());
            } else {
                unknownOutlet++;
            }
        }
        String agency = credits.size() == 1 ? credits.iterator().next() : null;
        String label;
        if (articles.size() == 1) {
            Article a = byId.get(articles.get(0));
            String outlet = a == null ? null : a.outlet();
            label = agency != null ? "one " + agency + " dispatch" + (outlet == null ? "" : " (" + outlet + ")")
                    : "one article" + (outlet == null ? "" : " (" + outlet + ")");
        } else {
            String printedBy = unknownOutlet == 0 ? outlets.size() + " outlet" + (outlets.size() == 1 ? "" : "s")
                    : articles.size() + " articles";
            label = (agency != null ? "one " + agency + " dispatch" : "one text") + ", printed by " + printedBy;
        }
        return new IndependentSource(articles, agency, label);
    }

    /** Whether the article prints one text with another article of the story (an exact or near copy, either way). */
    boolean inFamily(String id) {
        String family = familyOf.get(id);
        return family != null && familySize.getOrDefault(family, 0) > 1;
    }

    /** Whether two articles print one text (exact or near copies, directly or through others). */
    boolean sameFamily(String a, String b) {
        String fa = familyOf.get(a);
        return fa != null && fa.equals(familyOf.get(b));
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        while (!id.equals(root)) {
            String next = parent.get(id);
            parent.put(id, root);
            id = next;
        }
        return root;
    }
}
