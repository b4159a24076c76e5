package org.storyfold.bench.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfold.dedup.internal.TokenHash;

/**
 * A word-level trigram language model trained on real news sentences, which writes new ones: each
 * word is drawn from the words seen after the previous two (or, at a set rate and where the pair
 * is unseen, after the previous one), so the text has news vocabulary, names and rhythm but
 * sentences of its own. A drawn sentence that repeats eight words in a row of a training sentence
 * is drawn again, so no real sentence is reproduced and no two drawn sentences share one by way
 * of the training text. Immutable after training; thread-safe.
 */
final class WordModel {

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{N}'\u2019\\-]*|\\p{N}[\\p{N},.]*\\p{N}|\\p{N}|[.,;:!?\"\u201C\u201D()%\u2014]");
    private static final int START = 0;
    private static final int END = 1;
    private static final int RUN = 8;
    private static final int MAX_TOKENS = 60;

    private final String[] vocabulary;
    /** The lower-cased word's hash for each vocabulary entry, 0 for punctuation. */
    private final long[] wordHash;
    private final LongIndex trigramIndex;
    private final int[][] trigramNext;
    private final int[][] trigramCumulative;
    private final int[][] bigramNext;
    private final int[][] bigramCumulative;
    private final LongIndex trainingRuns;
    private final double backoff;

    private WordModel(List<String> vocabulary, Map<Long, Map<Integer, Integer>> tri, Map<Integer, Map<Integer, Integer>> bi,
                      LongIndex trainingRuns, double backoff) {
        this.vocabulary = vocabulary.toArray(new String[0]);
        this.wordHash = new long[this.vocabulary.length];
        for (int i = 2; i < this.vocabulary.length; i++) {
            String t = this.vocabulary[i];
            wordHash[i] = Character.isLetterOrDigit(t.charAt(0)) ? TokenHash.of(t.toLowerCase(Locale.ROOT)) : 0;
        }
        this.trigramIndex = new LongIndex();
        this.trigramNext = new int[tri.size()][];
        this.trigramCumulative = new int[tri.size()][];
        tri.forEach((context, counts) -> {
            int at = trigramIndex.intern(context);
            int[][] c = cumulative(counts);
            trigramNext[at] = c[0];
            trigramCumulative[at] = c[1];
        });
        this.bigramNext = new int[this.vocabulary.length][];
        this.bigramCumulative = new int[this.vocabulary.length][];
        bi.forEach((w, counts) -> {
            int[][] c = cumulative(counts);
            bigramNext[w] = c[0];
            bigramCumulative[w] = c[1];
        });
        this.trainingRuns = trainingRuns;
        this.backoff = backoff;
    }

