package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.OriginalOrder;
import org.storyfold.extract.Article;

/**
 * A wire story printed by five outlets, and one outlet's own report of the same event: the five
 * prints are one source, the own report a second, and the brief says so everywhere it counts.
 */
class IndependentSourcesTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 8);
    private static final String[] OUTLETS = {"Gazette", "Courier", "Herald", "Tribune", "Chronicle"};
    private static final String WIRE = """
            Floodwaters forced more than 2,000 residents from their homes in the river town of Delmont on Wednesday, \
            the regional emergency agency said.
            The river rose above its banks before dawn after three days of heavy rain across the northern valley.
            Rescue crews used boats to reach families stranded on rooftops in the lower districts of the town.
            Emergency shelters were opened in two schools and a sports hall on the eastern edge of Delmont.
            The agency warned that more rain was expected on Thursday and that the water could rise further.
            Power was cut to several neighbourhoods as a precaution, the local utility company said in a statement.
            Mayor Anna Lint said the town had not seen flooding on this scale for more than forty years.
            """;
    private static final String OWN_REPORT = """
            Water poured through the streets of Delmont on Wednesday as the river burst its banks.
            Mayor Anna Lint said the town had not seen flooding on this scale in more than four decades.
            Our reporter saw volunteers carrying elderly residents to dry ground near the old bridge.
            Shop owners along the main street stacked sandbags against their doors by mid morning.
            """;

    private static List<Article> story;
    private static List<DuplicateGroup> copies;
    private static Brief brief;

    @BeforeAll
    static void briefFivePrintsOfOneDispatchAndAnOwnReport() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < OUTLETS.length; i++) {
            // Each outlet prints the dispatch with a small edit of its own, as reprints do.
            String text = WIRE.replace("the local utility company", i % 2 == 0 ? "the local utility" : "the utility firm");
            articles.add(article("wire" + i, "Floods force 2,000 from homes in Delmont", DAY, OUTLETS[i], "AFP", text));
        }
        articles.add(article("own", "Delmont under water", DAY.plusDays(1), "Valley Post", null, OWN_REPORT));
        story = articles.stream().sorted(OriginalOrder.LIKELY_ORIGINAL_FIRST).toList();
        copies = new Storyfold(StoryfoldConfig.defaults()).duplicates(story);
        brief = new ExtractiveBriefer(BriefConfig.defaults()).brief(story, copies);
    }

    @Test
    void theFivePrintsAreOneSourceAndTheOwnReportAnother() {
        assertThat(copies).as("dedup groups the five prints").anySatisfy(g -> assertThat(g.members()).hasSize(5));
        assertThat(brief.coverage().independentSources()).isEqualTo(2);
        assertThat(brief.coverage().sources()).extracting(IndependentSource::label)
                .containsExactlyInAnyOrder("one AFP dispatch, printed by 5 outlets", "one article (Valley Post)");
    }

    @Test
    void aFactStatedByTheDispatchAndTheOwnReportIsConfirmedByTwo() {
        CitedSentence mayor = brief.facts().stream().filter(f -> f.text().startsWith("Mayor Anna Lint")).findFirst()
                .orElseThrow();
        assertThat(mayor.sources()).hasSize(6);
        assertThat(mayor.independent()).isEqualTo(2);
        assertThat(mayor.confirmed()).isTrue();
        assertThat(brief.confirmed()).contains(mayor);
    }

    @Test
    void whatOnlyTheDispatchSaysRestsOnOneSourceHoweverManyPrintIt() {
        CitedSentence boats = brief.facts().stream().filter(f -> f.text().startsWith("Rescue crews used boats"))
                .findFirst().orElseThrow();
        assertThat(boats.sources()).hasSize(5);
        assertThat(boats.independent()).isEqualTo(1);
        assertThat(brief.singleSource()).contains(boats);
        assertThat(brief.confirmed()).doesNotContain(boats);
        assertThat(boats.origins()).singleElement().satisfies(o -> {
            assertThat(o.agency()).isEqualTo("AFP");
            assertThat(o.label()).isEqualTo("one AFP dispatch, printed by 5 outlets");
        });
    }

    @Test
    void noFactCountsMoreIndependentSourcesThanCopyGroupsAmongItsArticles() {
        for (CitedSentence f : brief.facts()) {
            List<String> stating = new ArrayList<>(f.sources());
            f.paraphrases().forEach(p -> stating.add(p.article()));
            long groups = stating.stream().map(id -> id.startsWith("wire") ? "wire" : id).distinct().count();
            assertThat(f.independent()).as(f.text()).isLessThanOrEqualTo((int) groups);
        }
    }

    @Test
    void everyPrintOfTheDispatchIsAWirePrintAndNoneTheOriginalOfAnother() {
        assertThat(brief.coverage().articles()).filteredOn(e -> e.article().startsWith("wire"))
                .hasSize(5).allSatisfy(e -> {
                    assertThat(e.role()).isEqualTo(Coverage.WIRE);
                    assertThat(e.copyOf()).isNull();
                    assertThat(e.credit()).isEqualTo("AFP");
                });
        assertThat(brief.coverage().articles()).filteredOn(e -> e.article().equals("own"))
                .singleElement().satisfies(e -> assertThat(e.role()).isEqualTo(Coverage.INDEPENDENT));
    }

    @Test
    void theFirstReportIsTheDayTheDispatchRanWithoutNamingOnePrintFirst() {
        Coverage.FirstReport first = brief.coverage().firstReported();
        assertThat(first.time()).isEqualTo(DAY);
        assertThat(first.article()).as("five prints share the day: the dates do not say which came first").isNull();
        assertThat(first.articles()).hasSize(5);
        assertThat(brief.coverage().lastUpdated()).isEqualTo(DAY.plusDays(1));
        assertThat(brief.coverage().articles()).extracting(Coverage.Entry::published).isSorted();
    }

    @Test
    void theNextDaysOwnReportLeadsTheHeadlineAndTheSummary() {
        assertThat(brief.headline()).isEqualTo("Delmont under water");
        assertThat(brief.summary().get(0).sources()).contains("own");
        assertThat(brief.summary().get(0).text()).startsWith("Water poured through the streets of Delmont");
    }
}
