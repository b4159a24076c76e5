package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms seen so far, each with an id and the number of articles that used it, for inverse
 * document frequencies that grow with the stream; or, given a whole corpus's {@link CorpusTerms},
 * each term with the corpus's frequency, whatever the articles counted. Not thread-safe for writes;
 * concurrent reads are safe while nobody writes, except {@link #lookUp}, which is safe at any time
 * (a batch read ahead looks its terms up while the stream counts the batch before).
 */
final class Vocabulary {

    /** Concurrent, so that {@link #lookUp} may run while another thread counts; an id, once given, never changes. */
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> terms = new ArrayList<>();
    private int[] documentFrequency = new int[1024];
    private long documents;
    /** The corpus's statistics, or null when the articles counted are the corpus. */
    private final CorpusTerms corpus;
    /** Each term's {@link CorpusTerms} key, by id, when {@code corpus} is set. */
    private long[] keys;

    Vocabulary() {
        this.corpus = null;
    }

    /** A vocabulary whose frequencies are the corpus's. */
    Vocabulary(CorpusTerms corpus) {
        this.corpus = corpus;
        this.documents = corpus.documents();
        this.keys = new long[1024];
    }

    /**
     * The ids of {@code terms}, -1 for a term not yet counted. Safe to call from many threads at
     * once, also while another counts: a term counted meanwhile may come back as -1, which
     * {@link #count} accepts.
     */
    int[] lookUp(String[] terms) {
        int[] out = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            Integer id = ids.get(terms[i]);
            out[i] = id == null ? -1 : id;
        }
        return out;
    }

    /**
     * Counts one more article that uses each of the distinct {@code terms}, whose ids {@link #lookUp}
     * gave; a term still without an id gets the next one, written back into {@code termIds}.
     */
    void count(String[] terms, int[] termIds) {
        if (corpus == null) {
            documents++;
        }
        for (int i = 0; i < terms.length; i++) {
            int id = termIds[i];
            if (id < 0) {
                id = ids.computeIfAbsent(terms[i], t -> {
                    this.terms.add(t);
                    return this.terms.size() - 1;
                });
                termIds[i] = id;
                if (id >= documentFrequency.length) {
                    documentFrequency = Arrays.copyOf(documentFrequency, Math.max(id + 1, documentFrequency.length * 2));
                }
                if (corpus != null && documentFrequency[id] == 0) {
                    if (id >= keys.length) {
                        keys = Arrays.copyOf(keys, Math.max(id + 1, keys.length * 2));
                    }
                    keys[id] = CorpusTerms.key(terms[i]);
                    documentFrequency[id] = corpus.frequency(keys[id]);
                }
            }
            if (corpus == null) {
                documentFrequency[id]++;
            }
        }
    }

    /** The corpus's statistics this vocabulary weighs by, or null when it counts its own. */
    CorpusTerms corpus() {
        return corpus;
    }

    /** The term's {@link CorpusTerms} key. */
    long key(int id) {
        return corpus != null ? keys[id] : CorpusTerms.key(terms.get(id));
    }

    /** The term's id, or -1 if it was never counted. */
    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    String term(int id) {
        return terms.get(id);
    }

    int size() {
        return terms.size();
    }

    long documents() {
        return documents;
    }

    int documentFrequency(int id) {
        return documentFrequency[id];
    }

    /** Smoothed inverse document frequency: {@code ln((N + 1) / (df + 1)) + 1}. */
    double idf(int id) {
        return idf(documents, documentFrequency[id]);
    }

    /** Smoothed inverse document frequency of a term {@code df} of {@code documents} articles use. */
    static double idf(long documents, int df) {
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }

    /** Restores a vocabulary written term by term with its frequencies. */
    static Vocabulary restore(List<String> terms, int[] documentFrequency, long documents) {
        Vocabulary v = new Vocabulary();
        for (String t : terms) {
            v.ids.put(t, v.terms.size());
            v.terms.add(t);
        }
        v.documentFrequency = Arrays.copyOf(documentFrequency, Math.max(1024, documentFrequency.length));
        v.documents = documents;
        return v;
    }
}
