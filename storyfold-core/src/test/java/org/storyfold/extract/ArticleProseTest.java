package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.Outcome;
import org.storyfold.PageFacts;
import org.storyfold.ingest.ContentType;
import org.storyfold.ingest.RawDocument;
import org.storyfold.text.Sentence;

/** Pages that are not articles are rejected with the reason; articles, briefs and data pages are not. */
class ArticleProseTest {

    @Test
    void rejectsALoginWall() {
        assertRejected(html("Subscriber access", "<h2>Welcome back</h2><p>Sign in to keep reading.</p>"
                + "<form><p>Email address</p><p>Password</p></form><p>Forgot your password? We will send you a link to "
                + "reset it.</p><p>Not a subscriber yet? Subscribe today and get your first month free.</p>"),
                "no prose, 25 words to the reader");
    }

    @Test
    void rejectsAnErrorPage() {
        assertRejected(html("Page not found", "<h1>Oops</h1><p>Sorry, the page you are looking for has moved or "
                + "no longer exists.</p><p>Please check the address or return to the home page.</p>"),
                "no prose, 23 words to the reader");
    }

    @Test
    void rejectsAVideoPlayersMessageToTheReader() {
        assertRejected(text("The video could not be played in this browser.\n\nIf you are using an ad blocker, "
                + "please turn it off for this site and reload the page.\n\nYour browser may also need an update "
                + "before you can watch this clip."), "no prose, 40 words to the reader");
    }

    @Test
    void rejectsAVideoPlayersMessageThatTheContentIsUnavailable() {
        // multinews-dev mn154-2 and mn168-0: the player's message, once as three lines, once as two.
        assertRejected(text("The interactive transcript could not be loaded. \n \n Rating is available when the video "
                + "has been rented. \n \n This feature is not available right now. Please try again later."),
                "9 words of prose, 18 to the reader");
        assertRejected(text("Rating is available when the video has been rented. \n \n This feature is not available "
                + "right now. Please try again later."), "9 words of prose, 11 to the reader");
    }

    @Test
    void rejectsACrawlNoticeWhoseOnlySentenceSaysItsFilesAreUnavailable() {
        // multinews-dev mn086-4: two lines of running text without a closing stop, and the notice.
        assertRejected(text("The seed for this crawl was a list of every host in the Wayback Machine \n \n This crawl "
                + "was run at a level 1 (URLs including their embeds, plus the URLs of all outbound links including their "
                + "embeds) \n \n The WARC files associated with this crawl are not currently available to the general "
                + "public."), "no prose, 15 words to the reader");
    }

    @Test
    void keepsABriefWhoseSentencesAreShortOrInCapitals() {
        // ecbplus-dev 5_3ecbplus: a real brief, no prose by the counts, nothing to the reader.
        assertKept(text("PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach."));
    }

    @Test
    void keepsALeadWithoutAClosingStop() {
        // ecbplus-dev 34_4ecb: a real lead that ends on a colon. A short page with no sentence that ends like one
        // is not therefore a notice (a crawl's seed list is such a page too, and is left to the extractor).
        assertKept(text("Reports that President-elect Barack Obama had approached CNN's medical correspondent, Dr. Sanjay "
                + "Gupta, to be the next Surgeon General inspired a parlor game among people who have too much free "
                + "time (a k a media types):"));
    }

    @Test
    void keepsABriefThatSaysSomeoneWasNotAvailableForComment() {
        assertKept(text("Police in Ohio arrested a man on Tuesday.\n\nA police spokesman is not available for comment "
                + "on the arrest."));
    }

    @Test
    void keepsABriefInAScriptWithItsOwnStopBesideAnEnglishRequest() {
        // A Hindi brief closes its sentences with the danda ("।"), an Armenian one with "։": read as stops, they
        // are prose, and the English request to the reader under them does not outweigh them.
        assertKept(text("मुंबई में मंगलवार को भारी बारिश के कारण कई इलाकों में पानी भर गया और लोकल ट्रेन सेवाएं कई घंटों तक "
                + "बाधित रहीं। नगर निगम ने लोगों से घरों में रहने की अपील की है।\n\nPlease enable JavaScript to see the "
                + "comments on this story."));
        assertKept(text("Երևանում երեքշաբթի օրը տեղի ունեցած հրդեհի հետևանքով տուժել է երեք մարդ, հաղորդում է "
                + "Արտակարգ իրավիճակների նախարարությունը։ Հրդեհը մարվել է երկու ժամ անց։ Պատճառները պարզվում են։\n\n"
                + "Please enable JavaScript to see the comments on this story."));
    }

