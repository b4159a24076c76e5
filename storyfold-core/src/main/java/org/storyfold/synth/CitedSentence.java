package org.storyfold.synth;

import java.util.List;

/**
 * A sentence of a brief with the articles that print it.
 *
 * @param text     the sentence, verbatim from the first source
 * @param sources  every article of the story that prints it or a near-identical sentence
 * @param evidence each source's own wording, verbatim, in the order of {@code sources}
 */
public record CitedSentence(String text, List<String> sources, List<Evidence> evidence) {
    public CitedSentence {
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }
}
