package org.storyfold.synth;

import java.util.List;

/**
 * One quantity followed across the stories of a storyline (how many fighters remain in a city),
 * each story's claims side by side with their dates, and what the differences are: a count that
 * changes over days is a development, a count that differs on one day is a conflict.
 *
 * @param label   what is counted, as a reader is told
 * @param points  each story's distinct claims, earliest first (undated last)
 * @param verdict {@link #DEVELOPMENT}, {@link #CONFLICT}, {@link #UNDATED} or {@link #CONSISTENT}
 */
public record FigureTrack(String label, List<Point> points, String verdict) {

    /** The claims differ, and only ever between different days: the count changed. */
    public static final String DEVELOPMENT = "development";
    /** Claims that cannot both be true are made on the same day (or overlapping days). */
    public static final String CONFLICT = "conflict";
    /** The claims differ, but a claim that differs is undated: the dates cannot tell a change from a conflict. */
    public static final String UNDATED = "undated";
    /** Every claim can be true with every other. */
    public static final String CONSISTENT = "consistent";

    public FigureTrack {
        points = List.copyOf(points);
    }

    /**
     * One story's claim of the quantity.
     *
     * @param story   the story's id
     * @param value   the amount as printed
     * @param date    when it was claimed, in ISO 8601, or null
     * @param speaker who claims it, or null
     * @param sources the articles of the story that print it
     * @param text    the sentence that states it, verbatim from its first source
     */
    public record Point(String story, String value, String date, String speaker, List<String> sources, String text) {
        public Point {
            sources = List.copyOf(sources);
        }
    }
}
