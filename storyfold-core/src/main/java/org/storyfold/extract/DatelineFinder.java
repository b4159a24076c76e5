package org.storyfold.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a story: a place in capitals, optionally a region, a date and an
 * agency, then a dash or a colon ("KOBANE, Syria –", "KOBANE/BEIRUT:", "KOBANE (AFP) –",
 * "WASHINGTON, Oct 14 (Reuters) -"). Thread-safe.
 */
final class DatelineFinder {

    /** A dateline: its place text, the agency it names (or null) and where the story text starts. */
    record Dateline(String place, String agency, String text, int end) {
    }

    private static final String PLACE = "\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}?";
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>" + PLACE + "(?:\\s*/\\s*" + PLACE + ")*)"
                    + "(?:,\\s*(?<region>\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+){0,3}))?"
                    + "(?:,\\s*(?<date>\\p{Lu}[a-z]{2,8}\\.?\\s+\\d{1,2}))?"
                    + "(?:\\s*\\((?<agency>" + Agencies.ALIAS_ALTERNATION + ")\\))?"
                    + "\\s*(?:[—–-]+|:)\\s+(?=\\S)");

    private DatelineFinder() {
    }

    /** The dateline opening {@code block}, if any. */
    static Optional<Dateline> find(String block) {
        Matcher m = DATELINE.matcher(block);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group("place").strip();
        long letters = place.chars().filter(Character::isLetter).count();
        if (letters < 3) {
            return Optional.empty();
        }
        String region = m.group("region");
        String agencyName = m.group("agency");
        String agency = agencyName == null ? null : Agencies.byName(agencyName).orElse(null);
        String shown = place.replaceAll("\\s*/\\s*", "/") + (region == null ? "" : ", " + region);
        return Optional.of(new Dateline(shown, agency, block.substring(0, m.end()).strip(), m.end()));
    }
}
