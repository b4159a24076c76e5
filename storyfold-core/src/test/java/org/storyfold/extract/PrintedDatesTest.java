package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyfold.Outcome;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;

/**
 * Dates as news pages print them at the top of the text and in their addresses, in the forms of the
 * ECB+ corpus: tokens spaced apart ("9: 56", "01 / 5 / 2011", "a. m."), newsroom labels, two-digit
 * years, month names and sections in addresses, archive pages, pages given a later address.
 */
class PrintedDatesTest {

    @Test
    void readsDateLinesWhoseSeparatorsAreSpacedApart() {
        assertThat(DateFinder.dateLine("Posted at 3: 21 PM ET, 01 / 5 / 2011", true)).contains(LocalDate.of(2011, 1, 5));
        assertThat(DateFinder.dateLine("On Tue, 16 / 08 / 2011 - 13: 42", true)).contains(LocalDate.of(2011, 8, 16));
        assertThat(DateFinder.dateLine("Published: Tuesday, Dec. 20 2005 12: 00 a. m. MST")).contains(LocalDate.of(2005, 12, 20));
        assertThat(DateFinder.dateLine("Published: 2012. 08. 08 09: 01 AM")).contains(LocalDate.of(2012, 8, 8));
        assertThat(DateFinder.dateLine("Updated 09 / 14 / 2013 01: 03 PM")).contains(LocalDate.of(2013, 9, 14));
        assertThat(DateFinder.dateLine("8: 13 AM PDT 8 / 2 / 2013", true)).contains(LocalDate.of(2013, 8, 2));
        assertThat(DateFinder.dateLine("10: 55 P. M. FEB. 2, 2009")).contains(LocalDate.of(2009, 2, 2));
        assertThat(DateFinder.dateLine("Last updated 13: 26 14 / 09 / 2013", true)).contains(LocalDate.of(2013, 9, 14));
        assertThat(DateFinder.dateLine("published: 2012 - 04 - 04 11: 47: 35")).contains(LocalDate.of(2012, 4, 4));
        // Dotted dates are day first, whatever the page's language.
        assertThat(DateFinder.dateLine("Article posted on 08. 07. 2012", true)).contains(LocalDate.of(2012, 7, 8));
    }

    @Test
    void readsNewsroomLabelsAndMoreZones() {
        assertThat(DateFinder.dateLine("Story Created: Aug 7, 2012 at 9: 56 AM AKDT")).contains(LocalDate.of(2012, 8, 7));
        assertThat(DateFinder.dateLine("FOR IMMEDIATE RELEASE July 13, 2009")).contains(LocalDate.of(2009, 7, 13));
        assertThat(DateFinder.dateLine("Release: 03 / 08 / 2013", true)).contains(LocalDate.of(2013, 3, 8));
        assertThat(DateFinder.dateLine("Found March 08, 2013")).contains(LocalDate.of(2013, 3, 8));
        assertThat(DateFinder.dateLine("7: 00pm UK, Wednesday 05 May 2010")).contains(LocalDate.of(2010, 5, 5));
    }

    @Test
    void readsTwoDigitYearsOnlyInALineThatHoldsNothingButADate() {
        assertThat(DateFinder.dateLine("12 / 16 / 08 1: 30 AM EST", true)).contains(LocalDate.of(2008, 12, 16));
        assertThat(DateFinder.dateLine("8 / 2 / 13 at 1: 30 PM", true)).contains(LocalDate.of(2013, 8, 2));
        assertThat(DateFinder.dateLine("11 / 28 / 05", true)).contains(LocalDate.of(2005, 11, 28));
        assertThat(DateFinder.dateLine("Edited on Mon Dec - 19 - 05 03: 49 PM")).contains(LocalDate.of(2005, 12, 19));
        assertThat(DateFinder.fullDate("12 / 16 / 08 1: 30 AM EST")).isEmpty();
        // What is not a date line stays in the text.
        assertThat(DateFinder.dateLine("Posted 1 year, 160 days ago [downloaded on 2 October 2013]")).isEmpty();
        assertThat(DateFinder.dateLine("End of Watch: Friday, June 24, 2005")).isEmpty();
        assertThat(DateFinder.dateLine("Creighton improved to 25 - 7 on the season")).isEmpty();
    }

