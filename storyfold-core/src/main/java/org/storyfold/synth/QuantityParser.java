package org.storyfold.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the amounts of a sentence: numbers in digits or words with their scale ("1.5 million",
 * "two hundred"), ranges ("30-40", "30 to 40", "between 60 and 70"), percentages ("60%",
 * "90 per cent"), vague amounts ("dozens", "several hundred", "thousands"), and the words before
 * them that bend them: "around 60" may be 10% either way, "up to 50" is anything to 50, "more than
 * 40" anything above, so that only amounts that cannot both be true conflict. Years and tokens the
 * caller excludes (dates, addresses) are not amounts. Stateless.
 */
final class QuantityParser {

    private static final double ABOUT = 0.1;

    private QuantityParser() {
    }

    static List<Quantity> find(String sentence, List<Token> t, boolean[] excluded) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Quantity q = excluded[i] ? null : at(sentence, t, i, excluded);
            if (q != null) {
                out.add(q);
                i = q.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private static Quantity at(String s, List<Token> t, int i, boolean[] excluded) {
        for (QuantityWords.Vague v : QuantityWords.VAGUE) {
            if (matches(t, i, v.words())) {
                int to = i + v.words().size();
                return bend(s, t, i, to, v.low(), v.high(), true, excluded);
            }
        }
        double[] n = number(t, i);
        if (n == null) {
            return null;
        }
        int to = (int) n[1];
        double low = n[0];
        double high = n[0];
        if (to + 1 < t.size() && QuantityWords.RANGE_JOINS.contains(t.get(to).lower())
                && (!t.get(to).lower().equals("and") || i > 0 && t.get(i - 1).lower().equals("between"))) {
            double[] m = number(t, to + 1);
            if (m != null && m[0] > n[0]) {
                high = m[0];
                to = (int) m[1];
            } else if (t.get(to).lower().equals("to") && to + 1 < t.size()) {
                for (QuantityWords.Vague v : QuantityWords.VAGUE) {
                    if (matches(t, to + 1, v.words())) {
                        high = v.high();
                        to = to + 1 + v.words().size();
                        break;
                    }
                }
            }
        }
        return bend(s, t, i, to, low, high, false, excluded);
    }

    /** Applies the words before the amount ("up to", "between") and a percent sign after it. */
    private static Quantity bend(String s, List<Token> t, int i, int to, double low, double high, boolean vague,
                                 boolean[] excluded) {
        double printedLow = low;
        double printedHigh = high;
        boolean percent = false;
        if (to < t.size() && QuantityWords.PERCENT.contains(t.get(to).lower())) {
            percent = true;
            to++;
        } else if (to + 1 < t.size() && t.get(to).lower().equals("per") && t.get(to + 1).lower().equals("cent")) {
            percent = true;
            to += 2;
        }
        int from = i;
        QuantityWords.Bound bound = null;
        for (Map.Entry<List<String>, QuantityWords.Bound> m : QuantityWords.MODIFIERS) {
            int start = i - m.getKey().size();
            if (start >= 0 && matches(t, start, m.getKey()) && !excluded[start]) {
                bound = m.getValue();
                from = start;
                break;
            }
        }
        if (from > 0 && (t.get(from - 1).lower().equals("between") || t.get(from - 1).lower().equals("from"))
                && high > low) {
            from--;
        }
        boolean addition = false;
        for (int k = from - 1; k >= Math.max(0, from - 2); k--) {
            if (QuantityWords.ADDITIONS.contains(t.get(k).lower())) {
                addition = true;
                from = k > 0 && List.of("an", "a").contains(t.get(k - 1).lower()) ? k - 1 : k;
                break;
            }
        }
        if (bound != null) {
            switch (bound) {
                case ABOUT -> {
                    low *= 1 - ABOUT;
                    high *= 1 + ABOUT;
                }
                case UP_TO, AT_MOST -> low = 0;
                case AT_LEAST -> high = Double.POSITIVE_INFINITY;
            }
        }
        String text = s.substring(t.get(from).start(), t.get(to - 1).end());
        return new Quantity(from, to, text, low, high, vague, percent, addition, printedLow, printedHigh);
    }

    /** The number at token {@code i} and the token just past it, or null: digits or words, with a scale. */
    private static double[] number(List<Token> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        Token tok = t.get(i);
        String w = tok.lower();
        double value;
        int to = i + 1;
        if (tok.isNumber()) {
            String digits = w.replace(",", "");
            if (!digits.matches("\\d+(\\.\\d+)?")) {
                return null;
            }
            if (digits.matches("\\d{4}") && Integer.parseInt(digits) >= 1900 && Integer.parseInt(digits) <= 2100) {
                return null;
            }
            value = Double.parseDouble(digits);
        } else if (w.indexOf('-') > 0 && QuantityWords.CARDINALS.containsKey(w.substring(0, w.indexOf('-')))
                && QuantityWords.CARDINALS.containsKey(w.substring(w.indexOf('-') + 1))) {
            value = QuantityWords.CARDINALS.get(w.substring(0, w.indexOf('-')))
                    + QuantityWords.CARDINALS.get(w.substring(w.indexOf('-') + 1));
        } else if (QuantityWords.CARDINALS.containsKey(w) && !w.equals("one") && !w.equals("zero")) {
            value = QuantityWords.CARDINALS.get(w);
            if (to < t.size() && t.get(to).text().equals("-") && to + 1 < t.size()
                    && QuantityWords.CARDINALS.containsKey(t.get(to + 1).lower())) {
                value += QuantityWords.CARDINALS.get(t.get(to + 1).lower());
                to += 2;
            }
        } else if ((w.equals("a") || w.equals("one")) && to < t.size() && QuantityWords.SCALES.containsKey(t.get(to).lower())
                && !t.get(to).lower().equals("m") && !t.get(to).lower().equals("bn")) {
            value = 1;
        } else {
            return null;
        }
        while (to < t.size() && QuantityWords.SCALES.containsKey(t.get(to).lower()) && t.get(to).text().length() > 2) {
            value *= QuantityWords.SCALES.get(t.get(to).lower());
            to++;
        }
        return new double[] {value, to};
    }

    private static boolean matches(List<Token> t, int i, List<String> words) {
        if (i + words.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!t.get(i + k).lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
