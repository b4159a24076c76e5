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
 * @param kind        {@code direct} (inside quotation marks) or {@code reported}
 * @param text        the words, verbatim from the first source
 * @param sources     every article that prints it
 * @param variants    each different wording with the articles that print it, when the sources differ
 */
public record Quote(String speaker, String affiliation, String kind, String text, List<String> sources,
                   List<Variant> variants) {
    public Quote {
        sources = List.copyOf(sources);
        variants = List.copyOf(variants);
    }

    public static final String DIRECT = "direct";
    public static final String REPORTED = "reported";

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
