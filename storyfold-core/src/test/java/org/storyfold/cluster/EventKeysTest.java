package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.storyfold.ArticleFixtures.article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventKeysTest {

    private static final String QESHM = "An earthquake measuring 5.6 on the Richter scale jolted Qeshm island off Iran's "
            + "southern coast on Sunday, injuring five people, state television reported.";
    private static final String QESHM_AGAIN = "A magnitude 5.6 earthquake shook the Iranian island of Qeshm on Sunday, "
            + "injuring five people and damaging homes, state media said.";
    private static final String QESHM_LATER = "A magnitude 5.9 earthquake hit southern Iran on Sunday, killing at least "
            + "10 people and levelling seven villages on the island of Qeshm.";

    private static EventKeys keys(String text) {
        return EventKeys.of(article(text.substring(0, 12), text), null, true, false);
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
        assertThat(keys(attack).conflict(keys(death), 1, 0, 0)).isZero();
    }

    @Test
    void shortWordsOfFiguresDoNotPassForOneAnother() {
        // Two reports of one death: "at age 85" and "at 6:41pm PST" give figures of two different words.
        String age = "Bettie Page, the 1950s pin-up queen, passed away Thursday, December 11, at age 85.";
        String clock = "Bettie Page passed away at 6:41pm PST this evening (0241 GMT Friday), her agent said.";
        assertThat(keys(age).conflict(keys(clock), 1, 0, 0)).isZero();
        assertThat(keys("The quake was felt at 6:41pm PST.").conflict(keys("The quake was felt at 7:02pm PST."), 1, 0, 0))
                .isPositive();
    }

    @Test
    void twoReportsOfOneQuakeAgreeWhereTwoQuakesGiveDifferentMagnitudes() {
        assertThat(keys(QESHM).conflict(keys(QESHM_AGAIN), 1, 0, 0)).isZero();
        assertThat(keys(QESHM_AGAIN).conflict(keys(QESHM_LATER), 1, 0, 0)).isGreaterThan(0.4);
        // Neither weight: no conflict at all.
        assertThat(keys(QESHM_AGAIN).conflict(keys(QESHM_LATER), 0, 0, 0)).isZero();
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
        assertThat(bush.conflict(bushAgain, 0, 1, 0)).isLessThan(0.35);
        assertThat(bush.conflict(thomas, 0, 1, 0)).isGreaterThan(0.35);
        // Without names read, only figures count.
        assertThat(EventKeys.of(article("a", "Reggie Bush and Reggie Bush"), null, false, false)
                .conflict(EventKeys.of(article("b", "Pierre Thomas and Pierre Thomas"), null, false, false), 0, 1, 0)).isZero();
    }

    // Leads of ecbplus-dev's topic 25: the Saints put Reggie Bush on injured reserve (December 2008), and
    // Pierre Thomas (January 2011). Both told in the same words, on a Wednesday; a Bush report names Thomas.
    private static final List<String> BUSH = List.of(
            "Saints place Bush on IR. The New Orleans Saints have placed running back Reggie Bush on injured reserve "
                    + "because of a sprained knee. Bush was hurt last Thursday in a 27-24 loss to Chicago.",
            "Injured Saints RB Reggie Bush to miss last 2 games. Running back Reggie Bush will miss the final two "
                    + "games of the New Orleans Saints' season.",
            "Saints place RB Bush on injured reserve. The injury-plagued season of New Orleans Saints running back "
                    + "Reggie Bush is over. The Saints placed Bush on the injured reserve list Wednesday.",
            "In case you had any doubts whether or not Pierre Thomas would get more carries than Reggie Bush, you can "
                    + "now have full faith in Thomas. After spraining his knee last week at Chicago, Bush has been placed "
                    + "on the injured reserve list.",
            "The New Orleans Saints placed running back Reggie Bush on Injured Reserve Wednesday, ending the former "
                    + "first-round picks season two games short of the year's finale.",
            "Reggie Bush's season has come to an end. The Saints placed Bush on the injured reserve list Wednesday "
                    + "after he suffered a knee sprain in the team's Week 15 loss at Chicago.",
            "The New Orleans Saints placed Reggie Bush on the injured list on Wednesday, ending the National Football "
                    + "League season for the star running back.",
            "Bush placed on injured reserve. The Saints placed running back Reggie Bush on injured reserve ending his "
                    + "season. The decision was made after Bush met with Dr. James Andrews this past week.",
            "Reggie Bush is done, for the season at least. Bush sprained the medial collateral ligament in his left "
                    + "knee in the Saints' game against the Chicago Bears Thursday night.",
            "New Orleans Saints RB Reggie Bush's season over. The Associated Press reports New Orleans Saints running "
                    + "back Reggie Bush will miss the rest of the season.");
    private static final List<String> THOMAS = List.of(
            "Saints place RB Pierre Thomas on injured reserve. One day after placing leading rusher Chris Ivory on "
                    + "injured reserve, the Saints have lost another RB for the season.",
            "Pierre Thomas Placed on Injured Reserve by New Orleans Saints. Pierre Thomas was placed on injured reserve "
                    + "by the New Orleans Saints on Wednesday, meaning he won't play in the 2011 NFL playoffs.",
            "Saints RB Pierre Thomas placed on injured reserve. The New Orleans Saints placed Pierre Thomas on injured "
                    + "reserve Wednesday because of an ankle injury.",
            "Saints place Pierre Thomas on injured reserve; sign Joique Bell off Eagles practice squad. The injury woes "
                    + "continued Wednesday for the defending Super Bowl champion New Orleans Saints.",
            "Pierre Thomas out for playoffs after Saints place him on IR. The Saints placed running back Pierre Thomas "
                    + "on IR Wednesday, the second time in as many days the team has placed one of its running backs there.");

    /** The keys of the reports (headline and lead in one text) with the names of their leads read, as one group. */
    private static EventKeys group(List<String> leads) {
        EventKeys group = EventKeys.none();
        for (String lead : leads) {
            group.add(EventKeys.of(article(lead.substring(0, 12), lead), null, false, true));
        }
        return group;
    }

    @Test
    void twoGroupsLeadingWithDifferentParticipantsConflictWhereTwoGroupsOfOneEventDoNot() {
        EventKeys bush = group(BUSH.subList(0, 5));
        EventKeys thomas = group(THOMAS);
        assertThat(bush.subjectConflict(thomas)).isTrue();
        assertThat(thomas.subjectConflict(bush)).isTrue();
        assertThat(bush.conflict(thomas, 0, 0, 1)).isEqualTo(1);
        assertThat(bush.conflict(thomas, 0, 0, 0)).isZero();
        // The other five Bush reports, one of which leads with Thomas too: one event.
        assertThat(bush.subjectConflict(group(BUSH.subList(5, 10)))).isFalse();
        assertThat(group(BUSH).subjectConflict(group(BUSH.subList(3, 8)))).isFalse();
    }

    @Test
    void aSubjectTakesSeveralReportsAndAConflictBothWays() {
        // Four reports a side do not make a subject: one event's first few reports may lead with different names.
        assertThat(group(BUSH.subList(4, 8)).subjectConflict(group(THOMAS.subList(0, 4)))).isFalse();
        assertThat(group(BUSH.subList(4, 8)).conflict(group(THOMAS.subList(0, 4)), 0, 0, 1)).isZero();
        // A group that leads with Thomas and Bush against one that leads with Bush: a development adding a
        // name, not another participant; only one side has a subject the other lacks.
        List<String> both = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            both.add(THOMAS.get(i) + " Running back Reggie Bush was put on injured reserve before him.");
        }
        assertThat(group(both).subjectConflict(group(BUSH.subList(0, 5)))).isFalse();
        assertThat(group(both).subjectConflict(group(THOMAS))).isFalse();
    }

    @Test
    void aGroupCountsAFigureOnlyWhenEnoughOfItsMembersGiveIt() {
        EventKeys story = EventKeys.none();
        story.add(keys(QESHM));
        story.add(keys(QESHM_AGAIN));
        assertThat(story.conflict(keys(QESHM_AGAIN), 1, 0, 0)).isZero();
        assertThat(story.conflict(keys(QESHM_LATER), 1, 0, 0)).isGreaterThan(0.4);
        // Once the story holds both magnitudes, neither conflicts with it.
        story.add(keys(QESHM_LATER));
        assertThat(story.conflict(keys(QESHM_LATER), 1, 0, 0)).isZero();
    }

    @Test
    void survivesBeingWrittenAndRead() throws IOException {
        EventKeys story = EventKeys.none();
        story.add(keys(QESHM));
        story.add(keys(QESHM_LATER));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        story.write(new DataOutputStream(bytes));
        EventKeys read = EventKeys.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), 5);
        EventKeys other = keys(QESHM_AGAIN);
        assertThat(read.conflict(other, 1, 1, 0)).isCloseTo(story.conflict(other, 1, 1, 0), within(1e-12));
        ByteArrayOutputStream subjects = new ByteArrayOutputStream();
        group(BUSH.subList(0, 5)).write(new DataOutputStream(subjects));
        EventKeys bush = EventKeys.read(new DataInputStream(new ByteArrayInputStream(subjects.toByteArray())), 5);
        assertThat(bush.subjectConflict(group(THOMAS))).isTrue();
    }

    @Test
    void readsTheDaysALeadNamesInTheYearItWasWritten() {
        LocalDate december = LocalDate.of(2010, 12, 7);
        assertThat(EventKeys.namedDays("the shooting on Sept. 9 at the plant, and a hearing on the 3rd of January",
                december)).containsExactly(days(LocalDate.of(2010, 9, 9)), days(LocalDate.of(2010, 1, 3)));
        // Written in January, "December 30" is last year's; a year beside the day is taken as written.
        assertThat(EventKeys.namedDays("killed on December 30", LocalDate.of(2011, 1, 4)))
                .containsExactly(days(LocalDate.of(2010, 12, 30)));
        assertThat(EventKeys.namedDays("on 9 September 2010", null)).containsExactly(days(LocalDate.of(2010, 9, 9)));
        // No year and no date: no day; a month without a day, or with a number that is no day, is none.
        assertThat(EventKeys.namedDays("on Sept. 9", null)).isEmpty();
        assertThat(EventKeys.namedDays("in September, 45 people; May 2010; February 30", december)).isEmpty();
    }

    private static int days(LocalDate d) {
        return (int) d.toEpochDay();
    }

    private static EventKeys dated(String text, LocalDate published) {
        return EventKeys.of(article(text.substring(0, 12), text), published, false, false);
    }

    @Test
    void aTrialRestatesTheShootingByItsDayOrItsFiguresWhereANewHappeningDoesNot() {
        LocalDate shot = LocalDate.of(2010, 9, 9);
        EventKeys shooting = dated("A suspended worker shot and killed two co-workers at the Kraft plant in "
                + "Philadelphia on Thursday night, police said.", shot);
        EventKeys trial = dated("The woman accused of the September 9 shooting at the Kraft plant in Philadelphia "
                + "will face trial, a judge ruled.", LocalDate.of(2010, 12, 7));
        EventKeys verdict = dated("A judge found the former Kraft worker who shot 3 co-workers guilty of murder.",
                LocalDate.of(2012, 9, 10));
        EventKeys layoffs = dated("Kraft said on Monday it would close the Philadelphia plant, where 800 people "
                + "work, by March.", LocalDate.of(2010, 9, 20));
        long day = shot.toEpochDay();
        long dec = LocalDate.of(2010, 12, 7).toEpochDay();
        assertThat(trial.restates(shooting, dec, dec, day, day)).isTrue();
        assertThat(shooting.restates(trial, day, day, dec, dec)).isTrue();
        assertThat(layoffs.restates(shooting, day + 11, day + 11, day, day)).isFalse();
        // A figure both give restates too: the verdict and a report of the shooting that counts 3 shot.
        EventKeys counted = dated("Police said the worker shot 3 co-workers, two of them fatally.", shot);
        long later = LocalDate.of(2012, 9, 10).toEpochDay();
        assertThat(verdict.restates(counted, later, later, day, day)).isTrue();
        assertThat(verdict.restates(shooting, later, later, day, day)).isFalse();
    }

    @Test
    void aGroupRestatesADayOnlyWhenEnoughOfItsMembersNameIt() {
        LocalDate shot = LocalDate.of(2010, 9, 9);
        long day = shot.toEpochDay();
        long dec = LocalDate.of(2010, 12, 7).toEpochDay();
        EventKeys shooting = dated("A worker opened fire at the Kraft plant in Philadelphia, police said.", shot);
        EventKeys later = EventKeys.none();
        later.add(dated("The woman accused of the September 9 shooting at the Kraft plant will face trial.",
                LocalDate.of(2010, 12, 7)));
        for (int i = 0; i < 4; i++) {
            later.add(dated("Kraft workers in Philadelphia returned to the plant, the company said.",
                    LocalDate.of(2010, 12, 7)));
        }
        // One member in five names the day: below a quarter of the group.
        assertThat(later.restates(shooting, dec, dec, day, day)).isFalse();
    }
}
