package org.storyfold.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.dedup.CopyEdits;
import org.storyfold.dedup.CopyIndex;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.IndexChanges;
import org.storyfold.dedup.SentenceDiff;
import org.storyfold.extract.Article;

/**
 * Finds copies with one {@link CopyIndex} that holds every stored article: each batch is added to
 * the index, which compares it with everything indexed before, and the groups it changed are
 * turned into the store's {@link CopyUpdate}, each link with what the copy changed (as the
 * digest's dedup lists them). So the stored groups are the ones a digest of the whole collection
 * would find, however the articles were batched.
 *
 * <p>The index must hold exactly the stored articles (the store restores it from a snapshot and
 * the batches committed after it). Not thread-safe; one batch at a time.
 */
public final class IndexedCopyFinder implements CopyFinder {

    private final CopyIndex index;
    private final SentenceDiff diff;

    /**
     * @param index the index of every stored article, which each batch is added to
     * @param diff  lists what each copy changed, with the settings of the digest's dedup
     */
    public IndexedCopyFinder(CopyIndex index, SentenceDiff diff) {
        this.index = index;
        this.diff = diff;
    }

    @Override
    public CopyUpdate copiesOf(List<Article> fresh, StoredCollection stored) {
        IndexChanges changes = index.add(fresh);
        if (!changes.skipped().isEmpty()) {
            throw new IllegalStateException("the copy index already holds " + changes.skipped()
                    + ", which the store does not; it is rebuilt from the store before the next batch");
        }

        // 1. The examined articles: the new ones, the members of every group the batch changed,
        // the originals of retired partial groups, then every member of each stored group any of
        // them is in, until no stored group is left half-examined.
        Set<String> examined = new LinkedHashSet<>();
        fresh.forEach(a -> examined.add(a.id()));
        changes.groups().forEach(g -> examined.addAll(g.members()));
        examined.addAll(changes.retiredPartials());
        List<DuplicateGroup> storedGroups = closure(examined, stored);

        // 2. Stored groups the changes supersede: families only grow and merge, so a family that
        // shares a member with a changed family is part of it; a partial group is replaced by the
        // one with the same original, or retired.
        Set<String> inChangedFamilies = new HashSet<>();
        Set<String> partialOriginals = new HashSet<>(changes.retiredPartials());
        for (DuplicateGroup g : changes.groups()) {
            if (g.kind() == CopyKind.PARTIAL) {
                partialOriginals.add(g.original());
            } else {
                inChangedFamilies.addAll(g.members());
            }
        }
        List<DuplicateGroup> kept = new ArrayList<>();
        List<DuplicateGroup> superseded = new ArrayList<>();
        for (DuplicateGroup g : storedGroups) {
            boolean replaced = g.kind() == CopyKind.PARTIAL ? partialOriginals.contains(g.original())
                    : g.members().stream().anyMatch(inChangedFamilies::contains);
            (replaced ? superseded : kept).add(g);
        }

        // 3. Each changed link's edits: kept from the group it supersedes when the link is the
        // same, else computed from the two texts.
        return new CopyUpdate(examined, withEdits(changes.groups(), superseded, fresh, stored), kept);
    }

    /** The stored groups of the examined articles, widening {@code examined} by their members until it is closed. */
    private static List<DuplicateGroup> closure(Set<String> examined, StoredCollection stored) {
        List<DuplicateGroup> groups = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        List<String> ask = new ArrayList<>(examined);
        while (!ask.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (DuplicateGroup g : stored.groupsOf(ask)) {
                if (!seen.add(key(g))) {
                    continue;
                }
                groups.add(g);
                for (String m : g.members()) {
                    if (examined.add(m)) {
                        next.add(m);
                    }
                }
            }
            ask = next;
        }
        return groups;
    }

    /** A stored group's identity: its kind, original and members (two groups may share an original). */
    private static List<String> key(DuplicateGroup g) {
        List<String> key = new ArrayList<>(g.members().size() + 1);
        key.add(g.kind().label());
        key.addAll(g.members());
        return key;
    }

    private List<DuplicateGroup> withEdits(List<DuplicateGroup> groups, List<DuplicateGroup> superseded,
                                           List<Article> fresh, StoredCollection stored) {
        Map<String, CopyEdits> known = new HashMap<>();
        for (DuplicateGroup g : superseded) {
            for (CopyLink l : g.links()) {
                if (l.edits() != null) {
                    known.put(linkKey(l), l.edits());
                }
            }
        }
        Map<String, Article> texts = new HashMap<>();
        fresh.forEach(a -> texts.put(a.id(), a));
        Set<String> wanted = new LinkedHashSet<>();
        for (DuplicateGroup g : groups) {
            for (CopyLink l : g.links()) {
                if (l.kind() != CopyKind.EXACT && !known.containsKey(linkKey(l))) {
                    wanted.add(l.copy());
                    wanted.add(l.original());
                }
            }
        }
        wanted.removeAll(texts.keySet());
        if (!wanted.isEmpty()) {
            texts.putAll(stored.articles(wanted));
        }
        List<DuplicateGroup> out = new ArrayList<>(groups.size());
        for (DuplicateGroup g : groups) {
            List<CopyLink> links = new ArrayList<>(g.links().size());
            for (CopyLink l : g.links()) {
                CopyEdits edits = l.kind() == CopyKind.EXACT ? CopyEdits.NONE : known.get(linkKey(l));
                if (edits == null) {
                    edits = diff.edits(text(texts, l.copy()), text(texts, l.original()), l.kind() == CopyKind.PARTIAL);
                }
                links.add(l.withEdits(edits));
            }
            out.add(new DuplicateGroup(g.members(), g.original(), g.kind(), g.similarity(), links));
        }
        return out;
    }

    /** What a link's edits depend on: the two texts, and whether only the reprinted sentences count. */
    private static String linkKey(CopyLink l) {
        return l.copy() + '\u0000' + l.original() + '\u0000' + (l.kind() == CopyKind.PARTIAL);
    }

    private static String text(Map<String, Article> texts, String id) {
        Article a = texts.get(id);
        if (a == null) {
            throw new IllegalStateException("copy index names article " + id + ", which is not stored");
        }
        return a.text();
    }
}
