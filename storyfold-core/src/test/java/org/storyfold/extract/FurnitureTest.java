package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole-line furniture as real pages print it, and article sentences that only look like it. */
class FurnitureTest {

    @Test
    void namesThePageFurnitureLinesOfNewsSites() {
        assertThat(BlockCleaner.furnitureReason("By Justine Coleman - 11/18/19 11:04 PM EST")).isEqualTo("byline");
        assertThat(BlockCleaner.furnitureReason("By Tess Bonn and Morgan Gstalter")).isEqualTo("byline");
        assertThat(BlockCleaner.furnitureReason("Updated at 1:23 p.m.")).isEqualTo("date line");
        assertThat(BlockCleaner.furnitureReason("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago")).isEqualTo("date line");
        assertThat(BlockCleaner.furnitureReason("Caption")).isEqualTo("interface label");
        assertThat(BlockCleaner.furnitureReason("1 of 6")).isEqualTo("interface label");
        assertThat(BlockCleaner.furnitureReason("This slideshow requires JavaScript.")).isEqualTo("interface label");
        assertThat(BlockCleaner.furnitureReason("<img height=\"1\" width=\"1\" src=\"https://example.com/p.gif\">")).isEqualTo("interface label");
        assertThat(BlockCleaner.furnitureReason("© 2019 Associated Press. All Rights Reserved.")).isEqualTo("copyright notice");
        assertThat(BlockCleaner.furnitureReason("You may also like...")).isEqualTo("related links");
        assertThat(BlockCleaner.furnitureReason("Filed under: Khawarij |")).isEqualTo("related links");
        assertThat(BlockCleaner.furnitureReason("Anzeige")).isEqualTo("share or subscribe furniture");
        assertThat(BlockCleaner.furnitureReason("Tempo de leitura: 1 minuto")).isEqualTo("share or subscribe furniture");
        assertThat(BlockCleaner.furnitureReason("share tweet pin email")).isEqualTo("share or subscribe furniture");
        assertThat(BlockCleaner.furnitureReason("Facebook | Twitter | Email")).isEqualTo("share or subscribe furniture");
        assertThat(BlockCleaner.furnitureReason("2 years ago")).isEqualTo("date line");
        assertThat(BlockCleaner.furnitureReason("Full-size image here")).isEqualTo("interface label");
        assertThat(BlockCleaner.furnitureReason("Updated an hour ago")).isEqualTo("date line");
    }

    @Test
    void tellsANoticeThatTheContentIsUnavailableFromANewsSentence() {
        for (String notice : new String[] {"This feature is not available right now.",
                "The interactive transcript could not be loaded.", "Please try again later.",
                "The WARC files associated with this crawl are not currently available to the general public.",
                "These files are currently not accessible.", "This video is unavailable.", "Page not found.",
                "Something went wrong.", "Sorry, an error occurred while loading this video.",
                "Este contenido no está disponible en tu país.", "Inténtalo de nuevo más tarde.",
                "Este vídeo não está disponível.", "Tente novamente mais tarde.", "Cette vidéo n'est pas disponible.",
                "Veuillez réessayer plus tard.", "Dieses Video ist nicht verfügbar.",
                "Bitte versuchen Sie es später erneut.", "Questo video non è disponibile.", "Riprova più tardi.",
                "Video ini tidak tersedia.", "Coba lagi nanti."}) {
            assertThat(Furniture.isUnavailableNotice(notice)).as(notice).isTrue();
        }
        for (String news : new String[] {"Rating is available when the video has been rented.",
                "A spokesman was not immediately available for comment.", "The mayor is not available for comment.",
                "The drug was not available in the United States until 2015.", "Tickets are available from Friday.",
                "Rescuers could not be sure how many people were trapped."}) {
            assertThat(Furniture.isUnavailableNotice(news)).as(news).isFalse();
        }
    }

    @Test
    void aNewsSentenceAboutSomethingUnavailableOrAnErrorIsNoNotice() {
        // Adverbs a report uses ("not yet", "not publicly"), an error told or quoted, a sentence that names no
        // content of the page, and a report of what someone said.
        for (String news : new String[] {"The vaccine is not yet available in Britain.",
                "Details of the deal are not publicly available.", "'Something went wrong,' the pilot said.",
                "Police said an error occurred in the count.", "Das Medikament ist derzeit nicht verfügbar.",
                "Data tersebut tidak tersedia.", "The ferry is not available on Sundays.",
                "The video is not available, the broadcaster said.",
                "Según la policía, el vídeo no está disponible."}) {
            assertThat(Furniture.isUnavailableNotice(news)).as(news).isFalse();
        }
    }

