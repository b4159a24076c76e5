package org.storyfold.synth;

import java.util.List;

/**
 * What a reader learns about a story at a glance.
 *
 * @param summary an extractive summary, in story order, every sentence cited
 * @param facts   sentences printed by two or more of the story's articles, best supported first
 */
public record Brief(List<CitedSentence> summary, List<CitedSentence> facts) {
    public Brief {
        summary = List.copyOf(summary);
        facts = List.copyOf(facts);
    }
}
