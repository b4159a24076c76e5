package org.storyfold.dedup;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyfold.text.SentenceAligner;

/**
 * Decides whether two candidate articles are copies, by aligning their sentences: a near copy has
 * most of its words in sentences the other prints too; a partial copy reprints several sentences
 * nearly verbatim among text of its own. Two articles that report the same event independently
 * share a background sentence or a quote at most, and are neither. Thread-safe.
 */
final class CopyVerifier {

    /** An article's sentences as token sets, with each sentence's word count. */
    record Profile(List<Set<String>> sentences, int[] words, int totalWords) {
        static Profile of(List<Set<String>> sentences) {
            int[] words = new int[sentences.size()];
            int total = 0;
            for (int i = 0; i < words.length; i++) {
                words[i] = sentences.get(i).size();
                total += words[i];
            }
            return new Profile(sentences, words, total);
        }
    }

    /** How {@code copy} relates to {@code source}: the measured evidence. */
    record Evidence(CopyKind kind, double share, int copiedSentences) {
    }

    private final DedupConfig config;
    private final SentenceAligner aligner;

    CopyVerifier(DedupConfig config) {
        this.config = config;
        this.aligner = new SentenceAligner(config.sentenceMatch());
    }

    /** How {@code copy} relates to {@code source}, seen from the copy's side; empty if not a copy. */
    Optional<Evidence> verify(Profile copy, Profile source) {
        if (copy.totalWords() == 0) {
            return Optional.empty();
        }
        List<SentenceAligner.Match> matches = aligner.align(copy.sentences(), source.sentences());
        int matchedWords = 0;
        int verbatim = 0;
        for (SentenceAligner.Match m : matches) {
            matchedWords += copy.words()[m.left()];
            if (m.similarity() >= config.copiedSentence()) {
                verbatim++;
            }
        }
        double share = matchedWords / (double) copy.totalWords();
        if (share >= config.nearShare()) {
            return Optional.of(new Evidence(CopyKind.NEAR, share, matches.size()));
        }
        if (verbatim >= config.partialSentences() && share >= config.partialShare()) {
            return Optional.of(new Evidence(CopyKind.PARTIAL, share, verbatim));
        }
        return Optional.empty();
    }
}
