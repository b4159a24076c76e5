package org.storyfold.bench.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;

class DedupScoreTest {

    /** Family f1: o, c1, c2; p reuses f1; n reports f1's event; s alone. */
    private static final List<Gold> GOLD = List.of(
            new Gold("o", "original", "f1", null, null, 0), new Gold("c1", "copy", "f1", null, null, 0),
            new Gold("c2", "copy", "f1", null, null, 0), new Gold("p", "partial", null, "f1", null, 3),
            new Gold("n", "negative", null, null, "f1", 2), new Gold("s", "single", null, null, null, 0));

    @Test
    void scoresTheGoldItselfAsPerfect() {
        DedupScore.Figures f = new DedupScore(GOLD).groups(List.of(
                new DuplicateGroup(List.of("o", "c1", "c2"), "o", CopyKind.NEAR, 0.9, List.of()),
                new DuplicateGroup(List.of("o", "p"), "o", CopyKind.PARTIAL, 0.2,
                        List.of(new CopyLink("p", "o", CopyKind.PARTIAL, 0.2, 3)))));
        assertThat(f.copyF1()).isEqualTo(1.0);
        assertThat(f.partialRecall()).isEqualTo(1.0);
        assertThat(f.negativeRate()).isZero();
        assertThat(f.negativePairs()).isEqualTo(3);
    }

    @Test
    void countsAMissedCopyAWrongMemberAndANegativeCalledACopy() {
        DedupScore.Figures f = new DedupScore(GOLD).groups(List.of(
                new DuplicateGroup(List.of("o", "c1", "n"), "o", CopyKind.NEAR, 0.9, List.of())));
        assertThat(f.copyPrecision()).isEqualTo(1 / 3.0);
        assertThat(f.copyRecall()).isEqualTo(1 / 3.0);
        assertThat(f.partialRecall()).isZero();
        assertThat(f.negativeRate()).isEqualTo(2 / 3.0);
    }

    @Test
    void scoresAPeersPairsAtEachThreshold() {
        DedupScore score = new DedupScore(GOLD);
        List<long[]> pairs = List.of(new long[] {0, 1}, new long[] {0, 2}, new long[] {1, 2}, new long[] {0, 3},
                new long[] {4, 5});
        double[] similarity = {0.9, 0.8, 0.7, 0.1, 0.05};
        DedupScore.Figures strict = score.pairs(pairs, 0.5, similarity);
        assertThat(strict.copyF1()).isEqualTo(1.0);
        assertThat(strict.partialRecall()).isZero();
        DedupScore.Figures loose = score.pairs(pairs, 0.05, similarity);
        assertThat(loose.partialRecall()).isEqualTo(1.0);
        assertThat(loose.copyPrecision()).isEqualTo(3 / 4.0);
        assertThat(loose.otherFalsePairs()).isEqualTo(1);
    }
}
