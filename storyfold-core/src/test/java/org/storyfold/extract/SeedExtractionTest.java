package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.text.TextNormalizer;

/** The foundation's promises on the user's five seed articles. */
class SeedExtractionTest {

    private static Map<String, Article> seeds;

    @BeforeAll
    static void extract() {
        seeds = TestData.seedArticles();
    }

    @Test
    void readsFiveArticlesWithFileStemsAsIds() {
        assertThat(seeds.values()).extracting(Article::id).containsExactly(
                "000_474674fb51d8608a", "001_58b2e9f6377aac77", "002_e879aae13f05d629",
                "003_981cc2d0e73f219a", "004_caf3c2726321cc26");
    }

    @Test
    void dropsEveryNamedFurnitureLineAndKeepsItInRemoved() {
        assertFurniture("001", "Add a comment", "comment widget");
        assertFurniture("001", "Sort by", "comment widget");
        assertFurniture("001", "There are no comments yet. Add your comment to start the conversation.", "comment widget");
        assertFurniture("001", "This is AI generated summarization, which may have errors. For context, always refer to the full article.", "AI-summary banner");
        assertFurniture("001", "Summarize this article with AI", "AI-summary banner");
        assertFurniture("003", "Related Posts you may like", "related links");
        assertFurniture("004", "search domain-b", "site search box");
        assertFurniture("002", "Ƶ", "stray characters");
        assertFurniture("002", "Daesh on the run as stronghold Raqqa’s fall nears", "repeated title");
        assertFurniture("001", "Dozens of IS fighters surrender as Raqa’s fall nears", "repeated title");
        assertThat(removed("002")).anySatisfy(r -> {
            assertThat(r.reason()).isEqualTo("photo caption");
            assertThat(r.text()).startsWith("This frame grab from a video");
        });
        assertThat(seeds.get("002").text()).doesNotContain("frame grab");
    }

    @Test
    void titleAppearsOnceAsTitleNotInText() {
        for (Article a : seeds.values()) {
            assertThat(a.text()).as(a.id()).doesNotContain(a.title());
        }
    }

    @Test
    void losesNoSentenceOfAnyArticle() throws IOException {
        TextNormalizer normalizer = new TextNormalizer();
        try (Stream<Path> files = Files.list(TestData.seeds())) {
            for (Path file : files.sorted().toList()) {
                Article a = seeds.get(file.getFileName().toString().substring(0, 3));
                String original = normalizer.normalize(Files.readString(file)).text();
                for (String line : original.split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    boolean accounted = a.text().contains(line)
                            || a.removed().stream().anyMatch(r -> r.text().equals(line))
                            || piecesAccounted(a, line);
                    assertThat(accounted).as("%s: line lost: %s", a.id(), line).isTrue();
                }
            }
        }
    }

    /** A line split into a dateline or credit (removed) and text (kept). */
    private static boolean piecesAccounted(Article a, String line) {
        for (RemovedLine r : a.removed()) {
            if (line.startsWith(r.text()) && a.text().contains(line.substring(r.text().length()).strip())) {
                return true;
            }
            if (line.endsWith(r.text()) && a.text().contains(line.substring(0, line.length() - r.text().length()).strip())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void findsTitlesOfAllFive() {
        assertThat(seeds.get("000").title()).isEqualTo("IS fighters surrender as Raqa’s fall nears");
        assertThat(seeds.get("001").title()).isEqualTo("Dozens of IS fighters surrender as Raqa’s fall nears");
        assertThat(seeds.get("002").title()).isEqualTo("Daesh on the run as stronghold Raqqa’s fall nears");
        assertThat(seeds.get("003").title()).isEqualTo("With IS surrounded, talks held on civilian exit from Raqa");
        assertThat(seeds.get("004").title()).isEqualTo("ISIS fighters get safe passage from Raqqa under US-brokered deal");
    }

    @Test
    void findsPublishedDatesAsPrinted() {
        assertThat(seeds.get("002").published()).isEqualTo(LocalDate.of(2017, 10, 14));
        assertThat(seeds.get("004").published()).isEqualTo(LocalDate.of(2017, 11, 14));
    }

    @Test
    void findsAgencyCreditsButNotMentions() {
        assertThat(List.of("000", "001", "003")).allSatisfy(id -> assertThat(seeds.get(id).credit()).as(id).isEqualTo("AFP"));
        // 002's only "(AP)" closes a photo caption and 004 only says "told Agence France-Presse".
        assertThat(seeds.get("002").credit()).isNull();
        assertThat(seeds.get("004").credit()).isNull();
        assertThat(seeds.get("000").text()).doesNotEndWith("AFP");
    }

    @Test
    void findsDatelinesAndTakesThemOutOfTheText() {
        assertThat(seeds.get("001").dateline()).isEqualTo("KOBANE, Syria");
        assertThat(seeds.get("002").dateline()).isEqualTo("KOBANE/BEIRUT");
        assertThat(seeds.get("003").dateline()).isEqualTo("KOBANE");
        assertThat(seeds.get("002").text()).startsWith("Dozens of Daesh terrorists have surrendered");
        assertThat(seeds.get("003").text()).startsWith("Talks on the safe exit of civilians");
    }

    @Test
    void repairsApostrophesLostAsNoBreakSpacesAndSaysSo() {
        Article a = seeds.get("003");
        assertThat(a.text()).contains("trapped in Syria’s Raqa").doesNotContain("Syria s");
        assertThat(a.repairs()).singleElement().asString().contains("apostrophe");
        assertThat(seeds.get("000").repairs()).isEmpty();
    }

    @Test
    void dropsStrayTrailingDash() {
        assertThat(seeds.get("001").text()).endsWith("in the Euphrates River valley.");
    }

    @Test
    void cutsSentencesWithinParagraphs() {
        Article a = seeds.get("000");
        assertThat(a.sentences()).hasSize(19);
        assertThat(a.sentences().get(0).text()).startsWith("Dozens of IS fighters have surrendered");
        a.sentences().forEach(s -> assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    private static List<RemovedLine> removed(String id) {
        return seeds.get(id).removed();
    }

    private static void assertFurniture(String id, String line, String reason) {
        Article a = seeds.get(id);
        assertThat(a.text()).as("%s text", id).doesNotContain(line);
        assertThat(a.removed()).as("%s removed", id).contains(new RemovedLine(line, reason));
    }
}
