package org.storyfold.synth;

/**
 * The shape of a brief.
 *
 * @param summaryWords     the summary's length budget in words
 * @param sentenceMatch    least token Jaccard for two articles' sentences to be one sentence, in (0, 1]
 * @param minSentenceWords shortest sentence worth citing in a summary or as a fact
 * @param paraphraseMatch  least weighted overlap of content keys for two articles' sentences to
 *                         state one thing in different words, in (0, 1]
 */
public record BriefConfig(int summaryWords, double sentenceMatch, int minSentenceWords, double paraphraseMatch) {

    public static final int DEFAULT_SUMMARY_WORDS = 120;

    public BriefConfig {
        if (summaryWords < 1 || summaryWords > 100_000) {
            throw new IllegalArgumentException("summaryWords must be in [1, 100000], got " + summaryWords);
        }
        if (!(sentenceMatch > 0 && sentenceMatch <= 1)) {
            throw new IllegalArgumentException("sentenceMatch must be in (0, 1], got " + sentenceMatch);
        }
        if (minSentenceWords < 1) {
            throw new IllegalArgumentException("minSentenceWords must be at least 1, got " + minSentenceWords);
        }
        if (!(paraphraseMatch > 0 && paraphraseMatch <= 1)) {
            throw new IllegalArgumentException("paraphraseMatch must be in (0, 1], got " + paraphraseMatch);
        }
    }

    public static BriefConfig defaults() {
        return new BriefConfig(DEFAULT_SUMMARY_WORDS, 0.5, 6, 0.45);
    }

    public BriefConfig withSummaryWords(int words) {
        return new BriefConfig(words, sentenceMatch, minSentenceWords, paraphraseMatch);
    }
}
