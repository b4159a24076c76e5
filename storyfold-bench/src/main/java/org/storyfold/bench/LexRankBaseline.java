package org.storyfold.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.storyfold.text.WordTokenizer;

/**
 * LexRank (Erkan and Radev, 2004): sentences are TF-IDF vectors, two sentences are linked when
 * their cosine similarity reaches 0.1, and sentences are ranked by PageRank (damping 0.85) over
 * that graph. Inverse document frequencies come from a whole corpus, as in the paper.
 */
final class LexRankBaseline implements Baseline {

    private static final double LINK = 0.1;
    private static final double DAMPING = 0.85;

    private final Map<String, Double> idf;
    private final double unseenIdf;

    /** @param idf the corpus's inverse document frequencies; {@code unseenIdf} for words it lacks */
    LexRankBaseline(Map<String, Double> idf, double unseenIdf) {
        this.idf = idf;
        this.unseenIdf = unseenIdf;
    }

    @Override
    public String name() {
        return "LexRank";
    }

    @Override
    public List<String> rank(List<List<String>> articles) {
        List<String> sentences = articles.stream().flatMap(List::stream).toList();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (String s : sentences) {
            Map<String, Double> v = new HashMap<>();
            WordTokenizer.tokens(s).forEach(t -> v.merge(t, 1.0, Double::sum));
            v.replaceAll((t, tf) -> tf * idf.getOrDefault(t, unseenIdf));
            vectors.add(v);
        }
        int n = sentences.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double sim = cosine(vectors.get(i), vectors.get(j));
                if (sim >= LINK) {
                    w[i][j] = 1;
                    w[j][i] = 1;
                }
            }
        }
        double[] score = PageRank.scores(w, DAMPING);
        return IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble((Integer i) -> -score[i]))
                .map(sentences::get).toList();
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }
}
