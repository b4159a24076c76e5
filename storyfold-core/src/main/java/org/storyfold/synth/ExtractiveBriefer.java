package org.storyfold.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.extract.Article;
import org.storyfold.text.Sentence;
import org.storyfold.text.SentenceAligner;
import org.storyfold.text.StopWords;
import org.storyfold.text.Words;

/**
 * Writes a brief by selection only: sentences are aligned across the story's articles into
 * families; families printed by two or more articles are the consensus facts; the summary picks
 * families by support, centrality and position, with maximal marginal relevance against
 * redundancy, within the word budget, and prints them in story order. Thread-safe.
 */
public final class ExtractiveBriefer implements Briefer {

    /** Relevance against redundancy in the summary's selection (MMR's lambda). */
    private static final double RELEVANCE_WEIGHT = 0.7;

    private final BriefConfig config;

    public ExtractiveBriefer(BriefConfig config) {
        this.config = config;
    }

    @Override
    public Brief brief(List<Article> articles, List<org.storyfold.dedup.DuplicateGroup> copies) {
        List<SentenceFamilies.Family> families = SentenceFamilies.build(articles, config.sentenceMatch());
        List<SentenceFamilies.Family> citable = families.stream().filter(f -> citable(articles, f)).toList();

        List<CitedSentence> facts = citable.stream()
                .filter(f -> f.support() >= 2)
                .sorted(Comparator.comparingInt((SentenceFamilies.Family f) -> -f.support())
                        .thenComparingDouble(f -> position(articles, f)))
                .map(f -> cite(articles, f))
                .toList();
        return new Brief(summary(articles, citable), facts);
    }

    private List<CitedSentence> summary(List<Article> articles, List<SentenceFamilies.Family> citable) {
        Map<String, Double> centroid = new HashMap<>();
        for (SentenceFamilies.Family f : citable) {
            for (String t : f.tokens()) {
                if (!StopWords.isStopWord(t)) {
                    centroid.merge(t, (double) f.support(), Double::sum);
                }
            }
        }
        double centroidNorm = Math.sqrt(centroid.values().stream().mapToDouble(x -> x * x).sum());
        Map<SentenceFamilies.Family, Double> relevance = new HashMap<>();
        for (SentenceFamilies.Family f : citable) {
            double support = f.support() / (double) articles.size();
            double lead = 1 - position(articles, f);
            double central = cosine(f, centroid, centroidNorm);
            relevance.put(f, 0.45 * support + 0.35 * central + 0.2 * lead);
        }

        List<SentenceFamilies.Family> chosen = new ArrayList<>();
        List<SentenceFamilies.Family> pool = new ArrayList<>(citable);
        int words = 0;
        while (!pool.isEmpty()) {
            SentenceFamilies.Family best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (SentenceFamilies.Family f : pool) {
                double redundancy = 0;
                for (SentenceFamilies.Family c : chosen) {
                    redundancy = Math.max(redundancy, SentenceAligner.jaccard(f.tokens(), c.tokens()));
                }
                double score = RELEVANCE_WEIGHT * relevance.get(f) - (1 - RELEVANCE_WEIGHT) * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = f;
                }
            }
            pool.remove(best);
            int length = Words.count(text(articles, best.head()));
            if (words + length <= config.summaryWords() || chosen.isEmpty()) {
                chosen.add(best);
                words += length;
            }
            if (words >= config.summaryWords()) {
                break;
            }
        }
        chosen.sort(Comparator.comparingDouble(f -> position(articles, f)));
        return chosen.stream().map(f -> cite(articles, f)).toList();
    }

    private boolean citable(List<Article> articles, SentenceFamilies.Family f) {
        return Citable.test(text(articles, f.head()), config);
    }

    /** Where a family first appears in its articles, as the least relative position in [0, 1). */
    private static double position(List<Article> articles, SentenceFamilies.Family f) {
        double best = 1;
        for (SentenceFamilies.Member m : f.members()) {
            int count = articles.get(m.article()).sentences().size();
            best = Math.min(best, m.sentence() / (double) Math.max(1, count));
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

    private static CitedSentence cite(List<Article> articles, SentenceFamilies.Family f) {
        List<SentenceFamilies.Member> members = new ArrayList<>(f.members());
        members.sort(Comparator.comparingInt(SentenceFamilies.Member::article));
        List<String> sources = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (SentenceFamilies.Member m : members) {
            String id = articles.get(m.article()).id();
            sources.add(id);
            evidence.add(new Evidence(id, text(articles, m)));
        }
        return new CitedSentence(text(articles, f.head()), sources, evidence);
    }

    private static String text(List<Article> articles, SentenceFamilies.Member m) {
        Sentence s = articles.get(m.article()).sentences().get(m.sentence());
        return s.text();
    }
}
