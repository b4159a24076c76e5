package org.storyfold.synth;

import java.util.List;

/**
 * Words a story attributes to a speaker, as printed: quoted directly, or reported ("Smith
 * said up to 50 people remain"); the printings of one quotation across copies are one
 * quote, with each different wording kept.
 *
 * @param speaker     who said it: a named person or organisation, or the description printed
 *                    ("city official")
 * @param affiliation the organisation the speaker speaks for, when the text says, or null
 * @param kind        {@code direct} (inside quotation marks), {@code reported} (said, in the
 *                    article's words), {@code denied} (the speaker denies the words: "denied that
 *                    any deal would be cut") or {@code disputed} (rejects or disputes them)
 * @param text        the words, verbatim from the first source
 * @param sources     every article that prints it
 * @param variants    each different wording with the articles that print it, when the sources differ
 * @param verb        the verb of saying as first printed ("said", "denied", "told", "according to"),
 *                    or null for a quotation that continues the one before it
 */
public record Quote(String speaker, String affiliation, String kind, String text, List<String> sources,
                   List<Variant> variants, String verb) {
    public Quote {
        sources = List.copyOf(sources);
        variants = List.copyOf(variants);
    }

    public static final String DIRECT = "direct";
    public static final String REPORTED = "reported";
    public static final String DENIED = "denied";
    public static final String DISPUTED = "disputed";

    /** Whether the speaker denies or disputes the words rather than says them. */
    public boolean contradicts() {
        return DENIED.equals(kind) || DISPUTED.equals(kind);
    }

    /**
     * One wording of a quote.
     *
     * @param text    the wording, verbatim
     * @param sources the articles that print it
     */
    public record Variant(String text, List<String> sources) {
        public Variant {
            sources = List.copyOf(sources);
        }
    }
}
