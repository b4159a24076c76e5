package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfold.Outcome;
import org.storyfold.TestData;
import org.storyfold.text.SentenceSplitter;

class RecurringParagraphRemoverTest {

    /** A notice of the kind an archive or a player prints on every page it serves, whatever the story. */
    private static final String NOTICE = "This page was saved by an automated archive service, which stores copies of "
            + "public pages as they were first published and serves them again when the original is gone.";

    private static final String[] STORIES = {
        "Home Depot shares fell sharply on Tuesday after the retailer cut its sales forecast for the year.\n\n"
                + "The company blamed lumber prices and a cold spring for weaker sales of garden supplies.",
        "A cat missing for five years in Portland has been found in Santa Fe, New Mexico, and reunited with its owner.\n\n"
                + "A microchip implanted by a veterinarian led shelter staff to the family within hours.",
        "The European Space Agency says astronauts put into hibernation would need far smaller spacecraft.\n\n"
                + "Engineers estimate that a crew module could shrink by a third on a voyage to Mars.",
        "Britain's Conservative Party was accused of trying to deceive voters during a televised debate.\n\n"
                + "Its press office renamed an account to look like a fact-checking service for the evening."};

    private static final String WIRE_LEAD = "Dozens of Islamic State group fighters have surrendered in their former "
            + "Syrian stronghold of Raqa, the US-led coalition said on Saturday, as the fall of the city nears.";
    private static final String WIRE_MORE = "In June, the US-backed Syrian Democratic Forces broke into Raqa, and since "
            + "then they have captured around 90 percent of the city.";
    private static final String WIRE_END = "Local officials have been negotiating the exit of civilians still "
            + "trapped in the old city, a spokesman for the alliance said.";

    private final RecurringParagraphRemover remover = new RecurringParagraphRemover();

    @Test
    void takesOutAParagraphThatArticlesWithUnrelatedTextPrint() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(article("s" + i, STORIES[i] + "\n\n" + NOTICE));
        }
        articles.add(article("s3", STORIES[3]));
        List<Outcome<Article>> cleaned = remover.clean(articles);
        for (int i = 0; i < 3; i++) {
            Article a = ok(cleaned.get(i));
            assertThat(a.text()).isEqualTo(STORIES[i]);
            assertThat(a.removed()).containsExactly(new RemovedLine(NOTICE, "recurs across unrelated articles"));
            assertThat(a.sentences()).hasSize(2);
        }
        assertThat(ok(cleaned.get(3))).isSameAs(articles.get(3));
    }

    @Test
    void keepsAParagraphThatOnlyTwoUnrelatedArticlesPrint() {
        List<Article> articles = List.of(article("s0", STORIES[0] + "\n\n" + NOTICE),
                article("s1", STORIES[1] + "\n\n" + NOTICE), article("s2", STORIES[2]));
        assertThat(remover.clean(articles)).extracting(RecurringParagraphRemoverTest::ok).isEqualTo(articles);
    }

    @Test
    void keepsTheParagraphsThatCopiesOfAWireStoryShare() {
        List<Article> articles = List.of(
                article("afp", WIRE_LEAD + "\n\n" + WIRE_MORE + "\n\n" + WIRE_END),
                article("reprint", WIRE_LEAD + "\n\n" + WIRE_MORE),
                article("edited", WIRE_LEAD + "\n\n" + WIRE_MORE + "\n\nThe city was the group's de facto capital."),
                article("excerpt", WIRE_LEAD + "\n\n" + WIRE_END),
                article("other", STORIES[0]));
        assertThat(remover.clean(articles)).extracting(RecurringParagraphRemoverTest::ok).isEqualTo(articles);
    }

    @Test
    void keepsAStatementThatSeveralStoriesOnOneEventQuote() {
        String statement = "\"We will not allow the city to become a base for attacks again,\" the coalition said in a statement.";
        List<Article> articles = List.of(
                article("a", WIRE_LEAD + "\n\n" + statement + "\n\nFighters were seen leaving Raqa in buses overnight."),
                article("b", "The last Islamic State fighters in Raqa were negotiating a surrender with the Syrian "
                        + "Democratic Forces on Saturday.\n\n" + statement),
                article("c", statement + "\n\nThe coalition said the Syrian Democratic Forces held most of Raqa and "
                        + "that civilians trapped by the Islamic State fighters would be allowed to leave."));
        assertThat(remover.clean(articles)).extracting(RecurringParagraphRemoverTest::ok).isEqualTo(articles);
    }

    @Test
    void keepsAOneParagraphWireStoryReprintedWordForWord() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Article reprint = article("reprint" + i, WIRE_LEAD);
            articles.add(new Article(reprint.id(), reprint.source(), null, "IS fighters surrender as Raqa's fall nears",
                    null, "outlet" + i, null, null, reprint.text(), List.of(), List.of(), reprint.sentences()));
        }
        articles.add(article("other", STORIES[0]));
        List<Outcome<Article>> cleaned = remover.clean(articles);
        for (int i = 0; i < 4; i++) {
            assertThat(ok(cleaned.get(i)).text()).isEqualTo(WIRE_LEAD);
        }
    }

    @Test
    void rejectsPagesThatPrintNothingButTheRecurringParagraph() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(article("notice" + i, NOTICE));
        }
        articles.add(article("story", STORIES[0] + "\n\n" + NOTICE));
        List<Outcome<Article>> cleaned = remover.clean(articles);
        for (int i = 0; i < 3; i++) {
            assertThat(cleaned.get(i)).isEqualTo(Outcome.rejected("notice" + i + ".txt",
                    "not an article: every paragraph recurs across unrelated articles"));
        }
        assertThat(ok(cleaned.get(3)).text()).isEqualTo(STORIES[0]);
    }

    @Test
    void findsTheSameFurnitureWhateverTheInputOrder() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            articles.add(article("s" + i, STORIES[i] + "\n\n" + NOTICE));
        }
        articles.add(article("afp", WIRE_LEAD + "\n\n" + NOTICE + "\n\n" + WIRE_MORE));
        articles.add(article("reprint", WIRE_LEAD + "\n\n" + WIRE_MORE));
        List<String> expected = texts(remover.clean(articles));
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, random);
            List<String> got = texts(remover.clean(shuffled));
            for (int i = 0; i < shuffled.size(); i++) {
                assertThat(got.get(i)).isEqualTo(expected.get(articles.indexOf(shuffled.get(i))));
            }
        }
        assertThat(expected).noneMatch(t -> t.contains(NOTICE)).contains(WIRE_LEAD + "\n\n" + WIRE_MORE);
    }

    @Test
    void removesNothingFromTheSeeds() {
        List<Article> seeds = List.copyOf(TestData.seedArticles().values());
        assertThat(seeds).allSatisfy(a -> assertThat(a.removed()).extracting(RemovedLine::reason)
                .doesNotContain("recurs across unrelated articles"));
        assertThat(remover.clean(seeds)).extracting(RecurringParagraphRemoverTest::ok).isEqualTo(seeds);
    }

    private static List<String> texts(List<Outcome<Article>> outcomes) {
        return outcomes.stream().map(o -> ok(o).text()).toList();
    }

    private static Article ok(Outcome<Article> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<Article>) outcome).value();
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", null, null, null, null, null, null, text, List.of(), List.of(),
                new SentenceSplitter().split(text));
    }
}
