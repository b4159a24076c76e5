package org.storyfold.bench.dedup;

import info.debatty.java.lsh.LSHMinHash;
import info.debatty.java.lsh.MinHash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyfold.text.WordTokenizer;

/**
 * The java-lsh peer ({@code info.debatty:java-lsh}): each article's set of word 3-shingles
 * (storyfold's tokens, so that only the matching differs) gets a MinHash signature of
 * {@code stages * rows} values, cut by {@code LSHMinHash} into {@code stages} bands hashed to
 * {@code buckets} buckets; every two articles sharing a bucket are compared by the signatures'
 * estimated Jaccard similarity, and the pairs at or above each threshold are its answer. The
 * library has no candidate step of its own: the buckets are grouped here, every pair of a bucket
 * compared, as its examples do.
 */
final class JavaLshRun {

    private static final int DICTIONARY = 1 << 24;

    private JavaLshRun() {
    }

    static List<RunFigures> run(Path corpus, DedupScore gold, double[] thresholds, int stages, int rows, int buckets)
            throws IOException {
        try (HeapMeter heap = new HeapMeter()) {
            long t0 = System.nanoTime();
            MinHash minHash = new MinHash(stages * rows, DICTIONARY, 42);
            LSHMinHash lsh = new LSHMinHash(stages, buckets, DICTIONARY, 42);
            List<int[]> signatures = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            Map<Long, List<Integer>> bucketDocs = new HashMap<>();
            CorpusFiles.readArticles(corpus, a -> {
                List<String> tokens = WordTokenizer.tokens(a.text());
                Set<Integer> shingles = new HashSet<>();
                for (int i = 0; i + 3 <= tokens.size(); i++) {
                    int h = (tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2)).hashCode();
                    shingles.add((h & 0x7fffffff) % DICTIONARY);
                }
                if (shingles.isEmpty()) {
                    return;
                }
                int[] signature = minHash.signature(shingles);
                int doc = signatures.size();
                signatures.add(signature);
                numbers.add(gold.number(a.id()));
                int[] hashed = lsh.hashSignature(signature);
                for (int s = 0; s < hashed.length; s++) {
                    bucketDocs.computeIfAbsent(((long) s << 32) | (hashed[s] & 0xffffffffL), k -> new ArrayList<>(2)).add(doc);
                }
            });
            double least = thresholds[0];
            for (double t : thresholds) {
                least = Math.min(least, t);
            }
            Set<Long> compared = new HashSet<>();
            List<long[]> pairs = new ArrayList<>();
            List<Double> similarities = new ArrayList<>();
            for (List<Integer> docs : bucketDocs.values()) {
                for (int i = 0; i < docs.size(); i++) {
                    for (int j = i + 1; j < docs.size(); j++) {
                        int a = docs.get(i);
                        int b = docs.get(j);
                        if (compared.add(((long) a << 32) | b)) {
                            double sim = minHash.similarity(signatures.get(a), signatures.get(b));
                            if (sim >= least) {
                                pairs.add(new long[] {numbers.get(a), numbers.get(b)});
                                similarities.add(sim);
                            }
                        }
                    }
                }
            }
            long t1 = System.nanoTime();
            long peak = heap.peak();
            double cpu = heap.cpuSeconds();
            double[] sims = similarities.stream().mapToDouble(Double::doubleValue).toArray();
            List<RunFigures> out = new ArrayList<>();
            for (double t : thresholds) {
                out.add(new RunFigures(String.format(Locale.ROOT, "java-lsh MinHash %dx%d, %d candidate pairs", stages, rows,
                        compared.size()), t, gold.pairs(pairs, t, sims), (t1 - t0) / 1e9, cpu, signatures.size(), peak));
            }
            return out;
        }
    }
}
