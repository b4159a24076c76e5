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

    /** The terms, until {@link #count} has given each an id; null after (the vocabulary holds them). */
    private String[] terms;
    private final float[] counts;
    /** Which terms are names; set when the terms are let go. */
    private boolean[] names;
    /** The terms' ids in the vocabulary, once counted ({@link #count}); -1 until then. */
    private int[] ids;
    private Map<String, String> surfaces;

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

    /** The distinct terms, until {@link #count} lets them go. */
    String[] terms() {
        return terms;
    }

    /** Finds the terms' ids where they exist; safe in parallel while the vocabulary does not change. */
    void lookUp(Vocabulary vocabulary) {
        ids = vocabulary.lookUp(terms);
    }

    /**
     * Counts this article in the vocabulary's document frequencies, giving new terms their ids, and
     * records how its names are printed in {@code nameSurfaces} (by term id, the first surface
     * kept). The terms' strings are let go: the vocabulary holds one copy of each, and a batch of a
     * million articles would otherwise hold some 200 million strings until its vectors are weighed.
     */
    void count(Vocabulary vocabulary, Map<Integer, String> nameSurfaces) {
        if (ids == null) {
            lookUp(vocabulary);
        }
        vocabulary.count(terms, ids);
        surfaces.forEach((term, surface) -> nameSurfaces.putIfAbsent(vocabulary.id(term), surface));
        names = new boolean[terms.length];
        for (int i = 0; i < terms.length; i++) {
            names[i] = terms[i].charAt(0) == NAME;
        }
        terms = null;
        surfaces = null;
    }

    boolean isEmpty() {
        return counts.length == 0;
    }

    /**
     * The TF-IDF vector: sublinear term frequency times inverse document frequency, names times
     * {@code nameWeight}, the {@code maxTerms} heaviest terms kept, unit length. Terms unknown to
     * the vocabulary are left out.
     */
    TermVector vector(Vocabulary vocabulary, double nameWeight, int maxTerms) {
        int[] ids = new int[counts.length];
        float[] weights = new float[counts.length];
        int n = 0;
        for (int i = 0; i < counts.length; i++) {
            int id;
            boolean name;
            if (terms == null) {
                id = this.ids[i];
                name = names[i];
            } else {
                id = this.ids != null ? this.ids[i] : vocabulary.id(terms[i]);
                name = terms[i].charAt(0) == NAME;
            }
            double factor = name ? nameWeight : 1;
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
