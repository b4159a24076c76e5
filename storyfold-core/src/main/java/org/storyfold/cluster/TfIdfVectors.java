package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.extract.Article;
import org.storyfold.text.StopWords;
import org.storyfold.text.WordTokenizer;

/**
 * TF-IDF vectors of articles over their content words: sublinear term frequency, smoothed inverse
 * document frequency from the articles themselves, the title's words weighted up, unit length.
 */
final class TfIdfVectors {

    private TfIdfVectors() {
    }

    /** One sparse unit vector per article, in order. */
    static List<Map<String, Double>> of(List<Article> articles, double titleWeight) {
        List<Map<String, Double>> counts = new ArrayList<>(articles.size());
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            Map<String, Double> tf = new HashMap<>();
            addTerms(tf, a.text(), 1.0);
            if (a.title() != null) {
                addTerms(tf, a.title(), titleWeight);
            }
            counts.add(tf);
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = articles.size();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (Map<String, Double> tf : counts) {
            Map<String, Double> v = new HashMap<>(tf.size() * 2);
            tf.forEach((term, count) -> {
                double idf = Math.log((n + 1.0) / (df.get(term) + 1.0)) + 1.0;
                v.put(term, (1 + Math.log(count)) * idf);
            });
            vectors.add(normalize(v));
        }
        return vectors;
    }

    static Map<String, Double> normalize(Map<String, Double> v) {
        double norm = 0;
        for (double x : v.values()) {
            norm += x * x;
        }
        if (norm == 0) {
            return v;
        }
        double scale = 1 / Math.sqrt(norm);
        v.replaceAll((k, x) -> x * scale);
        return v;
    }

    private static void addTerms(Map<String, Double> tf, String text, double weight) {
        for (String token : WordTokenizer.tokens(text)) {
            if (token.length() > 1 && !StopWords.isStopWord(token)) {
                tf.merge(token, weight, Double::sum);
            }
        }
    }
}
