package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates, datelines and credits as real pages print them. */
class MetadataFindersTest {

    @Test
    void readsDateLinesInTheFormsNewsPagesUse() {
        assertThat(DateFinder.dateLine("Updated 14 October 2017")).contains(LocalDate.of(2017, 10, 14));
        assertThat(DateFinder.dateLine("14 November 2017")).contains(LocalDate.of(2017, 11, 14));
        assertThat(DateFinder.dateLine("Published on October 3, 2019 at 10:42 am GMT")).contains(LocalDate.of(2019, 10, 3));
        assertThat(DateFinder.dateLine("Sat, 14 Oct 2017")).contains(LocalDate.of(2017, 10, 14));
        assertThat(DateFinder.dateLine("Raqqa fell on 17 October 2017 after a long siege")).isEmpty();
    }

    @Test
    void readsMonthNamesOfMoreLanguages() {
        // Romanian (a Moldovan news site), Polish and Czech genitives, Dutch, Turkish.
        assertThat(DateFinder.dateLine("duminică, 20 septembrie 2020 16:20")).isEmpty(); // a weekday word
        assertThat(DateFinder.fullDate("duminică, 20 septembrie 2020 16:20")).contains(LocalDate.of(2020, 9, 20));
        assertThat(DateFinder.fullDate("Publicat: 3 noiembrie 2021")).contains(LocalDate.of(2021, 11, 3));
        assertThat(DateFinder.fullDate("12 października 2022, 14:05")).contains(LocalDate.of(2022, 10, 12));
        assertThat(DateFinder.fullDate("5. května 2021")).contains(LocalDate.of(2021, 5, 5));
        assertThat(DateFinder.fullDate("Gepubliceerd op 7 maart 2023")).contains(LocalDate.of(2023, 3, 7));
        assertThat(DateFinder.fullDate("14 Şubat 2020 Cuma")).contains(LocalDate.of(2020, 2, 14));
        // "listopada" is November in Polish but October in Croatian: no month at all.
        assertThat(DateFinder.fullDate("3 listopada 2021")).isEmpty();
    }

    @Test
    void tellsAnUpdateLineFromAPublicationLine() {
        assertThat(DateFinder.isUpdateLine("Article mis à jour le 7 janvier 2020.")).isTrue();
        assertThat(DateFinder.isUpdateLine("Aktualisiert am 12.11.2021, 10:04 Uhr")).isTrue();
        assertThat(DateFinder.isUpdateLine("Updated: Nov. 18, 2019 7:04 pm ET")).isTrue();
        assertThat(DateFinder.isUpdateLine("Par Loïc Le Clerc | 30 septembre 2018")).isFalse();
        assertThat(DateFinder.isUpdateLine("Veröffentlicht am 21.01.2022")).isFalse();
    }

    @Test
    void parsesMetadataDates() {
        assertThat(DateFinder.parse("2017-10-14T09:30:00+02:00")).contains(LocalDate.of(2017, 10, 14));
        assertThat(DateFinder.parse("Sat, 14 Oct 2017 10:00:00 GMT")).contains(LocalDate.of(2017, 10, 14));
        assertThat(DateFinder.parse("2017-10-14")).contains(LocalDate.of(2017, 10, 14));
        assertThat(DateFinder.parse("yesterday")).isEmpty();
        assertThat(DateFinder.parse("2017-02-30")).isEmpty();
    }

    @Test
    void infersTheYearOfAWeekdayDateFromTheYearsTheTextMentions() {
        String lead = "the US-led coalition said Saturday, October 14, as the fall nears.";
        assertThat(DateFinder.weekdayDate(lead, "IS captured Raqa in 2014.")).contains(LocalDate.of(2017, 10, 14));
        assertThat(DateFinder.weekdayDate(lead, "No year anywhere.")).isEmpty();
        assertThat(DateFinder.weekdayDate("on Friday, 13 October", "in 2017")).contains(LocalDate.of(2017, 10, 13));
    }

    @Test
    void findsDatelinesWithRegionsSlashesAndAgencies() {
        assertThat(DatelineFinder.find("KOBANE, Syria – Dozens of fighters")).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("KOBANE, Syria");
            assertThat(d.agency()).isNull();
        });
        assertThat(DatelineFinder.find("KOBANE/BEIRUT: Dozens of Daesh")).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("KOBANE/BEIRUT"));
        assertThat(DatelineFinder.find("KOBANE (AFP) – Talks on the safe exit")).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("KOBANE");
            assertThat(d.agency()).isEqualTo("AFP");
        });
        assertThat(DatelineFinder.find("WASHINGTON, Oct 14 (Reuters) - The U.S. said")).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("WASHINGTON");
            assertThat(d.agency()).isEqualTo("Reuters");
        });
        assertThat(DatelineFinder.find("US-led coalition strikes have dropped off.")).isEmpty();
        assertThat(DatelineFinder.find("IS captured Raqa in 2014 - seizing it")).isEmpty();
    }

    @Test
    void findsCreditsButNotMentions() {
        assertThat(CreditFinder.creditLine("Agence France-Presse")).contains("AFP");
        assertThat(CreditFinder.creditLine("By Reuters Staff")).contains("Reuters");
        assertThat(CreditFinder.creditLine("The Associated Press")).contains("AP");
        assertThat(CreditFinder.creditLine("ap")).isEmpty();
        assertThat(CreditFinder.trailingCredit("reporting no air raids on Friday. — AFP")).hasValueSatisfying(c -> assertThat(c.agency()).isEqualTo("AFP"));
        assertThat(CreditFinder.trailingCredit("reporting no air raids on Friday. (Reuters)")).hasValueSatisfying(c -> assertThat(c.agency()).isEqualTo("Reuters"));
        assertThat(CreditFinder.trailingCredit("An SDF military source told AFP")).isEmpty();
        assertThat(CreditFinder.trailingCredit("he said in response to questions from AFP.")).isEmpty();
    }

    @Test
    void tellsCaptionsFromArticleSentences() {
        assertThat(BlockCleaner.isCaption("This frame grab from a video provided on Friday shows a Syrian woman. (AP)")).isTrue();
        assertThat(BlockCleaner.isCaption("A file picture taken on June 5 shows fighters near Raqa.")).isTrue();
        assertThat(BlockCleaner.isCaption("Photo: Reuters")).isTrue();
        assertThat(BlockCleaner.isCaption("The coalition said foreign fighters would not be allowed to leave the city.")).isFalse();
    }
}