    /** Trains on {@code sentences}; {@code backoff} is the rate at which a word is drawn after one word, not two. */
    static WordModel train(List<String> sentences, double backoff) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocabulary = new ArrayList<>(List.of("<s>", "</s>"));
        ids.put("<s>", START);
        ids.put("</s>", END);
        Map<Long, Map<Integer, Integer>> tri = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> bi = new HashMap<>();
        List<int[]> trained = new ArrayList<>();
        for (String sentence : sentences) {
            List<String> tokens = tokens(sentence);
            if (tokens.size() < 4) {
                continue;
            }
            int[] seq = new int[tokens.size() + 3];
            seq[0] = START;
            seq[1] = START;
            for (int i = 0; i < tokens.size(); i++) {
                seq[i + 2] = ids.computeIfAbsent(tokens.get(i), t -> {
                    vocabulary.add(t);
                    return vocabulary.size() - 1;
                });
            }
            seq[seq.length - 1] = END;
            for (int i = 2; i < seq.length; i++) {
                tri.computeIfAbsent(context(seq[i - 2], seq[i - 1]), k -> new HashMap<>()).merge(seq[i], 1, Integer::sum);
                bi.computeIfAbsent(seq[i - 1], k -> new HashMap<>()).merge(seq[i], 1, Integer::sum);
            }
            trained.add(seq);
        }
        WordModel model = new WordModel(vocabulary, tri, bi, new LongIndex(), backoff);
        for (int[] seq : trained) {
            model.runs(seq, seq.length - 1, true);
        }
        return model;
    }

    /** A new sentence of {@code minWords} to {@code maxWords} tokens, never repeating a training run. */
    String sentence(SplittableRandom random, int minWords, int maxWords) {
        int[] seq = new int[MAX_TOKENS + 3];
        while (true) {
            seq[0] = START;
            seq[1] = START;
            int n = 2;
            while (n < seq.length) {
                int next = draw(seq[n - 2], seq[n - 1], random);
                if (next == END) {
                    break;
                }
                seq[n++] = next;
            }
            int words = n - 2;
            if (words >= minWords && words <= maxWords && n < seq.length && !endsEarly(seq, n) && !runs(seq, n, false)) {
                return detokenize(seq, n);
            }
        }
    }

    /** Whether a full stop, question or exclamation mark stands before the sentence's last two tokens. */
    private boolean endsEarly(int[] seq, int n) {
        for (int i = 2; i < n - 2; i++) {
            String t = vocabulary[seq[i]];
            if (t.equals(".") || t.equals("!") || t.equals("?")) {
                return true;
            }
        }
        return false;
    }

    int vocabularySize() {
        return vocabulary.length;
    }

    private int draw(int w1, int w2, SplittableRandom random) {
        int at = random.nextDouble() < backoff ? -1 : trigramIndex.get(context(w1, w2));
        int[] next = at >= 0 ? trigramNext[at] : bigramNext[w2];
        int[] cumulative = at >= 0 ? trigramCumulative[at] : bigramCumulative[w2];
        int pick = random.nextInt(cumulative[cumulative.length - 1]) + 1;
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < pick) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return next[lo];
    }

    /**
     * Walks the runs of {@link #RUN} words (punctuation skipped) of seq[2, n): records them when
     * {@code record}, else tells whether any was seen in training.
     */
    private boolean runs(int[] seq, int n, boolean record) {
        long[] window = new long[RUN];
        int words = 0;
        for (int i = 2; i < n; i++) {
            long h = wordHash[seq[i]];
            if (h == 0) {
                continue;
            }
            window[words % RUN] = h;
            words++;
            if (words >= RUN) {
                long run = 0x9E3779B97F4A7C15L;
                for (int k = words - RUN; k < words; k++) {
                    run = (run ^ window[k % RUN]) * 0x100000001b3L;
                }
                if (record) {
                    trainingRuns.intern(run);
                } else if (trainingRuns.get(run) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private String detokenize(int[] seq, int n) {
        StringBuilder sb = new StringBuilder();
        boolean openQuote = false;
        boolean glue = true;
        for (int i = 2; i < n; i++) {
            String t = vocabulary[seq[i]];
            boolean closing = t.length() == 1 && ".,;:!?)%\u201D".indexOf(t.charAt(0)) >= 0
                    || t.equals("\"") && openQuote;
            if (!glue && !closing) {
                sb.append(' ');
            }
            sb.append(t);
            if (t.equals("\"")) {
                openQuote = !openQuote;
            }
            glue = t.equals("(") || t.equals("\u201C") || t.equals("\"") && openQuote;
        }
        if (sb.length() > 0 && Character.isLowerCase(sb.charAt(0))) {
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        }
        char last = sb.charAt(sb.length() - 1);
        if (".!?\"\u201D".indexOf(last) < 0) {
            sb.append('.');
        }
        return sb.toString();
    }

    static List<String> tokens(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static long context(int w1, int w2) {
        return ((long) w1 << 32) | (w2 & 0xffffffffL);
    }

    private static int[][] cumulative(Map<Integer, Integer> counts) {
        int[] next = new int[counts.size()];
        int[] cum = new int[counts.size()];
        int i = 0;
        int total = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            next[i] = e.getKey();
            total += e.getValue();
            cum[i] = total;
            i++;
        }
        return new int[][] {next, cum};
    }
}
