package org.storyfold.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.dedup.internal.DocTable;
import org.storyfold.dedup.internal.EdgeTable;
import org.storyfold.dedup.internal.Families;

/**
 * Turns verified copy relations into duplicate groups: exact and near copies form families
 * around the likely original, each member linked to the member it was found to copy (nearest the
 * original first); a partial copy is grouped with the article outside its family that it reuses
 * most. Reads the tables it is given and never changes them; the work is linear in the size of
 * the groups it builds (100,000 exact copies of one text make one group in one pass).
 * Not thread-safe (the tables are not).
 */
final class CopyGraph {

    /** Largest groups first, then by original. */
    static final Comparator<DuplicateGroup> ORDER = Comparator
            .comparing((DuplicateGroup g) -> -g.members().size()).thenComparing(DuplicateGroup::original);

    /** The least share of a longer printing's words that the shorter one must print to be its near copy. */
    static final double LEAST_CONTAINER_SHARE = 0.2;

    /** Shares of a copy's words closer than this are a tie. */
    private static final double TIE = 0.02;

    private final DocTable docs;
    private final Families families;
    private final EdgeTable edges;

    CopyGraph(DocTable docs, Families families, EdgeTable edges) {
        this.docs = docs;
        this.families = families;
        this.edges = edges;
    }

