package org.storyfold.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an extracted article body against the human-marked one as the article extraction
 * benchmark does: {@code \w+} word tokens, multisets of 4-word shingles, true and false positives
 * and false negatives per page normalised to sum 1, precision and recall averaged over pages, and
 * F1 of the two averages. Thread-safe.
 */
public final class ShingleMetric {

    /** One page's share of true positives, false positives and false negatives (summing to 1, or all 0). */
    public record PageScore(double tp, double fp, double fn) {

        /** Precision as the benchmark defines it (1 when nothing is missing and nothing extra). */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        /** Recall as the benchmark defines it. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Averaged precision and recall over pages, and the F1 of the two averages. */
    public record Score(double precision, double recall, double f1, int pages) {
    }

    private static final int N = 4;

    private ShingleMetric() {
    }

    /** The normalised counts for one page. */
    public static PageScore page(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int pc = e.getValue();
            int tc = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    /** Averages as the benchmark does: precision over pages with a prediction, recall over pages with a truth. */
    public static Score average(List<PageScore> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (PageScore s : pages) {
            if (s.tp() + s.fp() > 0) {
                p += s.precision();
                np++;
            }
            if (s.tp() + s.fn() > 0) {
                r += s.recall();
                nr++;
            }
        }
        p = np == 0 ? 0 : p / np;
        r = nr == 0 ? 0 : r / nr;
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), pages.size());
    }

    /** Word tokens as Python's {@code \w+} finds them: letters, digits (and other numerals) and underscores. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** 4-word shingles with their counts; a text of fewer words is one shingle of all of them. */
    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text == null ? "" : text);
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            String shingle = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + N)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }
}
