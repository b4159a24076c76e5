package org.storyfold.cluster;

import java.util.Arrays;
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
    /** Which terms are names. */
    private final boolean[] names;
    /** The terms' ids in the vocabulary, once counted ({@link #count}); -1 until then. */
    private int[] ids;
    private Map<String, String> surfaces;

    private ArticleTerms(String[] terms, float[] counts, Map<String, String> surfaces) {
        this.terms = terms;
        this.counts = counts;
        this.surfaces = surfaces;
        // Told here, on the core that builds the terms, rather than when they are counted one article at a time.
        this.names = new boolean[terms.length];
        for (int i = 0; i < terms.length; i++) {
            names[i] = terms[i].charAt(0) == NAME;
        }
    }

    static ArticleTerms of(Article article, double titleWeight) {
        Map<String, float[]> counts = new HashMap<>();
        Words words = new Words();
        addWords(counts, words, article.text(), 1f);
        if (article.title() != null) {
            addWords(counts, words, article.title(), (float) titleWeight);
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

    /**
     * A copy to be counted in another vocabulary (a young stream folded anew: {@link YoungStreamRefold});
     * only before this one is counted, which lets its terms go.
     */
    ArticleTerms uncounted() {
        if (terms == null) {
            throw new IllegalStateException("the terms were counted and let go");
        }
        return new ArticleTerms(terms.clone(), counts, surfaces);
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
            int id = terms == null || this.ids != null ? this.ids[i] : vocabulary.id(terms[i]);
            double factor = names[i] ? nameWeight : 1;
            if (id < 0 || factor == 0) {
                continue;
            }
            ids[n] = id;
            weights[n++] = weight(counts[i], vocabulary.idf(id), factor);
        }
        return n == 0 ? TermVector.EMPTY : TermVector.of(ids, weights, n, maxTerms);
    }

    /** A term's weight before the vector is scaled: sublinear term frequency times idf times the name factor. */
    static float weight(float count, double idf, double factor) {
        return (float) ((1 + Math.log(count)) * idf * factor);
    }

    /** The terms' counts, in the order of {@link #terms}. */
    float[] counts() {
        return counts;
    }

    /** Whether each term is a name, in the order of {@link #terms}. */
    boolean[] names() {
        return names;
    }

    private static void addWords(Map<String, float[]> counts, Words words, String text, float weight) {
        WordTokenizer.forEachTokenChars(text, (chars, length) -> {
            String token = words.counted(chars, length);
            if (token != null) {
                counts.computeIfAbsent(token, t -> new float[1])[0] += weight;
            }
        });
    }

    /** Whether a token counts as a term: longer than one character, not a stop word, not a number. */
    private static boolean counts(String token) {
        return token.length() > 1 && !StopWords.isStopWord(token) && !isNumber(token);
    }

    /**
     * The distinct tokens of one article, found by their characters: each token's string is made,
     * and judged by {@link #counts}, once per article rather than at each of its occurrences (an
     * article uses a word several times, and half its tokens are stop words).
     */
    private static final class Words {
        /** Entry numbers plus one by hash slot; 0 for a free slot. */
        private int[] slots = new int[512];
        private String[] tokens = new String[256];
        private int[] hashes = new int[256];
        private boolean[] counted = new boolean[256];
        private int size;

        /** The token's string if it counts as a term, else null. */
        String counted(char[] chars, int length) {
            int hash = 0;
            for (int k = 0; k < length; k++) {
                hash = 31 * hash + chars[k];
            }
            int mask = slots.length - 1;
            int slot = (hash ^ (hash >>> 16)) & mask;
            for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
                if (hashes[entry - 1] == hash && same(tokens[entry - 1], chars, length)) {
                    return counted[entry - 1] ? tokens[entry - 1] : null;
                }
                slot = (slot + 1) & mask;
            }
            String token = new String(chars, 0, length);
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                counted = Arrays.copyOf(counted, size * 2);
            }
            tokens[size] = token;
            hashes[size] = hash;
            counted[size] = counts(token);
            slots[slot] = ++size;
            if (size * 2 > slots.length) {
                grow();
            }
            return counted[size - 1] ? token : null;
        }

        private static boolean same(String token, char[] chars, int length) {
            if (token.length() != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (token.charAt(k) != chars[k]) {
                    return false;
                }
            }
            return true;
        }

        private void grow() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int e = 0; e < size; e++) {
                int slot = (hashes[e] ^ (hashes[e] >>> 16)) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = e + 1;
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
