package org.storyfold.synth;

import java.util.List;

/**
 * What a reader learns about a story at a glance, every part traced to the articles that say it.
 *
 * @param summary   an extractive summary, every sentence cited: the newest development first when
 *                  the story has grown with later articles, then in story order
 * @param facts     sentences printed by two or more of the story's articles, best supported first
 *                  (see {@link #confirmed()} and {@link #singleSource()})
 * @param entities  the people, places and organisations mentioned, most mentioned first
 * @param quotes    who said what, in story order
 * @param figures   every amount each article states, with what it counts and who claims it
 * @param conflicts figures about one thing that cannot all be true, most claims first
 * @param timeline  the dated events, earliest first
 * @param misdated  articles whose stated date contradicts their content
 * @param coverage  who covered the story, in what role, and when it was first reported
 * @param headline  the headline of the story's newest development when later articles brought one
 *                  (never from an article whose date contradicts its content), else null
 */
public record Brief(List<CitedSentence> summary, List<CitedSentence> facts, List<Entity> entities,
                    List<Quote> quotes, List<Figure> figures, List<Conflict> conflicts,
                    List<TimelineEntry> timeline, List<Misdated> misdated, Coverage coverage, String headline) {
    public Brief {
        summary = List.copyOf(summary);
        facts = List.copyOf(facts);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        conflicts = List.copyOf(conflicts);
        timeline = List.copyOf(timeline);
        misdated = List.copyOf(misdated);
    }

    /** The facts two or more independent sources state, best supported first. */
    public List<CitedSentence> confirmed() {
        return facts.stream().filter(CitedSentence::confirmed).toList();
    }

    /** The facts that several articles print but one independent source stands behind (a wire story and its reprints). */
    public List<CitedSentence> singleSource() {
        return facts.stream().filter(f -> !f.confirmed()).toList();
    }

    /** This brief with another coverage: a large story's brief is written from some of its articles, its coverage from all. */
    public Brief withCoverage(Coverage allArticles) {
        return new Brief(summary, facts, entities, quotes, figures, conflicts, timeline, misdated, allArticles, headline);
    }
}
