package org.storyfold.synth;

import java.util.List;

/**
 * Figures about one thing that cannot all be true: the sources, or one source on different days,
 * give amounts that do not overlap.
 *
 * @param subject   what the figures count, in the words of the first claim
 * @param claims    every claim about it, earliest first; at least two of them are incompatible
 * @param differsBy why the incompatible claims differ: {@code source} when different speakers
 *                  make them, {@code date} when they were made on different days (a state such as
 *                  how many remain changes over time, so a difference of date alone may be no
 *                  contradiction)
 */
public record Conflict(String subject, List<Claim> claims, List<String> differsBy) {
    public Conflict {
        claims = List.copyOf(claims);
        differsBy = List.copyOf(differsBy);
    }

    /**
     * One claimed amount and everyone who prints it.
     *
     * @param value       the amount as printed
     * @param text        the sentence that states it, verbatim from its first source
     * @param sources     the articles that print this claim
     * @param speaker     who claims it, or null when the articles state it themselves
     * @param affiliation the organisation the speaker speaks for, when the text says, or null
     * @param date        when it was claimed, in ISO 8601, or null
     */
    public record Claim(String value, String text, List<String> sources, String speaker, String affiliation,
                        String date) {
        public Claim {
            sources = List.copyOf(sources);
        }
    }
}
