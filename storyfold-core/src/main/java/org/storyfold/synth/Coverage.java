package org.storyfold.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * Who covered a story and how: each article with its outlet, date and role (an original, a copy
 * of another, one print of an agency's dispatch, a partial reuse, an independent report), the
 * independent sources they make, and when the story was first reported and last updated, as far
 * as the articles' own dates show it.
 *
 * @param articles           one entry per article, earliest first (undated last)
 * @param sources            the story's independent sources: copies of one text count once
 * @param firstReported      the earliest dated report, or null when no article is dated
 * @param lastUpdated        the latest date an article states (published or modified), or null
 *                           when none is dated; an article whose date contradicts its content
 *                           decides neither this nor {@code firstReported}
 */
public record Coverage(List<Entry> articles, List<IndependentSource> sources, FirstReport firstReported,
                       LocalDate lastUpdated) {

    /** An original that others copy. */
    public static final String ORIGINAL = "original";
    /** An exact or near copy of another article of the story. */
    public static final String COPY = "copy";
    /** One print of an agency's dispatch that other articles also print: none is the original of another. */
    public static final String WIRE = "wire";
    /** An article of its own that reuses some sentences of another. */
    public static final String PARTIAL = "partial";
    /** An article that copies none and is copied by none. */
    public static final String INDEPENDENT = "independent";

    public Coverage {
        articles = List.copyOf(articles);
        sources = List.copyOf(sources);
    }

    /** How many independent sources the story's articles make. */
    public int independentSources() {
        return sources.size();
    }

    /**
     * One article of a story as its coverage lists it.
     *
     * @param article   the article id
     * @param outlet    the outlet that published it, or null
     * @param credit    the news agency it credits, or null
     * @param published its own publication date, or null
     * @param url       its address, or null
     * @param role      {@link #ORIGINAL}, {@link #COPY}, {@link #WIRE}, {@link #PARTIAL} or {@link #INDEPENDENT}
     * @param copyOf    the article it copies (for a copy or a partial reuse), or null
     * @param misdated  whether its stated date contradicts its content
     */
    public record Entry(String article, String outlet, String credit, LocalDate published, String url, String role,
                        String copyOf, boolean misdated) {
    }

    /**
     * The earliest dated report of a story.
     *
     * @param article  the article that reported it first, or null when several share the earliest date
     *                 (the dates do not show which was first)
     * @param time     the earliest date
     * @param articles every article of that date
     */
    public record FirstReport(String article, LocalDate time, List<String> articles) {
        public FirstReport {
            articles = List.copyOf(articles);
        }
    }
}
