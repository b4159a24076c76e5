package org.storyfold.synth;

import java.util.List;

/**
 * A sentence of a brief with the articles that print it and those that say the same in their
 * own words.
 *
 * @param text        the sentence, verbatim from the first source
 * @param sources     every article of the story that prints it or a near-identical sentence
 * @param evidence    each source's own wording, verbatim, in the order of {@code sources}
 * @param independent how many independent sources state it (printed or paraphrased): copies of
 *                    one text, as dedup found them, count once, and so does an article with one it
 *                    partly copies; never more than the copy groups among them
 * @param paraphrases articles that are not among {@code sources} but state the same thing in
 *                    other words, each with its own sentence, verbatim
 * @param origins     the independent sources among the articles that state it, one per
 *                    {@code independent}: copies of one text, and an article with what it
 *                    partly copies, are one
 */
public record CitedSentence(String text, List<String> sources, List<Evidence> evidence, int independent,
                            List<Evidence> paraphrases, List<IndependentSource> origins) {
    public CitedSentence {
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
        paraphrases = List.copyOf(paraphrases);
        origins = List.copyOf(origins);
    }

    /** Whether two or more independent sources state it. */
    public boolean confirmed() {
        return independent >= 2;
    }
}