    @Test
    void keepsABriefWhoseNewsIsThatSomethingIsNotYetAvailable() {
        // A news sentence that something is not yet available, or that someone said an error occurred, is prose.
        assertKept(text("Two people died in a fire in Leeds on Sunday. Police said the names of the victims and the "
                + "cause of the fire are not yet available."));
        assertKept(text("Election officials in Ohio will recount the ballots of one county on Friday. Police said an "
                + "error occurred in the count."));
    }

    @Test
    void stopsReadingOnceTwoSentencesOfProseKeepThePage() {
        // The verdict is fixed once the prose or the running text is long enough: the sentences after are not read.
        Sentence lead = new Sentence("Two people died in a fire in Leeds on Sunday, the fire service said.", 0, 68, 0);
        Sentence second = new Sentence("Firefighters were called to the terraced house just after midnight.", 69, 136, 0);
        List<Sentence> sentences = new java.util.AbstractList<>() {
            @Override
            public Sentence get(int i) {
                if (i >= 2) {
                    throw new AssertionError("read sentence " + i + " after the verdict");
                }
                return i == 0 ? lead : second;
            }

            @Override
            public int size() {
                return 5;
            }
        };
        assertThat(ArticleProse.notAnArticle(sentences)).isEmpty();
    }

    @Test
    void keepsAOneSentenceBrief() {
        assertKept(text("Wedding costs\n\nThe average cost of a wedding in the United States hit a five-year high "
                + "last year, a survey of couples found."));
    }

    @Test
    void keepsACalendarWithoutSentences() {
        assertKept(html("Race calendar 2018", "<p>Race calendar for the season:</p><ul><li>round 1: 10 march, on the "
                + "old city circuit</li><li>round 2: 8 april, on the coastal road circuit</li><li>round 3: 22 april, "
                + "at the new park in the north</li></ul>"));
    }

    @Test
    void keepsALongGuideWrittenToTheReader() {
        String paragraph = "<p>You will want to start with a small pot, because your seedlings need warmth more than "
                + "room, and you can move them to the garden once the nights stay above ten degrees.</p>";
        assertKept(html("Growing tomatoes", paragraph.repeat(4)));
    }

    @Test
    void aRejectedVideoPageKeepsWhatItStatesAboutItself() {
        String page = "<html lang=\"en-AU\"><head><title>Veteran, 98, beats virus | The Courier</title>"
                + "<meta property=\"og:site_name\" content=\"The Courier\">"
                + "<meta property=\"article:published_time\" content=\"2020-04-24T18:05:00+10:00\">"
                + "<meta name=\"author\" content=\"Jane Doe\"></head><body><main><h1>Veteran, 98, beats virus</h1>"
                + "<p>Watch the video.</p><p>Your browser does not support the video tag. Please update your browser "
                + "to watch this clip.</p></main></body></html>";
        RawDocument doc = new RawDocument("v", "v.html", ContentType.HTML, page, null, null, null, null);
        Outcome<Article> outcome = new ArticleExtractor().extract(doc);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
            assertThat(r.reason()).startsWith("not an article: ");
            assertThat(r.page()).isEqualTo(new PageFacts("Veteran, 98, beats virus", LocalDate.of(2020, 4, 24),
                    List.of("Jane Doe"), "The Courier", "en"));
        });
    }

    @Test
    void aRejectedPlainTextStatesNothing() {
        Outcome<Article> outcome = new ArticleExtractor().extract(text("Sign in to keep reading.\n\nForgot your "
                + "password? We will send you a link.\n\nNot a subscriber yet? Subscribe today and get your first "
                + "month free."));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.page()).isNull());
    }

    private static void assertRejected(RawDocument doc, String reason) {
        Outcome<Article> outcome = new ArticleExtractor().extract(doc);
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
            assertThat(r.source()).isEqualTo(doc.source());
            assertThat(r.reason()).isEqualTo("not an article: " + reason);
        });
    }

    private static void assertKept(RawDocument doc) {
        assertThat(new ArticleExtractor().extract(doc)).isInstanceOf(Outcome.Ok.class);
    }

    private static RawDocument html(String title, String body) {
        return new RawDocument("page", "page.html", ContentType.HTML,
                "<html><head><title>" + title + "</title></head><body><main>" + body + "</main></body></html>",
                null, null, null, null);
    }

    private static RawDocument text(String content) {
        return new RawDocument("page", "page.txt", ContentType.TEXT, content, null, null, null, null);
    }
}
