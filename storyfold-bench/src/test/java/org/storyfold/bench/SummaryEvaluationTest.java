package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryEvaluationTest {

    @Test
    void holdsTheSummaryFloorsAndBeatsEveryBaselineOnMultiNews() throws Exception {
        List<SummaryEvaluation.Case> cases = SummaryEvaluation.load(EvalData.eval().resolve("multinews-dev"));
        assertThat(cases).hasSize(250);
        int words = SummaryEvaluation.referenceWords(cases);
        List<SummaryEvaluation.Result> results = SummaryEvaluation.evaluateAll(cases, words);
        SummaryEvaluation.Result ours = results.get(0);
        assertThat(ours.system()).isEqualTo(SummaryEvaluation.STORYFOLD);
        assertThat(ours.rouge1().f1()).isGreaterThanOrEqualTo(EvalData.floor("summary.multinews-dev.rouge1-f1"));
        assertThat(ours.rouge2().f1()).isGreaterThanOrEqualTo(EvalData.floor("summary.multinews-dev.rouge2-f1"));
        for (SummaryEvaluation.Result baseline : results.subList(1, results.size())) {
            assertThat(ours.rouge1().f1()).as("ROUGE-1 against %s", baseline.system()).isGreaterThan(baseline.rouge1().f1());
            assertThat(ours.rouge2().f1()).as("ROUGE-2 against %s", baseline.system()).isGreaterThan(baseline.rouge2().f1());
        }
    }

    @Test
    void scoresROUGEAsLinDefinesIt() {
        Rouge rouge = new Rouge();
        // Lin (2004), section 3.1: S2 = "police kill the gunman" against R = "police killed the gunman".
        Rouge.Scores s = rouge.score(List.of("the gunman kill police"), List.of("police killed the gunman"));
        assertThat(s.rouge1().f1()).isEqualTo(1.0, within(1e-9));
        assertThat(s.rouge2().recall()).isEqualTo(1.0 / 3, within(1e-9));
        assertThat(s.rougeL().f1()).isEqualTo(0.5, within(1e-9));
    }

    @Test
    void takesTheUnionOfSubsequencesAcrossCandidateSentences() {
        // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5: the union LCS is w1 w2 w3 w5.
        Rouge rouge = new Rouge();
        Rouge.Scores s = rouge.score(List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"), List.of("w1 w2 w3 w4 w5"));
        assertThat(s.rougeL().recall()).isEqualTo(4.0 / 5, within(1e-9));
    }

    @Test
    void stemsAndLowerCasesTokens() {
        assertThat(new Rouge().tokens("Fighters FIGHTING, fought-fights 1,500")).containsExactly("fighter", "fight", "fought",
                "fight", "1", "500");
    }
}
