package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.TestData;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.OriginalOrder;
import org.storyfold.extract.Article;
import org.storyfold.text.Sentence;

/** The brief of the seed story holds what a reader should learn from the five articles at a glance. */
class SeedBriefTest {

    private static Map<String, Article> seeds;
    private static List<Article> story;
    private static Brief brief;

    @BeforeAll
    static void briefTheSeedsWithTheirCopies() {
        seeds = TestData.seedArticles();
        story = seeds.values().stream().sorted(OriginalOrder.LIKELY_ORIGINAL_FIRST).toList();
        List<DuplicateGroup> copies = new Storyfold(StoryfoldConfig.defaults()).duplicates(story);
        brief = new ExtractiveBriefer(BriefConfig.defaults()).brief(story, copies);
    }

    @Test
    void aboutAHundredFightersSurrenderedPerTheCoalitionAsSeveralOutletsCarryIt() {
        List<Figure> hundred = brief.figures().stream()
                .filter(f -> f.value().matches("(?i)(approximately|around|about) 100") && f.subject().contains("surrender")
                        && f.speaker() != null && f.speaker().contains("coalition"))
                .toList();
        assertThat(hundred).extracting(Figure::source).contains(id("000"), id("001"), id("004"));
        CitedSentence fact = brief.facts().stream().filter(c -> c.text().contains("approximately 100")).findFirst().orElseThrow();
        assertThat(stating(fact)).contains(id("000"), id("001"), id("004"));
        assertThat(fact.independent()).as("004 words it itself, but it reprints sentences of 001: one source")
                .isEqualTo(1);
        assertThat(fact.confirmed()).isFalse();
    }

    @Test
    void noFactRestingOnlyOnTheAfpPrintsIsConfirmed() {
        java.util.Set<String> afp = Set.of(id("000"), id("001"), id("002"));
        for (CitedSentence f : brief.facts()) {
            if (afp.containsAll(stating(f))) {
                assertThat(f.independent()).as(f.text()).isEqualTo(1);
                assertThat(brief.confirmed()).doesNotContain(f);
            }
        }
        assertThat(brief.coverage().articles()).filteredOn(e -> afp.contains(e.article()))
                .allSatisfy(e -> assertThat(e.role()).as("no AFP print is the original of another")
                        .isEqualTo(Coverage.WIRE));
    }

    @Test
    void nuriMahmudDeniesADeal() {
        Quote denial = brief.quotes().stream().filter(q -> q.speaker().equals("Nuri Mahmud") && q.text().contains("deal"))
                .findFirst().orElseThrow();
        assertThat(denial.kind()).isEqualTo(Quote.DENIED);
        assertThat(denial.verb()).isEqualTo("denied");
    }

    @Test
    void everySourceSaysTheSdfHoldsAboutNinetyPercent() {
        CitedSentence first = brief.facts().get(0);
        assertThat(first.text()).contains("90");
        assertThat(first.sources()).containsExactlyInAnyOrderElementsOf(seeds.values().stream().map(Article::id).toList());
        assertThat(brief.figures().stream().filter(f -> f.value().matches(".*\\b90\\b.*")).map(Figure::source).distinct())
                .hasSize(5);
        assertThat(brief.conflicts()).allSatisfy(c -> assertThat(c.claims()).noneMatch(cl -> cl.value().matches(".*\\b90\\b.*")));
    }

    @Test
    void theFightersStillInsideDifferBySource() {
        assertThat(brief.conflicts()).hasSize(1);
        Conflict c = brief.conflicts().get(0);
        assertThat(c.label()).isEqualTo("fighters remaining in Raqa");
        assertThat(c.differsBy()).as("003 is undated: its claim differs by source, no date shows a change")
                .containsExactly("source");
        assertThat(c.claims()).noneMatch(cl -> cl.value().contains("150"));
        Conflict.Claim coalition = claim(c, "300");
        assertThat(coalition.values()).as("one claim however it is written").contains("300 to 400", "300-400");
        assertThat(coalition.speakers()).allSatisfy(s -> assertThat(s).contains("coalition"));
        assertThat(claim(c, "up to 500").speaker()).isEqualTo("Omar Alloush");
        Conflict.Claim sdf = claim(c, "between 600 and 700");
        assertThat(sdf.value()).as("the wounded are counted apart").doesNotContain("800");
        assertThat(sdf.speaker()).isEqualTo("Jihan Sheikh Ahmed");
        assertThat(sdf.affiliation()).isEqualTo("Syrian Democratic Forces");
        assertThat(sdf.date()).as("003 states no date of its own").isNull();
        assertThat(c.spread().low()).isEqualTo(400);
        assertThat(c.spread().high()).isEqualTo(600);
    }