    @Test
    void guessesAPlainTextHeadlineOnlyFromALineThatReadsLikeOne() {
        // First lines of real crawled pages (multinews-dev) that are headlines ...
        assertThat(BlockCleaner.looksLikeHeadline("Syria Red Crescent bid to rescue Homs journalists fails")).isTrue();
        assertThat(BlockCleaner.looksLikeHeadline("Pa. governor compares gay marriage to incest")).isTrue();
        assertThat(BlockCleaner.looksLikeHeadline("Paramount wants to kill a fan-film by claiming copyright on the Klingon language")).isTrue();
        assertThat(BlockCleaner.looksLikeHeadline("Sen. Kirsten Gillibrand: 'I Will Help Hillary Get Elected'")).isTrue();
        assertThat(BlockCleaner.looksLikeHeadline("Microsoft co-founder says his exploration vessel M/Y Octopus found the battleship")).isTrue();
        // ... and first lines that are labels, captions, pull quotes, navigation or words to the reader.
        // A line that ends on a full stop is a sentence, in any script.
        assertThat(BlockCleaner.looksLikeHeadline("上海周二发生大火，造成三人死亡，原因正在调查。")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("मुंबई में भारी बारिश से लोकल ट्रेन सेवाएं बाधित रहीं।")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Columnist")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Play Facebook")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Collin Rose (Photo: Wayne State University)")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Keurig Green Mountain K-Cup coffee packs. (Joe Raedle/Getty Images)")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Bernie Sanders (2nd row down, center) liked what he heard. REUTERS/Jonathan Ernst")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Peter Madsen speaks to police after his rescue. Photo: Bax Lindhardt/Scanpix")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Image copyright AFP Image caption The man was known to French intelligence services")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("“He really needs a lawyer,” Ms. O’Sullivan said of Mr. Trump. “He is building a case.”")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Newt Gingrich says President Barack Obama's address was \"naive.\"")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Most Popular Stories More>>")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Follow CBSMIAMI.COM: Facebook | Twitter")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("(bwhite@politico.com; @morningmoneyben)")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("UPDATE: November 8, 8:25 AM CST")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Associated Press Tue Feb 19, 2013 7:44 PM")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Polls close at 8 p.m. in Virginia as turnout soars")).isTrue();
        assertThat(BlockCleaner.looksLikeHeadline("Calif. Man Charged In Wildfire Deaths")).isTrue();
        assertThat(BlockCleaner.looksLikeHeadline("Is Trump finished? Pundits weigh in")).isTrue();
        assertThat(BlockCleaner.looksLikeHeadline("   ")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Click to email this to a friend (Opens in new window)")).isFalse();
        assertThat(BlockCleaner.looksLikeHeadline("Media playback is unsupported on your device Media caption First known footage")).isFalse();
        // A line above the body that credits a picture is a caption; a headline about a photo is not.
        assertThat(BlockCleaner.isHeaderCaption("DeOrr Kunz Jr. (Photo: provided by the family)")).isTrue();
        assertThat(BlockCleaner.isHeaderCaption("Donald Trump before opening the Nasdaq on September 20, 2005. Michael Nagle/Getty Images")).isTrue();
        assertThat(BlockCleaner.isHeaderCaption("House Minority Leader Nancy Pelosi speaks. (Photo by Win McNamee/Getty Images)")).isTrue();
        assertThat(BlockCleaner.isHeaderCaption("Bernie Sanders liked what he heard. REUTERS/Jonathan Ernst")).isTrue();
        assertThat(BlockCleaner.isHeaderCaption("The Bluefin-21 is hoisted aboard the Ocean Shield. (U.S. Navy / Getty Images / )")).isTrue();
        assertThat(BlockCleaner.isHeaderCaption("Image copyright AFP Image caption The man was known to French intelligence")).isTrue();
        assertThat(BlockCleaner.isHeaderCaption("Viral photo shows firefighter rescuing kitten from burning home")).isFalse();
        assertThat(BlockCleaner.isHeaderCaption("AC/DC Announce World Tour")).isFalse();
        // Leads that mention a slash, a photo or a caption are not captions.
        assertThat(BlockCleaner.isHeaderCaption("NEW YORK (CNN/Money) -- Stocks rallied on Tuesday as oil prices fell.")).isFalse();
        assertThat(BlockCleaner.isHeaderCaption("A new poll (CNN/ORC) shows the race tightening in Ohio.")).isFalse();
        assertThat(BlockCleaner.isHeaderCaption("Wind speeds reached 150 mph (240 km/h) as the storm made landfall.")).isFalse();
        assertThat(BlockCleaner.isHeaderCaption("The attacks of Sept. 11, 2001 (9/11) killed nearly 3,000 people.")).isFalse();
        assertThat(BlockCleaner.isHeaderCaption("She won the New Yorker cartoon caption contest on her first try.")).isFalse();
        // A long block is a lead, and is tried in linear time whatever it holds.
        assertThat(BlockCleaner.isHeaderCaption("(" + "a/".repeat(50_000))).isFalse();
    }

    @Test
    void leavesArticleSentencesThatMentionTheSameWords() {
        assertThat(BlockCleaner.furnitureReason("By Tuesday, the coalition said, most civilians had left the old city.")).isNull();
        assertThat(BlockCleaner.furnitureReason("Published in 1998, the book sold two million copies.")).isNull();
        assertThat(BlockCleaner.furnitureReason("<The Palace: Jang Noksu>")).isNull();
        assertThat(BlockCleaner.furnitureReason("More than 300 Indians were deported on October 18.")).isNull();
        assertThat(BlockCleaner.furnitureReason("Close to 90 percent of the city is now held by the SDF.")).isNull();
        assertThat(BlockCleaner.furnitureReason("By noon, the crowd had grown.")).isNull();
        assertThat(BlockCleaner.furnitureReason("By law, he must resign.")).isNull();
        assertThat(BlockCleaner.furnitureReason("More in sorrow than anger.")).isNull();
    }
}