    @Test
    void readsAddressesWithMonthNamesAndSectionsButNotAnArchivesDate() {
        assertThat(DateFinder.fromUrl("http://www.theguardian.com/film/2013/aug/02/ellen-degeneres-host-oscars-2014"))
                .contains(LocalDate.of(2013, 8, 2));
        assertThat(DateFinder.fromUrl("http://www.utsandiego.com/news/2009/Feb/02/bn02jamal225516-no-headline/"))
                .contains(LocalDate.of(2009, 2, 2));
        assertThat(DateFinder.fromUrl("http://www.cnn.com/2009/POLITICS/03/03/endangered.species.act/"))
                .contains(LocalDate.of(2009, 3, 3));
        assertThat(DateFinder.fromUrl("http://www.example.org/2013/page/2/")).isEmpty();
        assertThat(DateFinder.fromUrl("http://sportzassassin2.blogspot.nl/2005_05_01_archive.html")).isEmpty();
        // Only "archive" right after the date names an archive: not a slug after a date that ends its segment,
        // nor a slug that names archives.
        assertThat(DateFinder.fromUrl("http://www.theverge.com/2017/7/12/archived-emails-show-plan"))
                .contains(LocalDate.of(2017, 7, 12));
        assertThat(DateFinder.fromUrl("http://www.example.com/news-2013-05-01-national-archives-release"))
                .contains(LocalDate.of(2013, 5, 1));
        assertThat(DateFinder.monthFromUrl("http://news4allz.blogspot.nl/2010/09/kraft-shooting-yvonne-hiller-charged.html"))
                .contains(YearMonth.of(2010, 9));
    }

    @Test
    void readsAnAmbiguousNumericDateInTheMonthTheAddressNames() {
        Optional<YearMonth> september = Optional.of(YearMonth.of(2010, 9));
        assertThat(DateFinder.inOrder(monthFirst -> DateFinder.dateLine("11 / 09 / 2010", monthFirst), true, september))
                .contains(LocalDate.of(2010, 9, 11));
        assertThat(DateFinder.inOrder(monthFirst -> DateFinder.dateLine("11 / 09 / 2010", monthFirst), true, Optional.empty()))
                .contains(LocalDate.of(2010, 11, 9));
    }

