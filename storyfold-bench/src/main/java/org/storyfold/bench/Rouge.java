package org.storyfold.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Scores a candidate summary against a reference summary with ROUGE (Lin, 2004): ROUGE-N as the
 * clipped overlap of n-gram multisets, and ROUGE-L at the summary level as the union longest
 * common subsequence of each reference sentence with the candidate's sentences (Lin's section 3.2,
 * with token counts clipped as in Google's rouge-score "rougeLsum").
 *
 * <p>Tokens as in ROUGE-1.5.5 and rouge-score: the text is lower-cased, every character other than
 * {@code a-z} and {@code 0-9} is a separator, and every token is reduced by the Porter stemmer
 * (ROUGE-1.5.5's {@code -m}; the Snowball implementation of Porter's original algorithm). Stop
 * words are kept. Not thread-safe: each thread needs its own instance (the stemmer holds state).
 */
public final class Rouge {

    /** Precision, recall and F1 of one score. */
    public record Score(double precision, double recall, double f1) {
        static Score of(double hits, int candidate, int reference) {
            double p = candidate == 0 ? 0 : hits / candidate;
            double r = reference == 0 ? 0 : hits / reference;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** ROUGE-1, ROUGE-2 and ROUGE-L of one candidate. */
    public record Scores(Score rouge1, Score rouge2, Score rougeL) {
    }

    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> stems = new HashMap<>();

    /** Scores {@code candidate} against {@code reference}, both given as their sentences. */
    public Scores score(List<String> candidate, List<String> reference) {
        List<List<String>> cand = candidate.stream().map(this::tokens).toList();
        List<List<String>> ref = reference.stream().map(this::tokens).toList();
        List<String> c = flatten(cand);
        List<String> r = flatten(ref);
        return new Scores(rougeN(c, r, 1), rougeN(c, r, 2), rougeLsum(cand, ref, c, r));
    }

    /** The ROUGE tokens of {@code text}: lower-cased runs of {@code [a-z0-9]}, Porter-stemmed. */
    public List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !alnum(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && alnum(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(stem(lower.substring(start, i)));
            }
        }
        return out;
    }

    static Score rougeN(List<String> candidate, List<String> reference, int n) {
        Map<String, Integer> c = ngrams(candidate, n);
        Map<String, Integer> r = ngrams(reference, n);
        int hits = 0;
        for (Map.Entry<String, Integer> e : c.entrySet()) {
            hits += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        return Score.of(hits, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    static Score rougeLsum(List<List<String>> candidate, List<List<String>> reference, List<String> c, List<String> r) {
        Map<String, Integer> candidateLeft = counts(c);
        Map<String, Integer> referenceLeft = counts(r);
        int hits = 0;
        for (List<String> refSentence : reference) {
            boolean[] union = new boolean[refSentence.size()];
            for (List<String> candSentence : candidate) {
                markLcs(refSentence, candSentence, union);
            }
            for (int i = 0; i < union.length; i++) {
                String t = refSentence.get(i);
                if (union[i] && candidateLeft.getOrDefault(t, 0) > 0 && referenceLeft.getOrDefault(t, 0) > 0) {
                    hits++;
                    candidateLeft.merge(t, -1, Integer::sum);
                    referenceLeft.merge(t, -1, Integer::sum);
                }
            }
        }
        return Score.of(hits, c.size(), r.size());
    }

    /** Marks in {@code hit} the positions of {@code a} on one longest common subsequence of a and b. */
    static void markLcs(List<String> a, List<String> b, boolean[] hit) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) {
            return;
        }
        int[][] table = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                table[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            if (a.get(i - 1).equals(b.get(j - 1))) {
                hit[i - 1] = true;
                i--;
                j--;
            } else if (table[i - 1][j] >= table[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
    }

    private String stem(String token) {
        return stems.computeIfAbsent(token, t -> {
            stemmer.setCurrent(t);
            stemmer.stem();
            return stemmer.getCurrent();
        });
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    private static List<String> flatten(List<List<String>> sentences) {
        List<String> all = new ArrayList<>();
        sentences.forEach(all::addAll);
        return all;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
