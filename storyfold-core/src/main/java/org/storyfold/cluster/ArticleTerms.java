package org.storyfold.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.extract.Article;
import org.storyfold.text.StopWords;
import org.storyfold.text.WordTokenizer;

/**
 * What an article is about, counted before any weighting: its content words (the title's counted
 * {@code titleWeight} times) and its proper names, a name's term being {@code @} and its
 * comparison tokens. Immutable; building one reads only the article, so many can be built in
 * parallel.
 */
final class ArticleTerms {

    /** Marks a name's term, so that the name "Raqa" and the word "raqa" stay two terms. */
    static final char NAME = '@';

    private final String[] terms;
    private final float[] counts;
    /** The terms' ids in the vocabulary, once counted ({@link #count}); -1 until then. */
    private int[] ids;
    private final Map<String, String> surfaces;

    private ArticleTerms(String[] terms, float[] counts, Map<String, String> surfaces) {
        this.terms = terms;
        this.counts = counts;
        this.surfaces = surfaces;
    }

    static ArticleTerms of(Article article, double titleWeight) {
        Map<String, float[]> counts = new HashMap<>();
        addWords(counts, article.text(), 1f);
        if (article.title() != null) {
            addWords(counts, article.title(), (float) titleWeight);
        }
        Map<String, String> surfaces = new HashMap<>();
        List<ProperNames.Name> names = ProperNames.find(article.text());
        for (ProperNames.Name name : names) {
            String term = NAME + name.key();
            counts.computeIfAbsent(term, t -> new float[1])[0] += 1f;
            surfaces.putIfAbsent(term, name.surface());
        }
        String[] terms = new String[counts.size()];
        float[] values = new float[counts.size()];
        int i = 0;
        for (Map.Entry<String, float[]> e : counts.entrySet()) {
            terms[i] = e.getKey();
            values[i++] = e.getValue()[0];
        }
        return new ArticleTerms(terms, values, surfaces);
    }

    /** The distinct terms, for document frequencies. */
    List<String> distinct() {
        return List.of(terms);
    }

    /** Finds the terms' ids where they exist; safe in parallel while the vocabulary does not change. */
    void lookUp(Vocabulary vocabulary) {
        ids = vocabulary.lookUp(terms);
    }

    /** Counts this article in the vocabulary's document frequencies, giving new terms their ids. */
    void count(Vocabulary vocabulary) {
        if (ids == null) {
            lookUp(vocabulary);
        }
        vocabulary.count(terms, ids);
    }

    /** How names are printed, by name term. */
    Map<String, String> surfaces() {
        return surfaces;
    }

    boolean isEmpty() {
        return terms.length == 0;
    }

    /**
     * The TF-IDF vector: sublinear term frequency times inverse document frequency, names times
     * {@code nameWeight}, the {@code maxTerms} heaviest terms kept, unit length. Terms unknown to
     * the vocabulary are left out.
     */
    TermVector vector(Vocabulary vocabulary, double nameWeight, int maxTerms) {
        int[] ids = new int[terms.length];
        float[] weights = new float[terms.length];
        int n = 0;
        for (int i = 0; i < terms.length; i++) {
            int id = this.ids != null ? this.ids[i] : vocabulary.id(terms[i]);
            double factor = terms[i].charAt(0) == NAME ? nameWeight : 1;
            if (id < 0 || factor == 0) {
                continue;
            }
            ids[n] = id;
            weights[n++] = (float) ((1 + Math.log(counts[i])) * vocabulary.idf(id) * factor);
        }
        return n == 0 ? TermVector.EMPTY : TermVector.of(ids, weights, n, maxTerms);
    }

    private static void addWords(Map<String, float[]> counts, String text, float weight) {
        for (String token : WordTokenizer.tokens(text)) {
            if (token.length() > 1 && !StopWords.isStopWord(token) && !isNumber(token)) {
                counts.computeIfAbsent(token, t -> new float[1])[0] += weight;
            }
        }
    }

    private static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return true;
    }
}
