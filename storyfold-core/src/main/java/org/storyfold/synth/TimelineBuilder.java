package org.storyfold.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders what a story's sentences date: every family of sentences with a date expression that
 * resolves gives one entry, sentences that state one thing at one date (printings and
 * paraphrases) are one entry, and entries run from the earliest date. Stateless.
 */
final class TimelineBuilder {

    private TimelineBuilder() {
    }

    private record Dated(int family, SentenceFamilies.Member member, When when, String expression) {
    }

    static List<TimelineEntry> build(StoryText story, StoryCalendar calendar, Paraphrases paraphrases,
                                     BriefConfig config) {
        Map<Integer, Dated> byFamily = new LinkedHashMap<>();
        for (int f = 0; f < story.families.size(); f++) {
            for (SentenceFamilies.Member m : story.families.get(f).members()) {
                if (!Citable.test(story.sentence(m.article(), m.sentence()), config)) {
                    continue;
                }
                Dated d = dated(story, calendar, f, m);
                if (d != null) {
                    byFamily.put(f, d);
                    break;
                }
            }
        }
        List<Dated> order = new ArrayList<>(byFamily.values());
        order.sort(Comparator.comparing(Dated::when).thenComparingInt(d -> d.member().article())
                .thenComparingInt(d -> d.member().sentence()));
        Set<Integer> used = new java.util.HashSet<>();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Dated d : order) {
            if (!used.add(d.family())) {
                continue;
            }
            Set<String> sources = new LinkedHashSet<>();
            addSources(story, d.family(), sources);
            for (Paraphrases.Link l : paraphrases.of(d.family())) {
                Dated other = byFamily.get(l.family());
                if (other != null && other.when().equals(d.when()) && used.add(l.family())) {
                    addSources(story, l.family(), sources);
                }
            }
            List<String> sorted = new ArrayList<>(sources);
            sorted.sort(Comparator.comparingInt(id -> indexOf(story, id)));
            entries.add(new TimelineEntry(d.when().iso(), story.sentence(d.member().article(), d.member().sentence()),
                    sorted, d.expression()));
        }
        return entries;
    }

    private static Dated dated(StoryText story, StoryCalendar calendar, int f, SentenceFamilies.Member m) {
        for (TimeExpression e : calendar.expressions(m.article(), m.sentence())) {
            When w = e.resolve(calendar.reference(m.article()));
            if (w != null) {
                return new Dated(f, m, w, e.phrase());
            }
        }
        return null;
    }

    private static void addSources(StoryText story, int family, Set<String> sources) {
        story.families.get(family).members().forEach(m -> sources.add(story.id(m.article())));
    }

    private static int indexOf(StoryText story, String id) {
        for (int a = 0; a < story.articleCount(); a++) {
            if (story.id(a).equals(id)) {
                return a;
            }
        }
        return -1;
    }
}
