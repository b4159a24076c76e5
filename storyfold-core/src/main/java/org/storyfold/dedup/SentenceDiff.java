package org.storyfold.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storyfold.extract.Article;
import org.storyfold.dedup.internal.Profile;
import org.storyfold.dedup.internal.ProfileAligner;
import org.storyfold.dedup.internal.TextScan;
import org.storyfold.text.Words;

/**
 * Compares two texts sentence by sentence, with the sentences and alignment the copy index uses:
 * what a copy added, dropped and changed, with its systematic substitutions ({@link #edits}), and
 * the copy beside its original with the changed words marked ({@link #compare}). storyfold's one
 * diff: the command line, the store's API and the web page all show it. Thread-safe.
 */
public final class SentenceDiff {

    private final int maxSentences;
    private final ProfileAligner aligner;

    public SentenceDiff(DedupConfig config) {
        this.maxSentences = config.fingerprints().maxSentences();
        this.aligner = new ProfileAligner(config.sentenceMatch());
    }

    /** One text's sentences, token hashes and profile. */
    private final class Side {
        final String text;
        final TextScan scan;
        final Profile profile;

        Side(String text) {
            this.text = text;
            this.scan = TextScan.of(text, maxSentences);
            this.profile = Profile.of(scan);
        }

        String sentence(int s) {
            return scan.sentence(text, s);
        }

        boolean sameWords(int s, Side other, int t) {
            return Arrays.equals(scan.tokens(), scan.tokenStart(s), scan.tokenEnd(s),
                    other.scan.tokens(), other.scan.tokenStart(t), other.scan.tokenEnd(t));
        }
    }

    /**
     * What {@code copy} changed in {@code original}: sentences added, dropped and changed, and the
     * substitutions seen in two or more changed sentences. For a {@code partial} copy, only the
     * changed sentences and substitutions.
     */
    public CopyEdits edits(String copy, String original, boolean partial) {
        Side c = new Side(copy);
        Side o = new Side(original);
        ProfileAligner.Alignment a = aligner.align(c.profile, o.profile);
        List<String> added = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<CopyEdits.ChangedSentence> changed = new ArrayList<>();
        CopySubstitutions substitutions = new CopySubstitutions();
        for (int s = 0; s < c.scan.sentences(); s++) {
            int match = a.leftMatch()[s];
            if (match < 0) {
                added.add(c.sentence(s));
            } else if (!c.sameWords(s, o, match)) {
                String before = o.sentence(match);
                String after = c.sentence(s);
                changed.add(new CopyEdits.ChangedSentence(before, after, CopyGraph.round(a.leftSimilarity()[s])));
                substitutions.add(before, after);
            }
        }
        for (int t = 0; t < o.scan.sentences(); t++) {
            if (a.rightMatch()[t] < 0) {
                dropped.add(o.sentence(t));
            }
        }
        return partial
                ? new CopyEdits(List.of(), List.of(), changed, substitutions.systematic())
                : new CopyEdits(added, dropped, changed, substitutions.systematic());
    }

    /**
     * What {@code copy} changed in {@code original}, sentence beside sentence, in the copy's order:
     * each copy sentence with the original sentence it reprints (changed words marked by
     * {@link WordDiff}), the copy's own sentences, and the original's sentences that no copy sentence
     * reprints, placed where they stood. The sentences and their alignment are those of
     * {@link #edits}, so every view of a copy shows the same changes.
     */
    public ArticleDiff compare(Article original, Article copy) {
        Side c = new Side(copy.text());
        Side o = new Side(original.text());
        ProfileAligner.Alignment a = aligner.align(c.profile, o.profile);
        int n = c.scan.sentences();
        int m = o.scan.sentences();
        boolean[] reprinted = new boolean[m];
        for (int j = 0; j < n; j++) {
            if (a.leftMatch()[j] >= 0) {
                reprinted[a.leftMatch()[j]] = true;
            }
        }
        List<ArticleDiff.Row> rows = new ArrayList<>();
        int nextOriginal = 0;
        long copiedWords = 0;
        long copyWords = 0;
        for (int j = 0; j < n; j++) {
            String sentence = c.sentence(j);
            int words = Words.count(sentence);
            copyWords += words;
            int i = a.leftMatch()[j];
            if (i < 0) {
                rows.add(new ArticleDiff.Row(ArticleDiff.Change.ADDED, List.of(), List.of(new WordDiff.Run(sentence, true))));
                continue;
            }
            copiedWords += words;
            for (; nextOriginal < i; nextOriginal++) {
                if (!reprinted[nextOriginal]) {
                    rows.add(cut(o.sentence(nextOriginal)));
                }
            }
            nextOriginal = Math.max(nextOriginal, i + 1);
            WordDiff.Pair pair = WordDiff.of(o.sentence(i), sentence);
            rows.add(new ArticleDiff.Row(pair.changed() ? ArticleDiff.Change.EDITED : ArticleDiff.Change.SAME,
                    pair.left(), pair.right()));
        }
        for (; nextOriginal < m; nextOriginal++) {
            if (!reprinted[nextOriginal]) {
                rows.add(cut(o.sentence(nextOriginal)));
            }
        }
        double similarity = copyWords == 0 ? 0 : copiedWords / (double) copyWords;
        return new ArticleDiff(original.id(), copy.id(), similarity, rows);
    }

    private static ArticleDiff.Row cut(String sentence) {
        return new ArticleDiff.Row(ArticleDiff.Change.CUT, List.of(new WordDiff.Run(sentence, true)), List.of());
    }
}
