package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.extract.Article;

/** Stories that are thin, empty or full of numbers that count nothing: briefed without a crash or a false conflict. */
class BadInputBriefTest {

    private final ExtractiveBriefer briefer = new ExtractiveBriefer(BriefConfig.defaults());

    @Test
    void briefsAStoryOfOneArticleWithoutConflicts() {
        Brief b = briefer.brief(List.of(article("solo", "Flood", LocalDate.of(2021, 7, 16),
                "At least 40 people were killed in the floods on Thursday, police said. Officials later said "
                        + "the toll had risen. Around 1,300 people remain missing, the district government said.")));
        assertThat(b.conflicts()).isEmpty();
        assertThat(b.facts()).isEmpty();
        assertThat(b.figures()).extracting(Figure::value).contains("At least 40", "Around 1,300");
        assertThat(b.timeline()).extracting(TimelineEntry::date).contains("2021-07-15");
    }

    @Test
    void briefsArticlesWithNoSentences() {
        Brief b = briefer.brief(List.of(article("empty", ""), article("blank", "   \n\n  "), article("dots", "... ... ...")));
        assertThat(b.summary()).isEmpty();
        assertThat(b.entities()).isEmpty();
        assertThat(b.figures()).isEmpty();
        assertThat(b.conflicts()).isEmpty();
        assertThat(b.timeline()).isEmpty();
        assertThat(b.misdated()).isEmpty();
    }

    @Test
    void numbersInsideWebAddressesAreNoFigures() {
        Brief b = briefer.brief(List.of(
                article("a", "The report at https://example.org/2021/300-people-killed-report.html was published on "
                        + "Monday. Officials said 40 people were killed in the attack."),
                article("b", "Officials said 40 people were killed in the attack, according to www.example.com/news/900-killed "
                        + "and @reporter500.")));
        assertThat(b.figures()).extracting(Figure::value).containsOnly("40");
        assertThat(b.conflicts()).isEmpty();
    }

    @Test
    void tablesOfFiguresMakeNoConflicts() {
        Brief b = briefer.brief(List.of(
                article("table1", "League table after round 10.\nArsenal 10 7 2 1 23\nChelsea 10 6 2 2 20\n"
                        + "Liverpool 10 5 3 2 18"),
                article("table2", "League table after round 11.\nArsenal 11 8 2 1 26\nChelsea 11 6 3 2 21\n"
                        + "Liverpool 11 6 3 2 21")));
        assertThat(b.conflicts()).isEmpty();
        assertThat(b.figures()).isEmpty();
    }

    @Test
    void differentTimesOfOneEventAreNoConflict() {
        Brief b = briefer.brief(List.of(
                article("week", "Up to 1,500 civilians have fled the city in the past week, officials said."),
                article("day", "More than 400 civilians fled the city on Tuesday, a spokesman said.")));
        assertThat(b.conflicts()).isEmpty();
    }

    @Test
    void setsIncompatibleTollsFromTwoSourcesSideBySide() {
        Brief b = briefer.brief(List.of(
                article("police", "Blast", LocalDate.of(2022, 3, 2),
                        "Forty people were killed in the blast near the market, police said."),
                article("ministry", "Blast", LocalDate.of(2022, 3, 2),
                        "The health ministry said 95 people were killed in the blast near the market.")));
        assertThat(b.conflicts()).hasSize(1);
        Conflict c = b.conflicts().get(0);
        assertThat(c.claims()).extracting(Conflict.Claim::value).containsExactlyInAnyOrder("Forty", "95");
        assertThat(c.claims()).extracting(Conflict.Claim::speaker).containsExactlyInAnyOrder("police", "health ministry");
        assertThat(c.differsBy()).containsExactly("source");
    }

    @Test
    void vagueAndCompatibleAmountsAreNoConflict() {
        Brief b = briefer.brief(List.of(
                article("a", "Dozens of people were killed in the blast, police said."),
                article("b", "Around 60 people were killed in the blast, officials said."),
                article("c", "Some 55 people were killed in the blast, a doctor said."),
                article("d", "At least 20 people were killed in the blast, a witness said."),
                article("e", "More than 50 people were killed in the blast, the governor said.")));
        assertThat(b.conflicts()).isEmpty();
        assertThat(b.figures()).hasSize(5);
    }

    @Test
    void survivesArticlesOfScrambledNewsWords() {
        String[] words = {"said", "told", "AFP", "“", "”", "\"", "''", "(", ")", "-", ",", ".", "up", "to", "150", "300-400",
            "1,500", "2.5", "between", "and", "dozens", "of", "Saturday", "late", "Tuesday", "in", "June", "2014",
            "the", "past", "five", "days", "he", "she", "Mr", "John", "Smith", "Council", "(JSC)", "per", "cent", "%",
            "https://x.org/9/12", "remain", "fled", "killed", "an", "additional", "earlier", "this", "week", "’s",
            "May", "March", "31", "October", "according", "number", "put", "at", "more", "than", "\n", "Twenty-five"};
        java.util.Random random = new java.util.Random(6);
        for (int round = 0; round < 20; round++) {
            List<Article> story = new java.util.ArrayList<>();
            for (int a = 0; a < 4; a++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 120; w++) {
                    text.append(words[random.nextInt(words.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
                }
                story.add(article("r" + round + "-" + a, "Junk", random.nextBoolean() ? LocalDate.of(2020, 1 + a, 28) : null,
                        text.toString()));
            }
            Brief b = briefer.brief(story);
            assertThat(b.summary()).allSatisfy(c -> assertThat(c.sources()).isNotEmpty());
        }
    }

    @Test
    void aLongStoryOfCopiesIsBriefedWhole() {
        String text = "Rescuers said 12 miners were trapped underground on Monday. The company said the 12 men had "
                + "food and water. Rescue teams from Chile and Peru joined the effort.";
        List<Article> copies = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> article("copy" + i, "Mine", LocalDate.of(2010, 8, 9), text)).toList();
        Brief b = briefer.brief(copies);
        assertThat(b.facts()).isNotEmpty().allSatisfy(f -> assertThat(f.sources()).hasSize(50));
        assertThat(b.conflicts()).isEmpty();
    }
}
