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
 * Merges a story's name mentions into entities. Two names are one entity when the text defines
 * one as the other ("World Health Organization (WHO)"), when outlets put one for the other in the
 * same sentence ({@link AliasLearner}), when an acronym's letters are a name's initials
 * ("UN" / "United Nations"), when they are spellings of one name ({@link NameSpelling}), or when one
 * is the short form of exactly one longer name: a person's surname ("Smith" / "John Smith") or
 * an organisation's head word ("Institute" / "National Institute for Health Research"). The type
 * is the one most of the mentions' contexts vote for. Stateless.
 */
final class EntityResolver {

    private static final double SAME_PERSON_SPELLING = 0.85;
    private static final int SHORTEST_SKELETON_NAME = 5;

    private EntityResolver() {
    }

    static Entities resolve(StoryText story, List<Mention> mentions, AliasLearner.Learned learned) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, int[]> votes = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            index.putIfAbsent(m.surface(), index.size());
            counts.merge(m.surface(), 1, Integer::sum);
            votes.merge(m.surface(), new int[] {m.person(), m.organisation(), m.place()}, EntityResolver::add);
        }
        List<String> surfaces = new ArrayList<>(index.keySet());
        int[] parent = new int[surfaces.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Set<String> longForms = new HashSet<>();
        // 1. Definitions in the text: "Long Name (ACRONYM)".
        for (Mention m : mentions) {
            List<Token> t = story.tokens(m.article(), m.sentence());
            int k = m.to();
            if (k + 2 < t.size() && t.get(k).text().equals("(") && t.get(k + 2).text().equals(")")
                    && t.get(k + 1).isCapitalised() && index.containsKey(t.get(k + 1).text())) {
                union(parent, index.get(m.surface()), index.get(t.get(k + 1).text()));
                longForms.add(m.surface());
            }
        }
        // 2. Names put for one another in printings of one sentence.
        for (AliasLearner.Pair p : learned.names()) {
            Integer a = index.get(p.left());
            Integer b = index.get(p.right());
            if (a != null && b != null) {
                union(parent, a, b);
            }
        }
        // 3. Acronyms and the names whose initials they are.
        Map<String, List<String>> byInitials = new HashMap<>();
        for (String other : surfaces) {
            if (other.contains(" ")) {
                byInitials.computeIfAbsent(initials(other), k -> new ArrayList<>()).add(other);
            }
        }
        for (String s : surfaces) {
            List<String> expansions = byInitials.get(s);
            if (!MentionFinder.acronym(s) || s.contains(" ") || expansions == null) {
                continue;
            }
            Set<Integer> roots = new HashSet<>();
            for (String other : expansions) {
                roots.add(find(parent, index.get(other)));
            }
            if (roots.size() == 1) {
                union(parent, index.get(s), index.get(expansions.get(0)));
                longForms.add(expansions.get(0));
            }
        }
        // 4. Spellings of one name.
        spellings(surfaces, votes, parent);
        // 5. Short forms of exactly one longer name.
        Map<Integer, int[]> rootVotes = new HashMap<>();
        for (String s : surfaces) {
            rootVotes.merge(find(parent, index.get(s)), votes.get(s).clone(), EntityResolver::add);
        }
        Map<String, List<String>> byEnding = new HashMap<>();
        for (String other : surfaces) {
            String[] longer = other.split(" ");
            if (longer.length < 2) {
                continue;
            }
            byEnding.computeIfAbsent(longer[longer.length - 1], k -> new ArrayList<>()).add(other);
            if (longer.length > 2) {
                byEnding.computeIfAbsent(longer[longer.length - 2] + " " + longer[longer.length - 1], k -> new ArrayList<>())
                        .add(other);
            }
            String head = head(longer);
            if (!head.equals(longer[longer.length - 1])) {
                byEnding.computeIfAbsent(head, k -> new ArrayList<>()).add(other);
            }
        }
        for (String s : surfaces) {
            String[] words = s.split(" ");
            List<String> candidates = byEnding.get(s);
            if (words.length > 2 || MentionFinder.acronym(s) || candidates == null) {
                continue;
            }
            Set<Integer> roots = new HashSet<>();
            for (String other : candidates) {
                String[] longer = other.split(" ");
                if (longer.length <= words.length) {
                    continue;
                }
                int root = find(parent, index.get(other));
                int[] v = rootVotes.get(root);
                boolean surname = v[0] > 0 && other.endsWith(" " + s);
                boolean head = v[1] > 0 && words.length == 1 && head(longer).equals(s);
                if (surname || head) {
                    roots.add(root);
                }
            }
            if (roots.size() == 1) {
                union(parent, index.get(s), roots.iterator().next());
            }
        }
        return build(surfaces, index, parent, counts, votes, longForms, mentions);
    }

    private static void spellings(List<String> surfaces, Map<String, int[]> votes, int[] parent) {
        Map<String, Integer> byFold = new HashMap<>();
        Map<String, Integer> bySkeleton = new HashMap<>();
        for (int i = 0; i < surfaces.size(); i++) {
            String s = surfaces.get(i);
            Integer same = byFold.putIfAbsent(NameSpelling.fold(s), i);
            if (same != null) {
                union(parent, same, i);
            }
            int[] v = votes.get(s);
            boolean person = v[0] > 0 && v[0] >= v[1] && v[0] >= v[2];
            if (!s.contains(" ") && !MentionFinder.acronym(s) && !person && s.length() >= SHORTEST_SKELETON_NAME) {
                Integer like = bySkeleton.putIfAbsent(NameSpelling.skeleton(s), i);
                if (like != null) {
                    union(parent, like, i);
                }
            }
        }
        Map<String, List<Integer>> peopleByFirstName = new HashMap<>();
        for (int i = 0; i < surfaces.size(); i++) {
            String[] a = surfaces.get(i).split(" ", 2);
            if (a.length == 2 && votes.get(surfaces.get(i))[0] > 0) {
                peopleByFirstName.computeIfAbsent(a[0], k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> people : peopleByFirstName.values()) {
            for (int x = 0; x < people.size(); x++) {
                for (int y = x + 1; y < people.size(); y++) {
                    String a = surfaces.get(people.get(x)).split(" ", 2)[1];
                    String b = surfaces.get(people.get(y)).split(" ", 2)[1];
                    if (NameSpelling.jaroWinkler(NameSpelling.fold(a), NameSpelling.fold(b)) >= SAME_PERSON_SPELLING) {
                        union(parent, people.get(x), people.get(y));
                    }
                }
            }
        }
    }

    private static Entities build(List<String> surfaces, Map<String, Integer> index, int[] parent,
                                  Map<String, Integer> counts, Map<String, int[]> votes, Set<String> longForms,
                                  List<Mention> mentions) {
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (String s : surfaces) {
            groups.computeIfAbsent(find(parent, index.get(s)), k -> new ArrayList<>()).add(s);
        }
        List<List<String>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt((List<String> g) -> -g.stream().mapToInt(counts::get).sum())
                .thenComparing(g -> g.get(0)));
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> bySurface = new HashMap<>();
        for (List<String> g : ordered) {
            List<String> names = new ArrayList<>(g);
            names.sort(Comparator.comparingInt((String s) -> -preference(s, counts, longForms)).thenComparing(s -> s));
            int[] v = new int[3];
            g.forEach(s -> add(v, votes.get(s)));
            int total = g.stream().mapToInt(counts::get).sum();
            for (String s : g) {
                bySurface.put(s, entities.size());
            }
            entities.add(new Entity(names.get(0), type(v), names.subList(1, names.size()), total));
        }
        return new Entities(entities, bySurface, mentions);
    }

    private static int preference(String s, Map<String, Integer> counts, Set<String> longForms) {
        return (longForms.contains(s) ? 100_000 : 0) + (s.contains(" ") ? 10_000 : 0) + counts.get(s);
    }

    private static String type(int[] v) {
        int best = Math.max(v[0], Math.max(v[1], v[2]));
        if (best == 0) {
            return null;
        }
        return v[1] == best ? Entity.ORGANISATION : v[0] == best ? Entity.PERSON : Entity.PLACE;
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[ \\-]")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !EntityWords.CONNECTORS.contains(w)) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** An organisation's head word: the last word before its first connector ("Institute" in "... for Health Research"). */
    private static String head(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (EntityWords.CONNECTORS.contains(words[i])) {
                return words[i - 1];
            }
        }
        return words[words.length - 1];
    }

    private static int[] add(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