    @Test
    void upTo150ForeignJihadistsIsACountOfItsOwn() {
        assertThat(brief.figures()).filteredOn(f -> f.value().equals("up to 150")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.label()).matches("foreign (jihadists|militants) remaining in Raqa"));
    }

    @Test
    void quotesNuriMahmudOnDaeshBeingFinished() {
        Quote q = brief.quotes().stream().filter(x -> x.text().contains("Daesh is on the verge of being finished in Raqa"))
                .findFirst().orElseThrow();
        assertThat(q.speaker()).isEqualTo("Nuri Mahmud");
        assertThat(q.kind()).isEqualTo(Quote.DIRECT);
        assertThat(q.sources()).containsExactly(id("001"));
    }

    @Test
    void resolvesHeSaidToTheSpeakerBeforeAndMergesPrintingsOfOneQuote() {
        Quote q = brief.quotes().stream().filter(x -> x.text().startsWith("Those that surrendered are local")).findFirst()
                .orElseThrow();
        assertThat(q.speaker()).isEqualTo("Raqa official");
        assertThat(q.sources()).containsExactlyInAnyOrder(id("000"), id("001"), id("002"));
        assertThat(q.variants()).hasSizeGreaterThanOrEqualTo(2);
        Quote abdel = brief.quotes().stream().filter(x -> x.text().startsWith("The foreign fighters are asking")).findFirst()
                .orElseThrow();
        assertThat(abdel.speaker()).isEqualTo("Rami Abdel Rahman");
    }

    @Test
    void theTimelineResolvesRelativeDatesAgainstEachArticle() {
        assertThat(entry("on Saturday", "Raqa official told AFP").date()).isEqualTo("2017-10-14");
        assertThat(entry("on Saturday", "A convoy left").date()).as("004 read at its content's date").isEqualTo("2017-10-14");
        assertThat(brief.timeline()).as("003 states no date: its relative dates resolve against nothing")
                .noneMatch(t -> t.expression().equals("Late Tuesday") || t.expression().equals("earlier this year"));
        assertThat(entry("In June", "In June").date()).isEqualTo("2017-06");
        assertThat(entry("over the past five days", "five days").date()).isEqualTo("2017-10-09/2017-10-14");
        List<String> dates = brief.timeline().stream().map(t -> t.date().substring(0, Math.min(10, t.date().length()))).toList();
        assertThat(dates).isSorted();
    }

    @Test
    void threeOfTheFiveArticlesAreOneAfpStoryAndCountOnce() {
        CitedSentence lead = brief.facts().stream().filter(c -> c.text().startsWith("Dozens of Islamic State (IS) group"))
                .findFirst().orElseThrow();
        assertThat(lead.sources()).containsExactlyInAnyOrder(id("000"), id("001"), id("002"));
        assertThat(lead.independent()).isEqualTo(1);
    }

    @Test
    void flagsTheArticlePrintedAMonthAfterItsContent() {
        assertThat(brief.misdated()).hasSize(1);
        Misdated m = brief.misdated().get(0);
        assertThat(m.article()).isEqualTo(id("004"));
        assertThat(m.stated()).hasToString("2017-11-14");
        assertThat(m.content()).hasToString("2017-10-14");
    }

    @Test
    void mergesTheNamesOutletsUseForOneEntity() {
        assertThat(names("Islamic State")).contains("IS", "ISIS", "Daesh");
        assertThat(names("Raqa")).contains("Raqqa");
        assertThat(names("Rami Abdel Rahman")).contains("Rami Abdurrahman", "Abdel Rahman");
        assertThat(names("Syrian Democratic Forces")).contains("SDF");
        assertThat(names("Syrian Observatory for Human Rights")).contains("Observatory");
        assertThat(entity("Rami Abdel Rahman").type()).isEqualTo(Entity.PERSON);
        assertThat(entity("Raqa").type()).isEqualTo(Entity.PLACE);
        assertThat(entity("Syrian Democratic Forces").type()).isEqualTo(Entity.ORGANISATION);
        assertThat(brief.entities()).noneMatch(e -> e.name().equals("Syrian") || e.name().equals("Saturday"));
    }

    @Test
    void everyTextOfTheBriefIsPrintedByTheArticlesItCites() {
        for (Quote q : brief.quotes()) {
            assertThat(text(q.sources().get(0))).contains(q.text());
            for (Quote.Variant v : q.variants()) {
                v.sources().forEach(id -> assertThat(text(id)).contains(v.text()));
            }
        }
        for (Figure f : brief.figures()) {
            assertThat(sentences(f.source())).contains(f.text());
            assertThat(f.text()).contains(f.value().split(" \\+ ")[0]);
        }
        for (Conflict c : brief.conflicts()) {
            c.claims().forEach(cl -> assertThat(sentences(cl.sources().get(0))).contains(cl.text()));
        }
        for (TimelineEntry t : brief.timeline()) {
            assertThat(t.sources().stream().anyMatch(id -> sentences(id).contains(t.text()))).as(t.text()).isTrue();
            assertThat(t.text()).contains(t.expression());
        }
        List<CitedSentence> cited = new ArrayList<>(brief.summary());
        cited.addAll(brief.facts());
        for (CitedSentence c : cited) {
            c.paraphrases().forEach(p -> assertThat(sentences(p.article())).contains(p.text()));
        }
    }

    private static Conflict.Claim claim(Conflict c, String value) {
        return c.claims().stream().filter(cl -> cl.value().contains(value)).findFirst().orElseThrow();
    }

    private static TimelineEntry entry(String expression, String textPart) {
        return brief.timeline().stream().filter(t -> t.expression().equals(expression) && t.text().contains(textPart))
                .findFirst().orElseThrow(() -> new AssertionError("no timeline entry '" + expression + "' with " + textPart));
    }

    private static Entity entity(String name) {
        return brief.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> names(String name) {
        return new HashSet<>(entity(name).aliases());
    }

    private static Set<String> stating(CitedSentence c) {
        Set<String> all = new HashSet<>(c.sources());
        c.paraphrases().forEach(p -> all.add(p.article()));
        return all;
    }

    private static String id(String prefix) {
        return seeds.get(prefix).id();
    }

    private static String text(String id) {
        return story.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().text();
    }

    private static List<String> sentences(String id) {
        return story.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().sentences().stream()
                .map(Sentence::text).toList();
    }
}
