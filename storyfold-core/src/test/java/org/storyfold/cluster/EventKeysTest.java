package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.storyfold.ArticleFixtures.article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class EventKeysTest {

    private static final String QESHM = "An earthquake measuring 5.6 on the Richter scale jolted Qeshm island off Iran's "
            + "southern coast on Sunday, injuring five people, state television reported.";
    private static final String QESHM_AGAIN = "A magnitude 5.6 earthquake shook the Iranian island of Qeshm on Sunday, "
            + "injuring five people and damaging homes, state media said.";
    private static final String QESHM_LATER = "A magnitude 5.9 earthquake hit southern Iran on Sunday, killing at least "
            + "10 people and levelling seven villages on the island of Qeshm.";

    private static EventKeys keys(String text) {
        return EventKeys.of(article(text.substring(0, 12), text), true);
    }

    @Test
    void readsAFigureWithTheWordBeforeAndAfterItButNoYears() {
        assertThat(EventKeys.figures("The Indian navy captured 23 pirates in 2008 near Aden"))
                .hasSize(2).doesNotHaveDuplicates();
        assertThat(EventKeys.figures("In 2008 the navy sailed")).isEmpty();
        assertThat(EventKeys.figures("captured 23 pirates")).isNotEqualTo(EventKeys.figures("captured 26 pirates"));
    }

    @Test
    void aDayOfAMonthIsNotAFigure() {
        String attack = "Bettie Page died of pneumonia at 85 after a heart attack on December 2, her agent said.";
        String death = "Bettie Page died on December 11 in a Los Angeles hospital, her agent said.";
        assertThat(EventKeys.figures("a heart attack on December 2 and on Dec. 11")).isEmpty();
        assertThat(EventKeys.figures("she died aged 85")).isNotEmpty();
        assertThat(keys(attack).conflict(keys(death), 1, 0)).isZero();
    }

    @Test
    void shortWordsOfFiguresDoNotPassForOneAnother() {
        // Two reports of one death: "at age 85" and "at 6:41pm PST" give figures of two different words.
        String age = "Bettie Page, the 1950s pin-up queen, passed away Thursday, December 11, at age 85.";
        String clock = "Bettie Page passed away at 6:41pm PST this evening (0241 GMT Friday), her agent said.";
        assertThat(keys(age).conflict(keys(clock), 1, 0)).isZero();
        assertThat(keys("The quake was felt at 6:41pm PST.").conflict(keys("The quake was felt at 7:02pm PST."), 1, 0))
                .isPositive();
    }

    @Test
    void twoReportsOfOneQuakeAgreeWhereTwoQuakesGiveDifferentMagnitudes() {
        assertThat(keys(QESHM).conflict(keys(QESHM_AGAIN), 1, 0)).isZero();
        assertThat(keys(QESHM_AGAIN).conflict(keys(QESHM_LATER), 1, 0)).isGreaterThan(0.4);
        // Neither weight: no conflict at all.
        assertThat(keys(QESHM_AGAIN).conflict(keys(QESHM_LATER), 0, 0)).isZero();
    }

    @Test
    void reportsAboutDifferentParticipantsConflictOnNamesWhileReportsAboutTheSameDoNot() {
        EventKeys bush = keys("The New Orleans Saints placed running back Reggie Bush on injured reserve on Wednesday. "
                + "Reggie Bush sprained his knee against the Lions. The Saints said Bush will miss two games.");
        EventKeys bushAgain = keys("Reggie Bush's season is over. The Saints put Bush on injured reserve after the "
                + "knee sprain, coach Sean Payton said; Reggie Bush had surgery last year.");
        EventKeys thomas = keys("The New Orleans Saints placed running back Pierre Thomas on injured reserve on "
                + "Wednesday. Pierre Thomas hurt his ankle in Atlanta, and the Saints signed Joique Bell. Thomas led the "
                + "team in rushing.");
        assertThat(bush.conflict(bushAgain, 0, 1)).isLessThan(0.35);
        assertThat(bush.conflict(thomas, 0, 1)).isGreaterThan(0.35);
        // Without names read, only figures count.
        assertThat(EventKeys.of(article("a", "Reggie Bush and Reggie Bush"), false)
                .conflict(EventKeys.of(article("b", "Pierre Thomas and Pierre Thomas"), false), 0, 1)).isZero();
    }

    @Test
    void aGroupCountsAFigureOnlyWhenEnoughOfItsMembersGiveIt() {
        EventKeys story = EventKeys.none();
        story.add(keys(QESHM));
        story.add(keys(QESHM_AGAIN));
        assertThat(story.conflict(keys(QESHM_AGAIN), 1, 0)).isZero();
        assertThat(story.conflict(keys(QESHM_LATER), 1, 0)).isGreaterThan(0.4);
        // Once the story holds both magnitudes, neither conflicts with it.
        story.add(keys(QESHM_LATER));
        assertThat(story.conflict(keys(QESHM_LATER), 1, 0)).isZero();
    }

    @Test
    void survivesBeingWrittenAndRead() throws IOException {
        EventKeys story = EventKeys.none();
        story.add(keys(QESHM));
        story.add(keys(QESHM_LATER));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        story.write(new DataOutputStream(bytes));
        EventKeys read = EventKeys.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        EventKeys other = keys(QESHM_AGAIN);
        assertThat(read.conflict(other, 1, 1)).isCloseTo(story.conflict(other, 1, 1), within(1e-12));
    }
}
