package org.storyfold.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.text.SentenceAligner;
import org.storyfold.text.StopWords;
import org.storyfold.text.Words;

/**
 * Chooses a summary's sentence families by maximal marginal relevance (Carbonell and Goldstein,
 * 1998): relevance weighs how many independent sources state a family and how many articles print
 * it, how central its words are
 * to the story (cosine with the support-weighted centroid of all families) and how early it comes;
 * redundancy is the greatest token Jaccard with a family already chosen. Families are taken while
 * they fit the word budget and returned in story order, after a lead family the caller names (the
 * newest development's first sentence), which is taken first when it fits. Stateless.
 */
final class SummarySelector {

    /** Relevance against redundancy (MMR's lambda). */
    private static final double RELEVANCE_WEIGHT = 0.7;
    private static final double SUPPORT = 0.45;
    private static final double CENTRALITY = 0.35;
    private static final double LEAD = 0.2;

    private SummarySelector() {
    }

    /** @param lead a family of {@code citable} to open the summary with, or -1 */
    static List<Integer> select(StoryText story, List<Integer> citable, Citations citations, int budget, int lead) {
        Map<String, Double> centroid = new HashMap<>();
        for (int f : citable) {
            SentenceFamilies.Family family = story.families.get(f);
            for (String t : family.tokens()) {
                if (!StopWords.isStopWord(t)) {
                    centroid.merge(t, (double) family.support(), Double::sum);
                }
            }
        }
        double centroidNorm = Math.sqrt(centroid.values().stream().mapToDouble(x -> x * x).sum());
        Map<Integer, Double> relevance = new HashMap<>();
        for (int f : citable) {
            // Independent confirmation and reach (how many outlets print it) weigh alike.
            double support = (citations.independent(f) + story.families.get(f).support()) / (2.0 * story.articleCount());
            double early = 1 - position(story, f);
            relevance.put(f, SUPPORT * support + CENTRALITY * cosine(story.families.get(f), centroid, centroidNorm)
                    + LEAD * early);
        }
        // Each family's redundancy with the chosen ones is kept up to date as families are chosen,
        // so that choosing costs one pass over the pool rather than one per pair.
        int n = citable.size();
        double[] redundancy = new double[n];
        int[] length = new int[n];
        boolean[] gone = new boolean[n];
        for (int i = 0; i < n; i++) {
            SentenceFamilies.Member h = story.families.get(citable.get(i)).head();
            length[i] = Words.count(story.sentence(h.article(), h.sentence()));
        }
        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        int first = citable.indexOf(lead);
        boolean led = first >= 0 && length[first] <= budget;
        while (words < budget) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (gone[i]) {
                    continue;
                }
                if (words + length[i] > budget) {
                    gone[i] = true;
                    continue;
                }
                double score = RELEVANCE_WEIGHT * relevance.get(citable.get(i)) - (1 - RELEVANCE_WEIGHT) * redundancy[i];
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            if (led && chosen.isEmpty()) {
                best = first;
            }
            if (best < 0) {
                break;
            }
            gone[best] = true;
            int f = citable.get(best);
            chosen.add(f);
            words += length[best];
            for (int i = 0; i < n; i++) {
                if (!gone[i]) {
                    redundancy[i] = Math.max(redundancy[i], SentenceAligner.jaccard(story.families.get(citable.get(i)).tokens(),
                            story.families.get(f).tokens()));
                }
            }
        }
        chosen.sort(Comparator.comparing((Integer f) -> !(led && f == lead)).thenComparingDouble(f -> position(story, f)));
        return chosen;
    }

    /** Where a family first appears in its articles, as the least relative position in [0, 1). */
    static double position(StoryText story, int f) {
        double best = 1;
        for (SentenceFamilies.Member m : story.families.get(f).members()) {
            best = Math.min(best, m.sentence() / (double) Math.max(1, story.sentenceCount(m.article())));
        }
        return best;
    }

    private static double cosine(SentenceFamilies.Family f, Map<String, Double> centroid, double centroidNorm) {
        double dot = 0;
        int terms = 0;
        for (String t : f.tokens()) {
            if (!StopWords.isStopWord(t)) {
                dot += centroid.getOrDefault(t, 0.0);
                terms++;
            }
        }
        return terms == 0 || centroidNorm == 0 ? 0 : dot / (Math.sqrt(terms) * centroidNorm);
    }
}
