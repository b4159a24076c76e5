package org.storyfold.extract;

import java.util.List;

/**
 * What a page's markup states about its article, before any cleaning; every field may be null.
 *
 * @param title        the headline (see {@link TitleFinder})
 * @param published    the publication dates the markup states (JSON-LD, meta tags, the article's
 *                     microdata and {@code <time>}), most trusted first, UTC ones read in the page's zone
 * @param modified     the last modification date the markup states
 * @param updatePrinted whether the page prints a date it marks as its last update's ({@code class="updated"})
 * @param authors      the authors' names, in order, never empty strings
 * @param outlet       the site name the page states
 * @param language     the page's language as a lower-case primary tag ({@code en}, {@code pt})
 * @param region       the region its language tag names, upper case ({@code US} of {@code en-US}, {@code GB})
 * @param canonical    the canonical address the page states
 * @param articleBody  the article text the page's JSON-LD states, paragraphs separated by line breaks
 * @param printedDates the dates the page prints for the reader, as written, most trusted first: a short
 *                     line above the main text, the text of the article's {@code <time>}, a short element
 *                     classed as a date inside the article or below its headline
 * @param unmarkedDates the dates the page prints beside its headline in text that says nothing of what it holds,
 *                     as written, nearest first: believed only when nothing else dates the page
 */
record PageMetadata(String title, List<DateStamp> published, DateStamp modified, boolean updatePrinted,
                    List<String> authors, String outlet, String language, String region, String canonical, String articleBody,
                    List<String> printedDates, List<String> unmarkedDates) {

    PageMetadata {
        published = published == null ? List.of() : List.copyOf(published);
        printedDates = printedDates == null ? List.of() : List.copyOf(printedDates);
        unmarkedDates = unmarkedDates == null ? List.of() : List.copyOf(unmarkedDates);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
