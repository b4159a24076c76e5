package org.storyfold.dedup;

import org.storyfold.dedup.internal.EdgeTable;
import org.storyfold.dedup.internal.Profile;
import org.storyfold.dedup.internal.ProfileAligner;
import org.storyfold.dedup.internal.SubstitutionFinder;

/**
 * Decides whether two candidate articles are copies, by aligning their sentences: a near copy has
 * most of its words in sentences the other prints too; a partial copy reprints several sentences
 * nearly verbatim among text of its own (sentences of fewer words than a fingerprinted one do not
 * count). Two articles that report the same event independently share a background sentence or
 * a quote at most, and are neither. Thread-safe.
 */
final class CopyVerifier {

    /**
     * How one side relates to the other: {@link EdgeTable#NEAR}, {@link EdgeTable#PARTIAL} or
     * {@link EdgeTable#NONE}, the share of its words in matched sentences, and how many of its
     * sentences matched (for a near copy) or were reprinted nearly verbatim (otherwise).
     */
    record Evidence(byte kind, double share, int copiedSentences) {
    }

    /** Both sides of a verified pair. */
    record Verdict(Evidence leftCopiesRight, Evidence rightCopiesLeft) {
        boolean copies() {
            return leftCopiesRight.kind() != EdgeTable.NONE || rightCopiesLeft.kind() != EdgeTable.NONE;
        }
    }

    private final DedupConfig config;
    private final ProfileAligner aligner;

    CopyVerifier(DedupConfig config) {
        this.config = config;
        this.aligner = new ProfileAligner(config.sentenceMatch());
    }

    /**
     * How {@code left} and {@code right} relate, each seen from its own side. When neither is a
     * near copy of the other but some sentences align, the words one prints systematically in
     * place of the other's are learned from those sentences and the two are aligned again with
     * them replaced ({@link SubstitutionFinder}): a house style that renames the story's main
     * actor in every sentence must not hide a reprint.
     */
    Verdict verify(Profile left, Profile right) {
        ProfileAligner.Alignment a = aligner.align(left, right);
        Verdict first = new Verdict(evidence(left, a.leftMatch(), a.leftSimilarity()),
                evidence(right, a.rightMatch(), a.rightSimilarity()));
        if (first.leftCopiesRight().kind() == EdgeTable.NEAR && first.rightCopiesLeft().kind() == EdgeTable.NEAR) {
            return first;
        }
        int[][] substitutions = SubstitutionFinder.find(left, right, a.leftMatch());
        if (substitutions == null) {
            return first;
        }
        Profile renamed = left.replaced(substitutions[0], substitutions[1]);
        ProfileAligner.Alignment b = aligner.align(renamed, right);
        Verdict second = new Verdict(evidence(renamed, b.leftMatch(), b.leftSimilarity()),
                evidence(right, b.rightMatch(), b.rightSimilarity()));
        return stronger(first, second);
    }

    /** The verdict whose sides are the more closely matched. */
    private static Verdict stronger(Verdict a, Verdict b) {
        double sa = a.leftCopiesRight().share() + a.rightCopiesLeft().share();
        double sb = b.leftCopiesRight().share() + b.rightCopiesLeft().share();
        return sb > sa ? b : a;
    }

    private Evidence evidence(Profile copy, int[] match, double[] similarity) {
        if (copy.totalWords() == 0) {
            return new Evidence(EdgeTable.NONE, 0, 0);
        }
        int matchedWords = 0;
        int matched = 0;
        int verbatim = 0;
        for (int s = 0; s < match.length; s++) {
            if (match[s] >= 0) {
                matched++;
                matchedWords += copy.words(s);
                // "10." or "Read more." printed by both says nothing of copying: a reprinted
                // sentence counts when it is as long as a fingerprinted one.
                if (similarity[s] >= config.copiedSentence() && copy.words(s) >= config.fingerprints().minWords()) {
                    verbatim++;
                }
            }
        }
        double share = matchedWords / (double) copy.totalWords();
        if (share >= config.nearShare()) {
            return new Evidence(EdgeTable.NEAR, share, matched);
        }
        if (verbatim >= config.partialSentences() && share >= config.partialShare()) {
            return new Evidence(EdgeTable.PARTIAL, share, verbatim);
        }
        return new Evidence(EdgeTable.NONE, share, verbatim);
    }
}
