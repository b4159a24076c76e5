package org.storyfold.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the figures of a story that contradict one another. Figures meet when they count the
 * same kind of thing, narrowed the same way ("foreign fighters" are not "fighters"), with the
 * same kind of verb, at the same place (their {@link Reading#key()}); a figure with no verb meets
 * none. Printings of one amount are one claim, however each article writes it and whoever it is
 * attributed to. Two claims conflict when neither is vague, their ranges do not overlap, different
 * articles print them, and they speak of the same time: counts of a state (how many remain) are
 * compared across days, counts of events (how many fled) only when both name the same time or
 * neither names one ("in the past week", "on Tuesday"). Stateless.
 */
final class ConflictFinder {

    private ConflictFinder() {
    }

    /** One claimed amount: its printings, the first of which speaks for it. */
    private record Gathered(Reading first, List<Reading> all) {
    }

    static List<Conflict> find(StoryText story, List<Reading> readings, SourceGrouping grouping) {
        Map<String, List<Reading>> bySubject = new LinkedHashMap<>();
        for (Reading r : readings) {
            if (r.comparable()) {
                bySubject.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Reading> group : bySubject.values()) {
            List<Gathered> claims = claims(group);
            Set<String> differsBy = new LinkedHashSet<>();
            double gapLow = Double.POSITIVE_INFINITY;
            double gapHigh = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < claims.size(); i++) {
                for (int j = i + 1; j < claims.size(); j++) {
                    Gathered x = claims.get(i);
                    Gathered y = claims.get(j);
                    if (!incompatible(x, y)) {
                        continue;
                    }
                    if (!sameSource(x, y)) {
                        differsBy.add("source");
                    }
                    if (differentDays(x, y)) {
                        differsBy.add("date");
                    }
                    Gathered lower = x.first().high() <= y.first().low() ? x : y;
                    Gathered upper = lower == x ? y : x;
                    gapLow = Math.min(gapLow, lower.first().printedHigh());
                    gapHigh = Math.max(gapHigh, upper.first().printedLow());
                }
            }
            if (gapHigh == Double.NEGATIVE_INFINITY) {
                continue;
            }
            if (differsBy.isEmpty()) {
                // One speaker on one day, in different articles: a reprint changed the amount.
                differsBy.add("source");
            }
            List<String> order = new ArrayList<>();
            for (String reason : List.of("source", "date")) {
                if (differsBy.contains(reason)) {
                    order.add(reason);
                }
            }
            List<Gathered> sorted = new ArrayList<>(claims);
            sorted.sort(Comparator.comparing((Gathered g) -> g.first().date(), Comparator.nullsLast(Comparator.naturalOrder())));
            List<Conflict.Claim> out = new ArrayList<>();
            for (Gathered g : sorted) {
                out.add(claim(story, g, grouping));
            }
            Reading first = group.get(0);
            conflicts.add(new Conflict(first.subject(), out, order, first.label(), new Conflict.Spread(gapLow, gapHigh)));
        }
        conflicts.sort((x, y) -> Integer.compare(y.claims().size(), x.claims().size()));
        return conflicts;
    }

    /** Printings of one amount are one claim, whoever each attributes it to and however it is written. */
    private static List<Gathered> claims(List<Reading> group) {
        Map<String, Gathered> byClaim = new LinkedHashMap<>();
        for (Reading r : group) {
            String key = r.low() + ":" + r.high() + ":" + r.vague();
            byClaim.computeIfAbsent(key, k -> new Gathered(r, new ArrayList<>())).all().add(r);
        }
        return new ArrayList<>(byClaim.values());
    }

    private static Conflict.Claim claim(StoryText story, Gathered g, SourceGrouping grouping) {
        Reading r = g.first();
        Set<String> sources = new LinkedHashSet<>();
        Set<String> speakers = new LinkedHashSet<>();
        Set<When> dates = new java.util.TreeSet<>();
        Set<String> values = new LinkedHashSet<>();
        for (Reading x : g.all()) {
            sources.add(story.id(x.article()));
            if (x.speaker() != null) {
                speakers.add(x.speaker().name());
            }
            if (x.date() != null) {
                dates.add(x.date());
            }
            values.add(x.value());
        }
        String affiliation = g.all().stream().filter(x -> x.speaker() != null && x.speaker().affiliation() != null)
                .map(x -> x.speaker().affiliation()).findFirst().orElse(null);
        return new Conflict.Claim(r.value(), story.sentence(r.article(), r.sentence()), new ArrayList<>(sources),
                r.speaker() == null ? null : r.speaker().name(), affiliation, iso(r.date()), new ArrayList<>(speakers),
                dates.stream().map(When::iso).toList(), grouping.sourcesOf(sources).size(), new ArrayList<>(values));
    }

    private static boolean incompatible(Gathered x, Gathered y) {
        Reading a = x.first();
        Reading b = y.first();
        return !a.vague() && !b.vague() && !a.compatible(b) && sameTime(x, y) && fromDifferentArticles(x, y);
    }

    /** States are compared across days; events only when both claims name the same time, or neither does. */
    private static boolean sameTime(Gathered x, Gathered y) {
        if (x.first().stock()) {
            return true;
        }
        for (Reading a : x.all()) {
            for (Reading b : y.all()) {
                if (Objects.equals(a.window(), b.window())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether some printing of one claim and some printing of the other stand in different articles:
     * an article that gives two amounts for one thing is usually listing, not contradicting itself.
     * (Two printings of one sentence that differ in the amount do conflict: a reprint changed it.)
     */
    private static boolean fromDifferentArticles(Gathered a, Gathered b) {
        for (Reading x : a.all()) {
            for (Reading y : b.all()) {
                if (x.article() != y.article()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one speaker makes both claims; unattributed claims are one source when one article prints both. */
    private static boolean sameSource(Gathered a, Gathered b) {
        Set<String> x = speakerKeys(a);
        Set<String> y = speakerKeys(b);
        if (!x.isEmpty() || !y.isEmpty()) {
            return x.stream().anyMatch(y::contains);
        }
        Set<Integer> articles = new LinkedHashSet<>();
        a.all().forEach(r -> articles.add(r.article()));
        return b.all().stream().anyMatch(r -> articles.contains(r.article()));
    }

    /** Whether the claims were made on days that do not overlap, both being dated. */
    private static boolean differentDays(Gathered a, Gathered b) {
        When x = a.first().date();
        When y = b.first().date();
        return x != null && y != null && (x.to().isBefore(y.from()) || y.to().isBefore(x.from()));
    }

    private static Set<String> speakerKeys(Gathered g) {
        Set<String> keys = new LinkedHashSet<>();
        g.all().forEach(r -> {
            if (r.speaker() != null) {
                keys.add(r.speaker().key());
            }
        });
        return keys;
    }

    private static String iso(When w) {
        return w == null ? null : w.iso();
    }
}
