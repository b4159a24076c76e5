package org.storyfold.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns the sentences of two texts: each sentence of the first is paired with the most similar
 * sentence of the second by the Jaccard similarity of their comparison tokens, if that similarity
 * reaches the threshold. Tolerates house-style edits (spellings, "per cent" and "%"), and a
 * substituted name costs only its own token. Candidate pairs come from an inverted index of
 * tokens, so unrelated sentences are never compared. Thread-safe.
 */
public final class SentenceAligner {

    /** A sentence of the first text matched to one of the second. */
    public record Match(int left, int right, double similarity) {
    }

    private final double threshold;

    /** @param threshold the least token Jaccard similarity for two sentences to match, in (0, 1] */
    public SentenceAligner(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    /** The token set of each sentence, for {@link #align}. */
    public static List<Set<String>> tokenSets(List<Sentence> sentences) {
        List<Set<String>> sets = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            sets.add(new HashSet<>(WordTokenizer.tokens(s.text())));
        }
        return sets;
    }

    /** For each sentence of {@code left} with a match in {@code right}, its best match. */
    public List<Match> align(List<Set<String>> left, List<Set<String>> right) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int j = 0; j < right.size(); j++) {
            for (String token : right.get(j)) {
                index.computeIfAbsent(token, t -> new ArrayList<>(2)).add(j);
            }
        }
        List<Match> matches = new ArrayList<>();
        int[] shared = new int[right.size()];
        for (int i = 0; i < left.size(); i++) {
            Set<String> a = left.get(i);
            if (a.isEmpty()) {
                continue;
            }
            java.util.Arrays.fill(shared, 0);
            for (String token : a) {
                List<Integer> postings = index.get(token);
                if (postings != null) {
                    for (int j : postings) {
                        shared[j]++;
                    }
                }
            }
            int best = -1;
            double bestSim = 0;
            for (int j = 0; j < shared.length; j++) {
                if (shared[j] == 0) {
                    continue;
                }
                double sim = shared[j] / (double) (a.size() + right.get(j).size() - shared[j]);
                if (sim > bestSim) {
                    bestSim = sim;
                    best = j;
                }
            }
            if (best >= 0 && bestSim >= threshold) {
                matches.add(new Match(i, best, bestSim));
            }
        }
        return matches;
    }

    /** The Jaccard similarity of two token sets; 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String t : small) {
            if (large.contains(t)) {
                shared++;
            }
        }
        return shared / (double) (a.size() + b.size() - shared);
    }
}
