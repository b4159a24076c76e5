package org.storyfold.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.storyfold.dedup.internal.Profile;
import org.storyfold.dedup.internal.ProfileAligner;
import org.storyfold.dedup.internal.TextScan;

/**
 * Compares two texts sentence by sentence, with the sentences and alignment the copy index uses:
 * what a copy added, dropped and changed, with its systematic substitutions ({@link #edits}), and
 * the two texts side by side ({@link #rows}). Thread-safe.
 */
public final class SentenceDiff {

    private final int maxSentences;
    private final ProfileAligner aligner;
    private final double threshold;

    public SentenceDiff(DedupConfig config) {
        this.maxSentences = config.fingerprints().maxSentences();
        this.threshold = config.sentenceMatch();
        this.aligner = new ProfileAligner(threshold);
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
        Substitutions substitutions = new Substitutions();
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
     * The two texts side by side: the longest in-order alignment of their matching sentences
     * (by total similarity), the sentences between them as printed by one side only, or as moved
     * when the other side prints them elsewhere.
     */
    public List<DiffRow> rows(String left, String right) {
        Side l = new Side(left);
        Side r = new Side(right);
        int n = l.scan.sentences();
        int m = r.scan.sentences();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int a = l.profile.distinct(i);
                int b = r.profile.distinct(j);
                if (a == 0 || b == 0 || Math.min(a, b) < threshold * Math.max(a, b)) {
                    continue;
                }
                int shared = l.profile.shared(i, r.profile, j);
                double s = shared / (double) (a + b - shared);
                sim[i][j] = s >= threshold ? s : 0;
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double take = sim[i][j] > 0 ? sim[i][j] + best[i + 1][j + 1] : 0;
                best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        ProfileAligner.Alignment anywhere = aligner.align(l.profile, r.profile);
        List<DiffRow> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && sim[i][j] > 0 && best[i][j] == sim[i][j] + best[i + 1][j + 1]) {
                DiffRow.Kind kind = l.sameWords(i, r, j) ? DiffRow.Kind.SAME : DiffRow.Kind.CHANGED;
                rows.add(new DiffRow(l.sentence(i), r.sentence(j), kind, CopyGraph.round(sim[i][j])));
                i++;
                j++;
            } else if (j >= m || i < n && best[i + 1][j] >= best[i][j + 1]) {
                boolean moved = anywhere.leftMatch()[i] >= 0;
                rows.add(new DiffRow(l.sentence(i), null, moved ? DiffRow.Kind.MOVED : DiffRow.Kind.LEFT_ONLY, 0));
                i++;
            } else {
                boolean moved = anywhere.rightMatch()[j] >= 0;
                rows.add(new DiffRow(null, r.sentence(j), moved ? DiffRow.Kind.MOVED : DiffRow.Kind.RIGHT_ONLY, 0));
                j++;
            }
        }
        return Collections.unmodifiableList(rows);
    }
}
