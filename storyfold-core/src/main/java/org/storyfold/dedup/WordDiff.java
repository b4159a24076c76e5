package org.storyfold.dedup;

import java.util.ArrayList;
import java.util.List;
import org.storyfold.text.WordAlignment;
import org.storyfold.text.WordTokenizer;

/**
 * The word-level difference of two printings of a sentence: the {@link WordAlignment} of their
 * words, compared as storyfold's comparison tokens (so "Raqqa's" and "Raqqa’s" are one
 * word), each side cut into runs of kept and changed words with its own spelling and spacing.
 */
public final class WordDiff {

    /** Words longer than this, per side, are compared as whole sentences: a sentence is rarely so long. */
    private static final int MAX_WORDS = 400;

    /** A run of a sentence's text, changed or kept. */
    public record Run(String text, boolean changed) {
    }

    /** Both sides as runs; {@code changed} when any run is. */
    public record Pair(List<Run> left, List<Run> right, boolean changed) {
    }

    private WordDiff() {
    }

    public static Pair of(String left, String right) {
        List<String> a = pieces(left);
        List<String> b = pieces(right);
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            boolean same = left.equals(right);
            return new Pair(List.of(new Run(left, !same)), List.of(new Run(right, !same)), !same);
        }
        List<String> ka = a.stream().map(WordDiff::key).toList();
        List<String> kb = b.stream().map(WordDiff::key).toList();
        boolean[] keptA = new boolean[a.size()];
        boolean[] keptB = new boolean[b.size()];
        java.util.Arrays.fill(keptA, true);
        java.util.Arrays.fill(keptB, true);
        for (WordAlignment.Hunk h : WordAlignment.hunks(ka, kb)) {
            java.util.Arrays.fill(keptA, h.leftStart(), h.leftEnd(), false);
            java.util.Arrays.fill(keptB, h.rightStart(), h.rightEnd(), false);
        }
        List<Run> ra = runs(a, keptA);
        List<Run> rb = runs(b, keptB);
        boolean changed = ra.stream().anyMatch(Run::changed) || rb.stream().anyMatch(Run::changed);
        return new Pair(ra, rb, changed);
    }

    /** The sentence cut into words, each with the spaces that follow it, so that runs rejoin exactly. */
    private static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(start, i));
            start = i;
        }
        return out;
    }

    /** A word's comparison key: its tokens, or the word itself when it is only punctuation. */
    private static String key(String piece) {
        List<String> tokens = WordTokenizer.tokens(piece);
        return tokens.isEmpty() ? piece.strip() : String.join(" ", tokens);
    }

    private static List<Run> runs(List<String> pieces, boolean[] kept) {
        List<Run> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0 && kept[i] != kept[i - 1]) {
                out.add(new Run(b.toString(), !kept[i - 1]));
                b.setLength(0);
            }
            b.append(pieces.get(i));
        }
        if (!pieces.isEmpty()) {
            out.add(new Run(b.toString(), !kept[pieces.size() - 1]));
        }
        return out;
    }
}
