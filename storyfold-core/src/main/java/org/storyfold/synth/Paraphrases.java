package org.storyfold.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns the story's sentence families across articles by what they say rather than their words:
 * two families of different articles state one thing when their {@link ContentKeys}, weighted by
 * rarity in the story, overlap by at least the threshold (weighted Dice), and neither names a
 * number the other lacks when both name numbers, so that "approximately 100 miners have been
 * rescued" and "around 100 workers were rescued" meet while "50" and "70" do not.
 * Candidates come from an inverted index of keys, so unrelated sentences are never compared.
 * Immutable after construction.
 */
final class Paraphrases {

    /** A family that states what another states, with the similarity of their keys. */
    record Link(int family, double similarity) {
    }

    private final List<List<Link>> links;

    Paraphrases(StoryText story, ContentKeys keys, double threshold) {
        int n = story.families.size();
        List<Set<String>> sets = new ArrayList<>(n);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int f = 0; f < n; f++) {
            SentenceFamilies.Member h = story.families.get(f).head();
            Set<String> k = keys.of(story, h.article(), h.sentence());
            sets.add(k);
            for (String key : k) {
                postings.computeIfAbsent(key, x -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Double> idf = new HashMap<>();
        postings.forEach((key, p) -> idf.put(key, Math.log(1 + n / (double) p.size())));
        double[] mass = new double[n];
        for (int f = 0; f < n; f++) {
            for (String key : sets.get(f)) {
                mass[f] += idf.get(key);
            }
        }
        links = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            links.add(new ArrayList<>());
        }
        for (int f = 0; f < n; f++) {
            Set<Integer> articlesOfF = articles(story.families.get(f));
            Map<Integer, Double> shared = new HashMap<>();
            for (String key : sets.get(f)) {
                for (int g : postings.get(key)) {
                    if (g > f) {
                        shared.merge(g, idf.get(key), Double::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Double> e : shared.entrySet()) {
                int g = e.getKey();
                double sim = 2 * e.getValue() / (mass[f] + mass[g]);
                if (sim >= threshold && numbersAgree(sets.get(f), sets.get(g))
                        && disjoint(articlesOfF, articles(story.families.get(g)))) {
                    links.get(f).add(new Link(g, sim));
                    links.get(g).add(new Link(f, sim));
                }
            }
        }
    }

    /** The families of other articles that state what family {@code f} states. */
    List<Link> of(int f) {
        return links.get(f);
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
