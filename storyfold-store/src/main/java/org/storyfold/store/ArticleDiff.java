package org.storyfold.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyfold.extract.Article;
import org.storyfold.text.Sentence;
import org.storyfold.text.SentenceAligner;
import org.storyfold.text.Words;

/**
 * What a copy changed in an original, sentence beside sentence: each of the copy's sentences with
 * the original sentence it reprints (its changed words marked on both sides), the copy's own
 * sentences, and the original's sentences the copy cut, in reading order.
 *
 * @param original   the original's id
 * @param copy       the copy's id
 * @param similarity the share of the copy's words that stand in sentences matched in the original
 * @param rows       the sentences side by side, in the copy's order, cut sentences where they stood
 */
public record ArticleDiff(String original, String copy, double similarity, List<Row> rows) {

    /** Two sentences that match below this token Jaccard similarity are not the same sentence. */
    static final double SENTENCE_MATCH = 0.5;

    public ArticleDiff {
        rows = List.copyOf(rows);
    }

    /** How a row relates the two texts. */
    public enum Change {
        /** The same sentence, word for word. */
        SAME,
        /** The same sentence with words changed. */
        EDITED,
        /** A sentence of the original the copy does not print. */
        CUT,
        /** A sentence of the copy's own. */
        ADDED
    }

    /** One row: the original's sentence and the copy's, as runs of words; a side is empty when absent. */
    public record Row(Change change, List<WordDiff.Run> original, List<WordDiff.Run> copy) {
        public Row {
            original = List.copyOf(original);
            copy = List.copyOf(copy);
        }
    }

    /** Compares {@code copy} with {@code original}. */
    public static ArticleDiff of(Article original, Article copy) {
        List<Sentence> os = original.sentences();
        List<Sentence> cs = copy.sentences();
        List<SentenceAligner.Match> matches = new SentenceAligner(SENTENCE_MATCH)
                .align(SentenceAligner.tokenSets(cs), SentenceAligner.tokenSets(os));
        int[] match = new int[cs.size()];
        java.util.Arrays.fill(match, -1);
        matches.forEach(m -> match[m.left()] = m.right());

        List<Row> rows = new ArrayList<>();
        Set<Integer> shown = new HashSet<>();
        int nextOriginal = 0;
        int copiedWords = 0;
        int copyWords = 0;
        for (int j = 0; j < cs.size(); j++) {
            String c = cs.get(j).text();
            copyWords += Words.count(c);
            int i = match[j];
            if (i < 0) {
                rows.add(new Row(Change.ADDED, List.of(), List.of(new WordDiff.Run(c, true))));
                continue;
            }
            copiedWords += Words.count(c);
            for (; nextOriginal < i; nextOriginal++) {
                if (!shown.contains(nextOriginal) && !matched(matches, nextOriginal)) {
                    rows.add(cut(os.get(nextOriginal)));
                    shown.add(nextOriginal);
                }
            }
            nextOriginal = Math.max(nextOriginal, i + 1);
            shown.add(i);
            WordDiff.Pair pair = WordDiff.of(os.get(i).text(), c);
            rows.add(new Row(pair.changed() ? Change.EDITED : Change.SAME, pair.left(), pair.right()));
        }
        for (int i = 0; i < os.size(); i++) {
            if (!shown.contains(i) && !matched(matches, i)) {
                rows.add(cut(os.get(i)));
            }
        }
        double similarity = copyWords == 0 ? 0 : copiedWords / (double) copyWords;
        return new ArticleDiff(original.id(), copy.id(), similarity, rows);
    }

    private static boolean matched(List<SentenceAligner.Match> matches, int original) {
        return matches.stream().anyMatch(m -> m.right() == original);
    }

    private static Row cut(Sentence s) {
        return new Row(Change.CUT, List.of(new WordDiff.Run(s.text(), true)), List.of());
    }
}
