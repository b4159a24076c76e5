package org.storyfold.synth;

import java.util.List;

/**
 * What a reader learns about a story at a glance, every part traced to the articles that say it.
 *
 * @param summary   an extractive summary, in story order, every sentence cited
 * @param facts     sentences printed by two or more of the story's articles, best supported first
 * @param entities  the people, places and organisations mentioned, most mentioned first
 * @param quotes    who said what, in story order
 * @param figures   every amount each article states, with what it counts and who claims it
 * @param conflicts figures about one thing that cannot all be true, most claims first
 * @param timeline  the dated events, earliest first
 * @param misdated  articles whose stated date contradicts their content
 */
public record Brief(List<CitedSentence> summary, List<CitedSentence> facts, List<Entity> entities,
                    List<Quote> quotes, List<Figure> figures, List<Conflict> conflicts,
                    List<TimelineEntry> timeline, List<Misdated> misdated) {
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
}
