package org.storyfold.synth;

import java.util.List;

/**
 * Figures about one quantity that cannot all be true: the sources, or one source on different
 * days, give amounts that do not overlap. Amounts that can both be true ("up to 500" and "300 to
 * 400") are no conflict, and equal amounts however written ("300 to 400", "300-400", "between
 * 300 and 400") are one claim.
 *
 * @param subject   what the figures count, in the words of the first claim
 * @param claims    every claim about it, earliest first; at least two of them are incompatible
 * @param differsBy why the incompatible claims differ: {@code source} when different speakers
 *                  (or, unattributed, different articles) make them, {@code date} when they were
 *                  made on different days (a state such as how many remain changes over time, so a
 *                  difference of date alone may be no contradiction)
 * @param label     what the figures count, as a reader is told ("fighters remaining in Raqa")
 * @param spread    how far apart the incompatible claims lie, in the numbers they print
 */
public record Conflict(String subject, List<Claim> claims, List<String> differsBy, String label, Spread spread) {
    public Conflict {
        claims = List.copyOf(claims);
        differsBy = List.copyOf(differsBy);
    }

    /**
     * One claimed amount and everyone who prints it.
     *
     * @param value       the amount as first printed
     * @param text        the sentence that states it, verbatim from its first source
     * @param sources     the articles that print this amount, however each writes it
     * @param speaker     who claims it (its first printing's speaker), or null when the articles state it themselves
     * @param affiliation the organisation the speaker speaks for, when the text says, or null
     * @param date        when it was first claimed, in ISO 8601, or null
     * @param speakers    everyone the articles say claims this amount
     * @param dates       every date it was claimed on, earliest first
     * @param independent how many independent sources print it: copies of one text count once
     * @param values      each way the articles write it ("300 to 400", "300-400")
     */
    public record Claim(String value, String text, List<String> sources, String speaker, String affiliation,
                        String date, List<String> speakers, List<String> dates, int independent, List<String> values) {
        public Claim {
            sources = List.copyOf(sources);
            speakers = List.copyOf(speakers);
            dates = List.copyOf(dates);
            values = List.copyOf(values);
        }
    }

    /**
     * The gap between incompatible claims: the greatest number the lowest claim prints and the least
     * number the highest claim prints ("up to 150" against "600 to 700": 150 and 600).
     *
     * @param low  the top of the lowest claim
     * @param high the bottom of the highest claim
     */
    public record Spread(double low, double high) {
    }
}
