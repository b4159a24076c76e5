package org.storyfold.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns the story's sentence families across articles by what they say rather than their words:
 * two families of different articles state one thing when their {@link ContentKeys}, weighted by
 * rarity in the story, overlap by at least the threshold (weighted Dice), and neither names a
 * number the other lacks when both name numbers, so that "approximately 100 miners have been
 * rescued" and "around 100 workers were rescued" meet while "50" and "70" do not.
 *
 * <p>Families with the same keys printed by the same articles (a sentence an article repeats) are
 * one group and compared once. Candidates come from an inverted index of the groups' keys, probed
 * only with a group's rarest keys: those without which the rest could not reach the threshold
 * (prefix filtering), so neither unrelated sentences nor sentences that share only common words
 * are compared. A family is linked to at most {@value #MOST_PER_GROUP} families of each group that
 * paraphrases it (the first), which bounds the links of repeated input; links run in story order.
 * Immutable after construction.
 */
final class Paraphrases {

    /** The most families of one paraphrasing group a family is linked to. */
    static final int MOST_PER_GROUP = 16;
    /** The postings bucket of groups printed by more than one article. */
    private static final int MANY = -1;

    /** A family that states what another states, with the similarity of their keys. */
    record Link(int family, double similarity) {
    }

    /** Families with one set of keys, printed by one set of articles, in story order. */
    private static final class Group {
        final Set<String> keys;
        final Set<Integer> articles;
        final List<Integer> families = new ArrayList<>(1);
        final Map<Group, Double> linked = new LinkedHashMap<>();
        double mass;
        int probed = -1;
        List<Link> links;

        Group(Set<String> keys, Set<Integer> articles) {
            this.keys = keys;
            this.articles = articles;
        }

        int first() {
            return families.get(0);
        }
    }

    private record GroupKey(Set<String> keys, Set<Integer> articles) {
    }

    private final Group[] groupOf;

    Paraphrases(StoryText story, ContentKeys keys, double threshold) {
        int n = story.families.size();
        groupOf = new Group[n];
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        Map<String, Integer> familiesWith = new HashMap<>();
        // Postings by key, then by the one article that prints the group (MANY when several do), so
        // that a group never walks the groups of its own article, which it cannot be linked to.
        Map<String, Map<Integer, List<Group>>> postings = new HashMap<>();
        for (int f = 0; f < n; f++) {
            SentenceFamilies.Member h = story.families.get(f).head();
            Set<String> k = keys.of(story, h.article(), h.sentence());
            Set<Integer> articles = articles(story.families.get(f));
            Group group = groups.computeIfAbsent(new GroupKey(k, articles), x -> new Group(k, articles));
            if (group.families.isEmpty()) {
                int bucket = articles.size() == 1 ? articles.iterator().next() : MANY;
                for (String key : k) {
                    postings.computeIfAbsent(key, x -> new LinkedHashMap<>())
                            .computeIfAbsent(bucket, x -> new ArrayList<>()).add(group);
                }
            }
            group.families.add(f);
            groupOf[f] = group;
            for (String key : k) {
                familiesWith.merge(key, 1, Integer::sum);
            }
        }
        Map<String, Double> idf = new HashMap<>();
        familiesWith.forEach((key, count) -> idf.put(key, Math.log(1 + n / (double) count)));
        for (Group g : groups.values()) {
            for (String key : g.keys) {
                g.mass += idf.get(key);
            }
        }
        List<Group> candidates = new ArrayList<>();
        for (Group x : groups.values()) {
            candidates.clear();
            for (String key : prefix(x, idf, threshold)) {
                for (Map.Entry<Integer, List<Group>> bucket : postings.get(key).entrySet()) {
                    if (x.articles.contains(bucket.getKey())) {
                        continue;
                    }
                    for (Group y : bucket.getValue()) {
                        if (y.first() > x.first() && y.probed != x.first()) {
                            y.probed = x.first();
                            candidates.add(y);
                        }
                    }
                }
            }
            for (Group y : candidates) {
                // Summed in the order of the earlier family's keys, as the pair's similarity always is.
                double shared = 0;
                for (String key : x.keys) {
                    if (y.keys.contains(key)) {
                        shared += idf.get(key);
                    }
                }
                double sim = 2 * shared / (x.mass + y.mass);
                if (sim >= threshold && numbersAgree(x.keys, y.keys) && disjoint(x.articles, y.articles)) {
                    x.linked.put(y, sim);
                    y.linked.put(x, sim);
                }
            }
        }
        for (Group g : groups.values()) {
            List<Link> out = new ArrayList<>();
            g.linked.forEach((other, sim) -> {
                for (int o : other.families.subList(0, Math.min(MOST_PER_GROUP, other.families.size()))) {
                    out.add(new Link(o, sim));
                }
            });
            out.sort(Comparator.comparingInt(Link::family));
            g.links = List.copyOf(out);
        }
    }

    /**
     * The keys of a group that any group reaching the threshold with it must share at least one of:
     * its heaviest keys, until the weight of the rest is below the least overlap the threshold asks.
     * Another group's weighted Dice {@code 2s / (mx + my)} reaches {@code t} only if the shared weight
     * {@code s} is at least {@code t mx / (2 - t)}, since {@code my >= s}.
     */
    private static List<String> prefix(Group x, Map<String, Double> idf, double threshold) {
        List<String> sorted = new ArrayList<>(x.keys);
        sorted.sort(Comparator.comparingDouble((String k) -> -idf.get(k)).thenComparing(Comparator.naturalOrder()));
        // A margin on the bound keeps rounding from ever dropping a key that could matter.
        double least = threshold * x.mass / (2 - threshold) * (1 - 1e-9);
        double rest = x.mass;
        List<String> out = new ArrayList<>();
        for (String key : sorted) {
            if (rest < least) {
                break;
            }
            out.add(key);
            rest -= idf.get(key);
        }
        return out;
    }

    /** The families of other articles that state what family {@code f} states, in story order. */
    List<Link> of(int f) {
        return groupOf[f].links;
    }

    private static boolean numbersAgree(Set<String> a, Set<String> b) {
        Set<String> na = numbers(a);
        Set<String> nb = numbers(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return true;
        }
        for (String x : na) {
            if (nb.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> numbers(Set<String> keys) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            if (!k.isEmpty() && Character.isDigit(k.charAt(0))) {
                out.add(k);
            }
        }
        return out;
    }

    private static Set<Integer> articles(SentenceFamilies.Family f) {
        Set<Integer> out = new HashSet<>();
        f.members().forEach(m -> out.add(m.article()));
        return out;
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        for (int x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
