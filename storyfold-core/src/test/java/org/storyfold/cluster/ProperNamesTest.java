package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.extract.Article;

class ProperNamesTest {

    private static List<String> surfaces(String text) {
        return ProperNames.find(text).stream().map(ProperNames.Name::surface).toList();
    }

    @Test
    void findsMultiWordNamesJoinedBySmallWords() {
        assertThat(surfaces("Earlier, the Syrian Observatory for Human Rights said the Bank of England "
                + "and Abu Bakr al-Baghdadi were not involved."))
                .contains("Syrian Observatory", "Human Rights", "Bank of England", "Abu Bakr al-Baghdadi");
    }

    @Test
    void leavesOutTitlesCalendarWordsAndSentenceOpeners() {
        List<String> names = surfaces("Dozens of fighters surrendered on Saturday, October 14. "
                + "President Emmanuel Macron said Macron would visit. The talks went on.");
        assertThat(names).contains("Emmanuel Macron", "Macron")
                .doesNotContain("Dozens", "Saturday", "October", "President Emmanuel Macron", "The");
    }

    @Test
    void keepsASentenceOpenerThatTheTextAlsoCapitalisesMidSentence() {
        assertThat(surfaces("Raqa fell. Fighters left Raqa on buses.")).containsExactly("Raqa", "Raqa");
    }

    @Test
    void normalisesPossessivesAndDiacriticsInTheKey() {
        assertThat(ProperNames.find("They reached Raqa’s centre near São Paulo.")).extracting(ProperNames.Name::key)
                .containsExactly("raqa", "sao paulo");
    }

    @Test
    void findsTheActorsOfTheSeedStory() {
        Article a = TestData.seedArticles().get("001");
        assertThat(surfaces(a.text())).contains("US-backed Syrian Democratic Forces", "SDF", "Rami Abdel Rahman",
                "Raqa Civil Council", "Deir Ezzor");
    }

    @Test
    void readsTheWeekdayOfTheLeadElseOfTheDate() {
        Article seed003 = TestData.seedArticles().get("003");
        assertThat(LeadDay.of(seed003, null)).isEqualTo(1 << 2);
        Article noDay = org.storyfold.ArticleFixtures.article("x", "A quiet report about the harbour and its boats.");
        assertThat(LeadDay.of(noDay, null)).isZero();
        assertThat(LeadDay.of(noDay, LocalDate.of(2017, 10, 14))).isEqualTo(1 << 5);
        assertThat(LeadDay.gap(1 << 2, 1 << 5)).isEqualTo(3);
        assertThat(LeadDay.gap(1, 1 << 6)).isEqualTo(1);
        assertThat(LeadDay.gap(0, 1)).isEqualTo(-1);
    }
}
