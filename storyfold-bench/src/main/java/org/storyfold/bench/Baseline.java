package org.storyfold.bench;

import java.util.List;

/**
 * A classic extractive summariser run beside storyfold's brief: it orders a story's candidate
 * sentences by preference, and {@link SummaryPacking} fills the word budget from that order.
 */
interface Baseline {

    /** The baseline's name as printed. */
    String name();

    /**
     * The candidate sentences in order of preference.
     *
     * @param articles each article's candidate sentences, in story order
     */
    List<String> rank(List<List<String>> articles);
}
