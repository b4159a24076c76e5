package org.storyfold.bench.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.dedup.internal.TextScan;
import org.storyfold.dedup.internal.TokenHash;

/**
 * Checks that accidental overlap does not corrupt a corpus's gold: every sentence of eight words
 * or more is hashed by its words, and a sentence printed by two articles of different events (or
 * unrelated ones) is an accident. Reports how many such sentences and article pairs there are, and how
 * many pairs share three or more (enough to look like a partial copy). Exact for verbatim
 * sentences; edited near-verbatim ones are checked on the false positives of a benchmark run.
 * Not thread-safe.
 */
final class OverlapAudit {

    private static final int MIN_WORDS = 8;

    /** What the audit found. */
    record Result(long sentences, long accidentalSentences, long accidentalPairs, long pairsSharingThree) {
    }

    private long[] hashes = new long[1 << 16];
    private int[] articles = new int[1 << 16];
    private int size;

    /** Adds the sentences of article number {@code article}. */
    void add(int article, String text) {
        TextScan scan = TextScan.of(text, 100_000);
        long[] tokens = scan.tokens();
        for (int s = 0; s < scan.sentences(); s++) {
            if (scan.tokenEnd(s) - scan.tokenStart(s) < MIN_WORDS) {
                continue;
            }
            long h = 0x51ed270b27a4b1d5L;
            for (int t = scan.tokenStart(s); t < scan.tokenEnd(s); t++) {
                h = TokenHash.mix(h * 0x100000001b3L + tokens[t]);
            }
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
                articles = Arrays.copyOf(articles, size * 2);
            }
            hashes[size] = h;
            articles[size] = article;
            size++;
        }
    }

    Result result(DedupScore gold) {
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        Map<Long, List<Integer>> printers = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (repeated.contains(hashes[i])) {
                printers.computeIfAbsent(hashes[i], k -> new ArrayList<>()).add(articles[i]);
            }
        }
        long accidentalSentences = 0;
        Map<Long, Integer> pairCounts = new HashMap<>();
        for (List<Integer> p : printers.values()) {
            boolean accident = false;
            for (int i = 0; i < p.size() && i < 200; i++) {
                for (int j = i + 1; j < p.size() && j < 200; j++) {
                    int a = p.get(i);
                    int b = p.get(j);
                    if (a != b && !gold.sameEvent(a, b)) {
                        accident = true;
                        pairCounts.merge(((long) Math.min(a, b) << 32) | Math.max(a, b), 1, Integer::sum);
                    }
                }
            }
            if (accident) {
                accidentalSentences++;
            }
        }
        long three = pairCounts.values().stream().filter(c -> c >= 3).count();
        return new Result(size, accidentalSentences, pairCounts.size(), three);
    }
}
