package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes keep who said them, the verb they were said with, and whether the speaker denied them. */
class QuoteFinderTest {

    @Test
    void aDenialStaysADenial() {
        Brief brief = brief("The defence minister denied that the army had withdrawn from the northern border.");
        assertThat(brief.quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.DENIED);
            assertThat(q.verb()).isEqualTo("denied");
            assertThat(q.contradicts()).isTrue();
            assertThat(q.text()).isEqualTo("the army had withdrawn from the northern border");
        });
    }

    @Test
    void aRejectionIsADispute() {
        Brief brief = brief("The ministry rejected claims that soldiers had fired on the crowd near the station.");
        assertThat(brief.quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.DISPUTED);
            assertThat(q.verb()).isEqualTo("rejected");
        });
    }

    @Test
    void whatASpeakerDidNotSayIsNotQuoted() {
        Brief brief = brief("The police spokesman did not confirm that three officers had been injured in the clashes.");
        assertThat(brief.quotes()).isEmpty();
    }

    @Test
    void keepsTheVerbOfReportedSpeechAndNegationInsideTheWords() {
        Brief brief = brief("The mayor said the bridge would not reopen before the end of the month.");
        assertThat(brief.quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.REPORTED);
            assertThat(q.verb()).isEqualTo("said");
            assertThat(q.text()).contains("would not reopen");
        });
    }

    private static Brief brief(String text) {
        return new ExtractiveBriefer(BriefConfig.defaults()).brief(List.of(article("a", text)));
    }
}
