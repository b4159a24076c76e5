package org.storyfold.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.storyfold.text.StopWords;
import org.storyfold.text.WordTokenizer;

/**
 * How much each content word of a batch says about what an article is about: inverse document
 * frequencies over the batch, for comparing the texts of two articles by the cosine of their
 * TF-IDF vectors. Immutable once built; thread-safe.
 */
final class TermWeights {

    private final ToIntFunction<String> documentFrequency;
    private final List<String[]> paragraphs;
    private final int documents;

    /** Weights from document frequencies counted elsewhere, over {@code documents} articles. */
    TermWeights(ToIntFunction<String> documentFrequency, int documents, List<String[]> paragraphs) {
        this.documentFrequency = documentFrequency;
        this.paragraphs = paragraphs;
        this.documents = documents;
    }

    /** The weights of the batch whose articles' paragraphs are given. */
    static TermWeights of(List<String[]> paragraphs) {
        Map<String, Integer> df = new ConcurrentHashMap<>();
        paragraphs.parallelStream().forEach(ps -> {
            Set<String> terms = new HashSet<>();
            for (String p : ps) {
                terms.addAll(contentWords(p));
            }
            terms.forEach(t -> df.merge(t, 1, Integer::sum));
        });
        return new TermWeights(t -> df.getOrDefault(t, 0), paragraphs.size(), paragraphs);
    }

    /** The distinct content words of an article's paragraphs: what a document frequency counts. */
    static Set<String> terms(String[] paragraphs) {
        Set<String> terms = new HashSet<>();
        for (String p : paragraphs) {
            terms.addAll(contentWords(p));
        }
        return terms;
    }

    /** The unit TF-IDF vector of an article's paragraphs, leaving out those whose key is {@code leftOut}. */
    Map<String, Double> vector(String[] articleParagraphs, String[] keys, String leftOut) {
        Map<String, Double> tf = new HashMap<>();
        for (int i = 0; i < articleParagraphs.length; i++) {
            if (!keys[i].equals(leftOut)) {
                contentWords(articleParagraphs[i]).forEach(t -> tf.merge(t, 1.0, Double::sum));
            }
        }
        double norm = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue()))
                    * (Math.log((documents + 1.0) / (documentFrequency.applyAsInt(e.getKey()) + 1.0)) + 1);
            e.setValue(w);
            norm += w * w;
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            tf.replaceAll((t, w) -> w * scale);
        }
        return tf;
    }

    /** A hash of the article's text, to order articles by their words rather than by input order. */
    long contentHash(int article) {
        long h = 0xcbf29ce484222325L;
        for (String p : paragraphs.get(article)) {
            h = (h ^ RecurringParagraphRemover.hash(p)) * 0x100000001b3L;
        }
        return h;
    }

    private static List<String> contentWords(String text) {
        return WordTokenizer.tokens(text).stream()
                .filter(t -> t.length() > 1 && !StopWords.isStopWord(t) && !Character.isDigit(t.charAt(0)))
                .toList();
    }
}
