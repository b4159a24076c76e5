package org.storyfold.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the figures of a story that contradict one another. Figures meet when they count the
 * same kind of thing, with the same kind of verb, at the same place (their {@link Reading#key()});
 * a figure with no verb meets none. Printings of one amount by one speaker on one day are one
 * claim. Two claims conflict when neither is vague, their ranges do not overlap, different articles
 * print them, and they speak of the same time: counts of a state (how many remain) are compared
 * across days, counts of events (how many fled) only when both name the same time or neither
 * names one ("in the past week", "on Tuesday").
 * Stateless.
 */
final class ConflictFinder {

    private ConflictFinder() {
    }

    private record Gathered(Reading first, List<Reading> all) {
    }

    static List<Conflict> find(StoryText story, List<Reading> readings) {
        Map<String, List<Reading>> bySubject = new LinkedHashMap<>();
        for (Reading r : readings) {
            if (!r.key().contains("|-|")) {
                bySubject.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Reading> group : bySubject.values()) {
            List<Gathered> claims = claims(group);
            Set<String> differsBy = new LinkedHashSet<>();
            for (int i = 0; i < claims.size(); i++) {
                for (int j = i + 1; j < claims.size(); j++) {
                    Reading a = claims.get(i).first();
                    Reading b = claims.get(j).first();
                    if (a.vague() || b.vague() || a.compatible(b) || !sameTime(a, b)
                            || !fromDifferentArticles(claims.get(i), claims.get(j))) {
                        continue;
                    }
                    if (!sameSource(claims.get(i), claims.get(j))) {
                        differsBy.add("source");
                    }
                    if (!Objects.equals(iso(a.date()), iso(b.date()))) {
                        differsBy.add("date");
                    }
                    if (differsBy.isEmpty()) {
                        differsBy.add("source");
                    }
                }
            }
            if (differsBy.isEmpty()) {
                continue;
            }
            List<String> order = new ArrayList<>();
            for (String reason : List.of("source", "date")) {
                if (differsBy.contains(reason)) {
                    order.add(reason);
                }
            }
            List<Gathered> sorted = new ArrayList<>(claims);
            sorted.sort((x, y) -> {
                When dx = x.first().date();
                When dy = y.first().date();
                return dx == null || dy == null ? 0 : dx.compareTo(dy);
            });
            List<Conflict.Claim> out = new ArrayList<>();
            for (Gathered g : sorted) {
                Reading r = g.first();
                Set<String> sources = new LinkedHashSet<>();
                g.all().forEach(x -> sources.add(story.id(x.article())));
                out.add(new Conflict.Claim(r.value(), story.sentence(r.article(), r.sentence()), new ArrayList<>(sources),
                        r.speaker() == null ? null : r.speaker().name(),
                        r.speaker() == null ? null : r.speaker().affiliation(), iso(r.date())));
            }
            conflicts.add(new Conflict(group.get(0).subject(), out, order));
        }
        conflicts.sort((x, y) -> Integer.compare(y.claims().size(), x.claims().size()));
        return conflicts;
    }

    /** Printings of one amount by one speaker on one day are one claim. */
    private static List<Gathered> claims(List<Reading> group) {
        Map<String, Gathered> byClaim = new LinkedHashMap<>();
        for (Reading r : group) {
            String key = r.low() + ":" + r.high() + ":" + (r.speaker() == null ? "" : r.speaker().key()) + ":" + iso(r.date());
            byClaim.computeIfAbsent(key, k -> new Gathered(r, new ArrayList<>())).all().add(r);
        }
        return new ArrayList<>(byClaim.values());
    }

    private static boolean sameTime(Reading a, Reading b) {
        return a.stock() || Objects.equals(a.window(), b.window());
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

    private static boolean sameSource(Gathered a, Gathered b) {
        Speaker x = a.first().speaker();
        Speaker y = b.first().speaker();
        if (x != null && y != null) {
            return x.key().equals(y.key());
        }
        if (x != null || y != null) {
            return false;
        }
        Set<Integer> articles = new LinkedHashSet<>();
        a.all().forEach(r -> articles.add(r.article()));
        return b.all().stream().anyMatch(r -> articles.contains(r.article()));
    }

    private static String iso(When w) {
        return w == null ? null : w.iso();
    }
}