    /** Every group: the families of two or more, then the partial groups. */
    List<DuplicateGroup> all() {
        List<DuplicateGroup> groups = new ArrayList<>();
        Map<Integer, List<Integer>> copiesBySource = new LinkedHashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            if (families.find(d) == d && families.size(d) > 1) {
                groups.add(family(d));
            }
            int source = partialSource(d);
            if (source >= 0) {
                copiesBySource.computeIfAbsent(source, k -> new ArrayList<>()).add(d);
            }
        }
        copiesBySource.forEach((source, copies) -> groups.add(partialGroup(source, copies)));
        groups.sort(ORDER);
        return groups;
    }

    /** The family of {@code member}, or null when it has no other member. */
    DuplicateGroup family(int member) {
        if (families.size(member) < 2) {
            return null;
        }
        List<Integer> members = new ArrayList<>();
        families.forEachMember(member, members::add);
        Map<Integer, List<Integer>> exactClasses = new HashMap<>();
        for (int m : members) {
            exactClasses.computeIfAbsent(docs.exactOf(m), k -> new ArrayList<>(1)).add(m);
        }
        int original = members.stream().min(docs::compareAsOriginal).orElseThrow();

        List<CopyLink> links = new ArrayList<>(members.size() - 1);
        Map<Integer, Boolean> placed = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        placed.put(original, true);
        queue.add(original);
        while (!queue.isEmpty()) {
            int at = queue.poll();
            int rep = docs.exactOf(at);
            List<Integer> exact = exactClasses.remove(rep);
            if (exact != null) {
                for (int m : exact) {
                    if (placed.putIfAbsent(m, true) == null) {
                        links.add(new CopyLink(docs.id(m), docs.id(at), CopyKind.EXACT, 1.0, docs.sentences(m)));
                    }
                }
            }
            edges.forEachEdge(rep, e -> {
                if (!edges.near(e)) {
                    return;
                }
                int next = edges.other(e, rep);
                if (placed.putIfAbsent(next, true) == null) {
                    links.add(new CopyLink(docs.id(next), docs.id(at), CopyKind.NEAR, round(edges.shareFrom(e, next)),
                            edges.copiedFrom(e, next)));
                    queue.add(next);
                }
            });
        }
        CopyKind kind = links.stream().map(CopyLink::kind).reduce(CopyKind.EXACT, CopyKind::weaker);
        List<String> ids = new ArrayList<>(links.size() + 1);
        ids.add(docs.id(original));
        links.forEach(l -> ids.add(l.copy()));
        return new DuplicateGroup(ids, docs.id(original), kind, meanSimilarity(links), links);
    }

    /**
     * The article outside {@code doc}'s family that {@code doc} reuses most, by the share of its
     * words, or -1 when it reuses none.
     */
    int partialSource(int doc) {
        int[] best = {-1};
        double[] bestShare = {-1};
        int family = families.find(doc);
        edges.forEachEdge(doc, e -> {
            int other = edges.other(e, doc);
            if (edges.near(e) || families.find(other) == family || copySide(e, doc, other) != doc) {
                return;
            }
            // Reprinting the same sentences of two printings gives them about the same share: the
            // likelier original of the two is the source.
            double share = edges.shareFrom(e, doc);
            if (best[0] < 0 || share > bestShare[0] + TIE
                    || share > bestShare[0] - TIE && docs.compareAsOriginal(docs.bestOfClass(other), docs.bestOfClass(best[0])) < 0) {
                bestShare[0] = share;
                best[0] = other;
            }
        });
        return best[0];
    }

    /**
     * The partial group of {@code source} (a first printing): the articles whose main partial
     * source it is, linked to the likeliest original among the printings of its text.
     */
    DuplicateGroup partialGroup(int source, List<Integer> copies) {
        List<CopyLink> links = new ArrayList<>(copies.size());
        List<String> ids = new ArrayList<>(copies.size() + 1);
        String sourceId = docs.id(docs.bestOfClass(source));
        ids.add(sourceId);
        for (int copy : copies) {
            int[] edge = {-1};
            edges.forEachEdge(copy, e -> {
                if (edge[0] < 0 && edges.other(e, copy) == source) {
                    edge[0] = e;
                }
            });
            links.add(new CopyLink(docs.id(copy), sourceId, CopyKind.PARTIAL,
                    round(edges.shareFrom(edge[0], copy)), edges.copiedFrom(edge[0], copy)));
            ids.add(docs.id(copy));
        }
        return new DuplicateGroup(ids, sourceId, CopyKind.PARTIAL, meanSimilarity(links), links);
    }

    /** Which side of edge {@code e} (between a and b) copies the other; see {@link #copySide(DocTable, int, byte, double, int, byte, double)}. */
    private int copySide(int e, int a, int b) {
        return copySide(docs, a, edges.kindFrom(e, a), edges.shareFrom(e, a), b, edges.kindFrom(e, b), edges.shareFrom(e, b));
    }

    /**
     * Whether two verified articles are a near copy of one another: when their dates tell which
     * came later, that one must print mostly the other's sentences (a short story printed whole
     * inside a later article of its own makes that article a partial copy); on one day, or
     * undated, either printing mostly the other's sentences will do (a cut reprint, or the story
     * a longer printing extends). Either way, not when the other is so much longer that what
     * they share is a small part of it: a digest that prints ten stories whole is no story's
     * reprint and must not join ten families into one, and a brief that prints two sentences of
     * a long report is not its copy.
     */
    static boolean nearCopy(DocTable docs, int a, byte kindA, double shareA, int b, byte kindB, double shareB) {
        int pa = docs.published(docs.bestOfClass(docs.exactOf(a)));
        int pb = docs.published(docs.bestOfClass(docs.exactOf(b)));
        if (pa != DocTable.UNDATED && pb != DocTable.UNDATED && pa != pb) {
            return pa > pb ? kindA == EdgeTable.NEAR && shareB >= LEAST_CONTAINER_SHARE
                    : kindB == EdgeTable.NEAR && shareA >= LEAST_CONTAINER_SHARE;
        }
        return kindA == EdgeTable.NEAR && shareB >= LEAST_CONTAINER_SHARE
                || kindB == EdgeTable.NEAR && shareA >= LEAST_CONTAINER_SHARE;
    }

    /**
     * Which of two related articles is the copy: the later published, else the one without an
     * agency credit, else the one more covered by the other (its share, where it copies at all),
     * else the less likely original.
     */
    static int copySide(DocTable docs, int a, byte kindA, double shareA, int b, byte kindB, double shareB) {
        // A first printing stands for every printing of its text: the likeliest original of them
        // tells when and by whom the text was published.
        int ma = docs.bestOfClass(docs.exactOf(a));
        int mb = docs.bestOfClass(docs.exactOf(b));
        int pa = docs.published(ma);
        int pb = docs.published(mb);
        if (pa != DocTable.UNDATED && pb != DocTable.UNDATED && pa != pb) {
            return pa > pb ? a : b;
        }
        if (docs.credited(ma) != docs.credited(mb)) {
            return docs.credited(ma) ? b : a;
        }
        double coveredA = kindA == EdgeTable.NONE ? 0 : shareA;
        double coveredB = kindB == EdgeTable.NONE ? 0 : shareB;
        if (coveredA != coveredB) {
            return coveredA > coveredB ? a : b;
        }
        return docs.compareAsOriginal(ma, mb) <= 0 ? b : a;
    }

    private static double meanSimilarity(List<CopyLink> links) {
        return round(links.stream().mapToDouble(CopyLink::similarity).average().orElse(1.0));
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
