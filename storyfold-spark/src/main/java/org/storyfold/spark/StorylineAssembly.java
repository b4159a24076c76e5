package org.storyfold.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.cluster.Storyline;
import org.storyfold.cluster.StorylineLink;

/**
 * Storylines from the clustering runs' links, as the core's linker lists them for one stream:
 * the linked stories in connected components, largest first (then by their earliest story);
 * each storyline's stories earliest first (by first date, undated last, then by where the story
 * was opened), its links in the order of their later story.
 */
final class StorylineAssembly {

    private StorylineAssembly() {
    }

    /**
     * @param links each later story's link, by final story key
     * @param index each linked story's index in the stories' order (its id is {@code s<index + 1>})
     * @param rank  each linked story's earliest part: its first date, run and number in that run
     */
    static List<Storyline> of(List<SparkClustering.Link> links, Map<Long, Long> index, Map<Long, SparkClustering.Part> rank) {
        Comparator<Long> earliest = Comparator
                .comparing((Long k) -> rank.get(k).first(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(k -> rank.get(k).key() >>> 32)
                .thenComparingLong(k -> rank.get(k).number());
        Map<Long, Long> parent = new HashMap<>();
        for (SparkClustering.Link l : links) {
            Components.union(parent, l.earlier(), l.later());
        }
        Map<Long, List<Long>> members = new HashMap<>();
        for (Long k : new ArrayList<>(parent.keySet())) {
            members.computeIfAbsent(Components.root(parent, k), r -> new ArrayList<>()).add(k);
        }
        Map<Long, List<SparkClustering.Link>> linksOf = new HashMap<>();
        for (SparkClustering.Link l : links) {
            linksOf.computeIfAbsent(Components.root(parent, l.later()), r -> new ArrayList<>()).add(l);
        }
        List<List<Long>> groups = new ArrayList<>();
        for (List<Long> g : members.values()) {
            g.sort(earliest);
            groups.add(g);
        }
        groups.sort(Comparator.comparingInt((List<Long> g) -> -g.size()).thenComparing(g -> g.get(0), earliest));
        List<Storyline> out = new ArrayList<>();
        for (List<Long> g : groups) {
            List<SparkClustering.Link> ls = linksOf.get(Components.root(parent, g.get(0)));
            ls.sort(Comparator.comparing(SparkClustering.Link::later, earliest));
            List<StorylineLink> described = ls.stream().map(l -> new StorylineLink(id(index, l.earlier()),
                    id(index, l.later()), l.similarity(), l.names(), l.days(), l.reason())).toList();
            out.add(new Storyline("l" + (out.size() + 1), g.stream().map(k -> id(index, k)).toList(), described));
        }
        return out;
    }

    private static String id(Map<Long, Long> index, long key) {
        return "s" + (index.get(key) + 1);
    }
}
