package org.storyfold.cluster;

import java.io.Serializable;
import java.util.Arrays;
import org.storyfold.extract.Article;
import org.storyfold.text.TextHash;

/**
 * What the online clusterer weighs an article's terms by, counted over a whole corpus apart from
 * the stream: how many articles use each term, and the sum of every article's weight for it (the
 * corpus's mean vector, from which each article's background is taken). A runner that clusters a
 * corpus in parts (Spark) counts these over the corpus ({@link #keys}, {@link #of}, then
 * {@link Weigher}, {@link #withSums}) and opens each part's stream with them
 * ({@link OnlineStoryClusterer#open(CorpusTerms, java.time.LocalDate)}), so that each part weighs
 * words as one batch of the whole corpus would. Terms are held by a 64-bit hash of their text;
 * only terms that two or more articles use are held (a term of one article has a document
 * frequency of 1, and its sum is that article's own weight). Immutable.
 */
public final class CorpusTerms implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long documents;
    /** Keys of the terms used by two or more articles, in increasing order. */
    private final long[] keys;
    private final int[] frequencies;
    /** Each term's weights summed over the corpus, or null until {@link #withSums}. */
    private final double[] sums;

    private CorpusTerms(long documents, long[] keys, int[] frequencies, double[] sums) {
        this.documents = documents;
        this.keys = keys;
        this.frequencies = frequencies;
        this.sums = sums;
    }

    /** The distinct terms an article counts in the document frequencies, by key (its words, title words, names). */
    public static long[] keys(Article article, ClusterConfig config) {
        return ArticleCounts.of(article, config).keys();
    }

    /**
     * The statistics of a corpus of {@code documents} articles, from each term's key and document
     * frequency (terms of one article may be left out), without sums yet.
     */
    public static CorpusTerms of(long documents, long[] keys, int[] frequencies) {
        long[][] sorted = sortedByKey(keys, frequencies.length, i -> frequencies[i]);
        int[] df = new int[sorted[0].length];
        for (int i = 0; i < df.length; i++) {
            df[i] = (int) sorted[1][i];
        }
        return new CorpusTerms(documents, sorted[0], df, null);
    }

    /** These statistics with each term's summed weight ({@link Weigher}); terms not held here are ignored. */
    public CorpusTerms withSums(long[] termKeys, double[] termSums) {
        double[] out = new double[keys.length];
        for (int i = 0; i < termKeys.length; i++) {
            int at = Arrays.binarySearch(keys, termKeys[i]);
            if (at >= 0) {
                out[at] = termSums[i];
            }
        }
        return new CorpusTerms(documents, keys, frequencies, out);
    }

    /** The number of articles of the corpus. */
    public long documents() {
        return documents;
    }

    /** How many terms two or more articles use. */
    public int size() {
        return keys.length;
    }

    /** Whether two or more articles use the term (the terms held here). */
    public boolean holds(long key) {
        return Arrays.binarySearch(keys, key) >= 0;
    }

    /** How many articles use the term. */
    int frequency(long key) {
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? frequencies[at] : 1;
    }

    /** The term's weight summed over the corpus, given its weight {@code own} in an article that uses it. */
    double sum(long key, double own) {
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 && sums != null ? sums[at] : own;
    }

    /** A term's key: the 64-bit FNV-1a hash of its text. */
    static long key(String term) {
        return TextHash.fnv1a(term);
    }

    private static long[][] sortedByKey(long[] keys, int n, java.util.function.IntToLongFunction value) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
        long[][] out = {new long[n], new long[n]};
        for (int i = 0; i < n; i++) {
            out[0][i] = keys[order[i]];
            out[1][i] = value.applyAsLong(order[i]);
        }
        return out;
    }

    /**
     * An article's distinct terms as the statistics count them, found once: each term's key, its
     * count (title words counted by the title's weight) and whether it is a name. A runner finds
     * these once per article and reads them twice, for the document frequencies ({@link #keys()})
     * and for the weights ({@link Weigher#weigh(ArticleCounts, Weigher.Sink)}). Immutable.
     */
    public static final class ArticleCounts implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long[] keys;
        private final float[] counts;
        private final boolean[] names;

        private ArticleCounts(long[] keys, float[] counts, boolean[] names) {
            this.keys = keys;
            this.counts = counts;
            this.names = names;
        }

        /** The article's terms, counted as the clusterer counts them. */
        public static ArticleCounts of(Article article, ClusterConfig config) {
            ArticleTerms terms = ArticleTerms.of(article, config.titleWeight());
            String[] t = terms.terms();
            long[] keys = new long[t.length];
            for (int i = 0; i < t.length; i++) {
                keys[i] = key(t[i]);
            }
            return new ArticleCounts(keys, terms.counts(), terms.names());
        }

        /** The distinct terms' keys; the caller must not change the array. */
        public long[] keys() {
            return keys;
        }
    }

    /**
     * Gives each article's vector under the corpus's document frequencies, term by term, to be
     * summed over the corpus for {@link #withSums}: the vector the clusterer weighs the article by
     * (each term as {@link ArticleTerms#vector} weighs it, the heaviest {@code maxTerms} kept,
     * unit length).
     */
    public static final class Weigher {

        /** Receives one term's weight in an article's vector. */
        @FunctionalInterface
        public interface Sink {
            void accept(long key, double weight);
        }

        private final CorpusTerms frequencies;
        private final ClusterConfig config;

        public Weigher(CorpusTerms frequencies, ClusterConfig config) {
            this.frequencies = frequencies;
            this.config = config;
        }

        /** Passes each term of the article's vector, with its weight, to {@code sink}. */
        public void weigh(Article article, Sink sink) {
            weigh(ArticleCounts.of(article, config), sink);
        }

        /** Passes each term of the vector of the article these are the terms of, with its weight, to {@code sink}. */
        public void weigh(ArticleCounts terms, Sink sink) {
            int n = terms.keys.length;
            // Each term by its position: the vector keeps the heaviest, ties to the earlier positions.
            int[] positions = new int[n];
            float[] weights = new float[n];
            int kept = 0;
            for (int i = 0; i < n; i++) {
                double factor = terms.names[i] ? config.nameWeight() : 1;
                if (factor == 0) {
                    continue;
                }
                positions[kept] = i;
                weights[kept++] = ArticleTerms.weight(terms.counts[i],
                        Vocabulary.idf(frequencies.documents, frequencies.frequency(terms.keys[i])), factor);
            }
            if (kept == 0) {
                return;
            }
            TermVector v = TermVector.of(positions, weights, kept, config.maxTerms());
            for (int i = 0; i < v.size(); i++) {
                sink.accept(terms.keys[v.ids[i]], v.weights[i]);
            }
        }
    }
}
