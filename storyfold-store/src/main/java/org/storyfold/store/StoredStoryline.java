package org.storyfold.store;

import java.time.LocalDate;
import java.util.List;
import org.storyfold.synth.FigureTrack;

/**
 * A storyline as the store keeps it: its stories, earliest first, and the counts of one state
 * that two or more of them give, side by side.
 *
 * @param stories each story with its title and dates
 * @param figures the quantities two or more of its stories count
 */
public record StoredStoryline(List<Member> stories, List<FigureTrack> figures) {
    public StoredStoryline {
        stories = List.copyOf(stories);
        figures = List.copyOf(figures);
    }

    /**
     * One story of a storyline.
     *
     * @param story   the story id
     * @param title   its title, or null
     * @param first   its first date, or null when undated
     * @param last    its latest date, or null when undated
     * @param reason  why it is linked to the story before it, or null for the first
     * @param ordered false when it or the story before it is undated, so which came first is not known
     */
    public record Member(String story, String title, LocalDate first, LocalDate last, String reason, boolean ordered) {
    }
}