    @Test
    void datesAPlainTextByTheLineAboveItsHeadline() {
        Article a = extract("http://voices.washingtonpost.com/early-lead/2011/01/new_orleans_saints_place_pierr.html",
                "Posted at 3: 21 PM ET, 01 / 5 / 2011\nNew Orleans Saints place Pierre Thomas on injured reserve list\n"
                        + "The New Orleans Saints have placed running back Pierre Thomas on the injured reserve list a day "
                        + "after their leading rusher, Chris Ivory, was shut down for the season.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2011, 1, 5));
        assertThat(a.title()).isEqualTo("New Orleans Saints place Pierre Thomas on injured reserve list");
    }

    @Test
    void anArchivePageIsDatedByThePostNotByTheArchive() {
        Article a = extract("http://sportzassassin2.blogspot.nl/2005_05_01_archive.html",
                "Tuesday, May 24, 2005\nUp the coast... the Philly Sixers canned Jim O'Brien [who had been under fire "
                        + "all season] and quickly hired Mo Cheeks.\nMo ran the Sixers in the 1980s as their point guard.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2005, 5, 24));
    }

    @Test
    void aPageGivenALaterAddressIsDatedByTheDayItPrints() {
        Article a = extract("http://www.washingtonpost.com/politics/watergate-bagman-fred-larue-75-dies/2012/05/31/"
                        + "gJQATOlOGV_story.html",
                "Watergate 'Bagman' Fred LaRue, 75, Dies\nPublished: July 29, 2004\nFrederick Cheney LaRue, 75, the "
                        + "shadowy Nixon White House aide and \"bagman\" who delivered more than $300, 000 in payoffs to "
                        + "Watergate conspirators, died.\nHis body was found by a motel maid July 27.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2004, 7, 29));
        // A day or a few apart, the address is the outlet's own day.
        Article b = extract("http://edition.cnn.com/2007/US/04/09/michigan.shooting/",
                "Sheriff: Michigan office shooting kills 1, injures 2\nPOSTED: April 10, 2007\nA Michigan man shot to "
                        + "death one person and injured two others Monday at the suburban Detroit accounting firm.");
        assertThat(b.published()).isEqualTo(LocalDate.of(2007, 4, 9));
    }

    @Test
    void aDateInTheBodyDoesNotOverruleTheAddress() {
        Article a = extract("http://www.example.com/world/2013/06/15/iran-timeline",
                "Iran's nuclear programme: a timeline\nIran elected a new president on Friday, and the talks over its "
                        + "nuclear programme, stalled for years, may start again. Here is how they came to this point.\n"
                        + "March 11, 2011\nThe earthquake and tsunami in Japan turn several governments against nuclear "
                        + "power, and the talks with Iran stall once more.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2013, 6, 15));
    }

    @Test
    void aNumericDateIsReadDayFirstUnlessThePageStatesUsEnglish() {
        String body = "<h1>Floods close roads across the county</h1><p>05/06/2013</p><p>Heavy rain overnight has closed "
                + "roads across the county, and the Environment Agency has issued several flood warnings for rivers.</p>";
        Article british = extractHtml("<html lang=\"en-GB\"><head><title>Floods close roads across the county</title>"
                + "</head><body>" + body + "</body></html>");
        assertThat(british.published()).isEqualTo(LocalDate.of(2013, 6, 5));
        Article american = extractHtml("<html lang=\"en-US\"><head><title>Floods close roads across the county</title>"
                + "</head><body>" + body + "</body></html>");
        assertThat(american.published()).isEqualTo(LocalDate.of(2013, 5, 6));
        // A plain text in English states no region: day first, as Indian and Australian papers print it.
        Article indian = extract(null, "Monsoon reaches Kerala two days early\nUpdated: 05/06/2013\nThe south-west "
                + "monsoon set in over Kerala on Sunday, two days ahead of its normal date, the weather office said.");
        assertThat(indian.published()).isEqualTo(LocalDate.of(2013, 6, 5));
        // A North American zone beside the date is evidence of the order (ECB+, people.com).
        Article people = extract("http://www.people.com/people/article/0,,20697025,00.html", "Lindsay Lohan "
                + "Checks into Rehab\nUPDATED 05 / 03 / 2013 at 11: 00 AM EDT\nLindsay Lohan has checked into a "
                + "rehab facility in Newport Beach, Calif., to begin her 90-day sentence, her lawyer says.");
        assertThat(people.published()).isEqualTo(LocalDate.of(2013, 5, 3));
        // So is a text that writes its named dates month first (ECB+, ontheredcarpet.com).
        Article carpet = extract("http://www.ontheredcarpet.com/Lindsay-Lohan-checks-into-rehab/9087997",
                "Lindsay Lohan checks into rehab to begin 90-day stint, lawyer says\n05 / 02 / 2013\nLindsay Lohan "
                        + "checked into a rehab facility on Thursday, May 2, to begin her 90-day court-ordered stay, "
                        + "her lawyer said. She had been due to report by May 10.");
        assertThat(carpet.published()).isEqualTo(LocalDate.of(2013, 5, 2));
    }

    private static Article extractHtml(String html) {
        return extract(ContentType.HTML, null, html);
    }

    private static Article extract(String url, String text) {
        return extract(ContentType.TEXT, url, text);
    }

    private static Article extract(ContentType type, String url, String content) {
        Outcome<Article> outcome = new ArticleExtractor().extract(
                new RawDocument("doc", "docs.jsonl:1", type, content, url, null, null, null));
        assertThat(outcome).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<Article>) outcome).value();
    }
}
