package org.storyfold.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.extract.Article;

/**
 * Turns verified copy relations into duplicate groups: exact and near copies are joined into
 * connected families around the likely original, each member linked to the member it was found to
 * copy (nearest the original first); a partial copy is grouped with the article it reuses.
 * Not thread-safe; one instance per deduplication.
 */
final class CopyGraph {

    /** A verified pair: how a relates to b, and how b relates to a (either may be null). */
    record Edge(int a, int b, CopyVerifier.Evidence aCopiesB, CopyVerifier.Evidence bCopiesA) {
        boolean near() {
            return aCopiesB != null && aCopiesB.kind() == CopyKind.NEAR
                    || bCopiesA != null && bCopiesA.kind() == CopyKind.NEAR;
        }

        /** The evidence seen from {@code copy}'s side, falling back to the other side's. */
        CopyVerifier.Evidence from(int copy) {
            CopyVerifier.Evidence own = copy == a ? aCopiesB : bCopiesA;
            return own != null ? own : (copy == a ? bCopiesA : aCopiesB);
        }

        int other(int x) {
            return x == a ? b : a;
        }
    }

    private final List<Article> articles;
    private final Collection<List<Integer>> exactGroups;
    private final List<Edge> edges;
    private final int[] parent;

    CopyGraph(List<Article> articles, Collection<List<Integer>> exactGroups, List<Edge> edges) {
        this.articles = articles;
        this.exactGroups = exactGroups;
        this.edges = edges;
        this.parent = new int[articles.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    List<DuplicateGroup> groups() {
        Map<Integer, Integer> exactRepresentative = new HashMap<>();
        for (List<Integer> members : exactGroups) {
            for (int m : members) {
                union(m, members.get(0));
                exactRepresentative.put(m, members.get(0));
            }
        }
        Map<Integer, List<Edge>> nearEdges = new HashMap<>();
        for (Edge e : edges) {
            if (e.near()) {
                union(e.a(), e.b());
                nearEdges.computeIfAbsent(e.a(), k -> new ArrayList<>()).add(e);
                nearEdges.computeIfAbsent(e.b(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<Integer, List<Integer>> families = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            families.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        }

        List<DuplicateGroup> groups = new ArrayList<>();
        Map<Integer, Integer> familyOf = new HashMap<>();
        for (List<Integer> family : families.values()) {
            family.forEach(m -> familyOf.put(m, family.get(0)));
            if (family.size() > 1) {
                groups.add(family(family, exactRepresentative, nearEdges));
            }
        }
        groups.addAll(partialGroups(familyOf));
        groups.sort(Comparator.comparing((DuplicateGroup g) -> -g.members().size()).thenComparing(DuplicateGroup::original));
        return groups;
    }

    /** A family of exact and near copies, linked by a breadth-first walk from the original. */
    private DuplicateGroup family(List<Integer> family, Map<Integer, Integer> exactRepresentative,
                                  Map<Integer, List<Edge>> nearEdges) {
        int original = family.stream().min(Comparator.comparing(articles::get, OriginalOrder.LIKELY_ORIGINAL_FIRST)).orElseThrow();
        List<CopyLink> links = new ArrayList<>();
        Map<Integer, Boolean> placed = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        placed.put(original, true);
        queue.add(original);
        while (!queue.isEmpty()) {
            int at = queue.poll();
            for (int m : family) {
                if (!placed.containsKey(m) && exactRepresentative.containsKey(m)
                        && exactRepresentative.get(m).equals(exactRepresentative.get(at))) {
                    placed.put(m, true);
                    links.add(new CopyLink(articles.get(m).id(), articles.get(at).id(), CopyKind.EXACT, 1.0,
                            articles.get(m).sentences().size()));
                    queue.add(m);
                }
            }
            int rep = exactRepresentative.getOrDefault(at, at);
            for (Edge e : nearEdges.getOrDefault(rep, List.of())) {
                int next = e.other(rep);
                if (!placed.containsKey(next)) {
                    placed.put(next, true);
                    CopyVerifier.Evidence ev = e.from(next);
                    links.add(new CopyLink(articles.get(next).id(), articles.get(at).id(),
                            ev.kind(), round(ev.share()), ev.copiedSentences()));
                    queue.add(next);
                }
            }
        }
        CopyKind kind = links.stream().map(CopyLink::kind).reduce(CopyKind.EXACT, CopyKind::weaker);
        List<String> members = new ArrayList<>();
        members.add(articles.get(original).id());
        links.forEach(l -> members.add(l.copy()));
        return new DuplicateGroup(members, articles.get(original).id(), kind, meanSimilarity(links), links);
    }

    /**
     * Groups of partial copies: each article that reuses parts of articles outside its own family
     * is linked to the one it reuses most; copies of one source share a group.
     */
    private List<DuplicateGroup> partialGroups(Map<Integer, Integer> familyOf) {
        Map<Integer, CopyLink> bestByCopy = new LinkedHashMap<>();
        Map<Integer, Integer> sourceOf = new HashMap<>();
        for (Edge e : edges) {
            if (e.near() || familyOf.get(e.a()).equals(familyOf.get(e.b()))) {
                continue;
            }
            int copy = copySide(e);
            int source = e.other(copy);
            CopyVerifier.Evidence ev = e.from(copy);
            CopyLink link = new CopyLink(articles.get(copy).id(), articles.get(source).id(), CopyKind.PARTIAL,
                    round(ev.share()), ev.copiedSentences());
            CopyLink best = bestByCopy.get(copy);
            if (best == null || link.similarity() > best.similarity()) {
                bestByCopy.put(copy, link);
                sourceOf.put(copy, source);
            }
        }
        Map<Integer, List<CopyLink>> bySource = new LinkedHashMap<>();
        bestByCopy.forEach((copy, link) -> bySource.computeIfAbsent(sourceOf.get(copy), k -> new ArrayList<>()).add(link));
        List<DuplicateGroup> groups = new ArrayList<>();
        bySource.forEach((source, links) -> {
            List<String> members = new ArrayList<>();
            members.add(articles.get(source).id());
            links.forEach(l -> members.add(l.copy()));
            groups.add(new DuplicateGroup(members, articles.get(source).id(), CopyKind.PARTIAL,
                    meanSimilarity(links), links));
        });
        return groups;
    }

    /** Which article of a partial pair is the copy: the later one, else the uncredited one, else the one more covered. */
    private int copySide(Edge e) {
        Article a = articles.get(e.a());
        Article b = articles.get(e.b());
        if (a.published() != null && b.published() != null && !a.published().equals(b.published())) {
            return a.published().isAfter(b.published()) ? e.a() : e.b();
        }
        if ((a.credit() == null) != (b.credit() == null)) {
            return a.credit() == null ? e.a() : e.b();
        }
        double shareA = e.aCopiesB() == null ? 0 : e.aCopiesB().share();
        double shareB = e.bCopiesA() == null ? 0 : e.bCopiesA().share();
        return shareA >= shareB ? e.a() : e.b();
    }

    private static double meanSimilarity(List<CopyLink> links) {
        return round(links.stream().mapToDouble(CopyLink::similarity).average().orElse(1.0));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
