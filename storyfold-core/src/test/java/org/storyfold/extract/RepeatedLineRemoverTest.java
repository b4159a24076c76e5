package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedLineRemoverTest {

    private static final String PITCH = "Sign up for The Daily Brief, our free newsletter with the stories you need.";

    @Test
    void takesOutAParagraphAnOutletRepeatsAcrossItsArticles() {
        List<Article> articles = new ArrayList<>();
        String[] leads = {
            "Dozens of Islamic State group fighters have surrendered in Raqa, the coalition said.",
            "The European Space Agency says hibernating astronauts would need smaller spacecraft.",
            "Home Depot shares fell after the retailer cut its sales forecast for the year.",
            "A cat missing for five years in Portland has been found in Santa Fe, New Mexico.",
            "Britain's Conservative Party was accused of trying to deceive voters during a debate."};
        for (int i = 0; i < leads.length; i++) {
            articles.add(article("a" + i, "Example News", leads[i] + "\n\nA second paragraph of story " + i + ".\n\n" + PITCH));
        }
        articles.add(article("other", "Other Times", leads[0] + "\n\n" + PITCH));
        List<Article> cleaned = new RepeatedLineRemover().clean(articles);
        for (int i = 0; i < leads.length; i++) {
            assertThat(cleaned.get(i).text()).startsWith(leads[i]).doesNotContain(PITCH);
            assertThat(cleaned.get(i).removed()).contains(new RemovedLine(PITCH, "repeated across the outlet"));
            assertThat(cleaned.get(i).sentences()).hasSize(2);
        }
        assertThat(cleaned.get(leads.length).text()).contains(PITCH);
    }

    @Test
    void neverStripsAStoryAnOutletPrintedSeveralTimes() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            articles.add(article("copy" + i, "Example News",
                    "Dozens of Islamic State group fighters have surrendered in Raqa.\n\nTalks on a safe exit were under way."));
        }
        assertThat(new RepeatedLineRemover().clean(articles)).isEqualTo(articles);
    }

    private static Article article(String id, String outlet, String text) {
        return new Article(id, id + ".html", null, null, null, outlet, null, null, text, List.of(), List.of(),
                new org.storyfold.text.SentenceSplitter().split(text));
    }
}
