package org.storyfold.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.ArticleFixtures.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyfold.extract.Article;

/** A count followed across a storyline's stories: a change over days is a development, a difference on one day a conflict. */
class StorylineFiguresTest {

    private static final LocalDate MONDAY = LocalDate.of(2022, 9, 5);

    @Test
    void aCountThatFallsOverDaysIsADevelopment() {
        FigureTrack track = track(
                article("early", "t", MONDAY, "The army said 600 to 700 fighters remained in the city of Tarsan."),
                article("late", "t", MONDAY.plusDays(4), "The army said 300 to 400 fighters remained in the city of Tarsan."));
        assertThat(track.verdict()).isEqualTo(FigureTrack.DEVELOPMENT);
        assertThat(track.points()).extracting(FigureTrack.Point::story).containsExactly("s1", "s2");
        assertThat(track.label()).isEqualTo("fighters remaining in Tarsan");
    }

    @Test
    void countsThatDifferOnOneDayConflict() {
        FigureTrack track = track(
                article("early", "t", MONDAY, "The army said 600 to 700 fighters remained in the city of Tarsan."),
                article("late", "t", MONDAY, "Rebels said 300 to 400 fighters remained in the city of Tarsan."));
        assertThat(track.verdict()).isEqualTo(FigureTrack.CONFLICT);
    }

    @Test
    void anUndatedStoryLeavesTheQuestionOpen() {
        FigureTrack track = track(
                article("early", "t", null, "The army said 600 to 700 fighters remained in the city of Tarsan."),
                article("late", "t", MONDAY, "Rebels said 300 to 400 fighters remained in the city of Tarsan."));
        assertThat(track.verdict()).isEqualTo(FigureTrack.UNDATED);
    }

    private static FigureTrack track(Article first, Article second) {
        ExtractiveBriefer briefer = new ExtractiveBriefer(BriefConfig.defaults());
        StorylineFigures figures = new StorylineFigures(Set.of("s1", "s2"));
        figures.add("s1", briefer.brief(List.of(first)));
        figures.add("s2", briefer.brief(List.of(second)));
        List<FigureTrack> tracks = figures.tracks(List.of("s1", "s2"));
        assertThat(tracks).hasSize(1);
        return tracks.get(0);
    }
}
