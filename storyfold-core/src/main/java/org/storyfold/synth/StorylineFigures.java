package org.storyfold.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets side by side the figures that the stories of one storyline give for one quantity: the
 * counts of a state (how many remain, how much is held) under the same {@link Figure#measure()},
 * when two or more of the stories give one. Collect each story's brief as it is made ({@link
 * #add}), then ask for a storyline's tracks ({@link #tracks}). Not thread-safe.
 */
public final class StorylineFigures {

    private final Set<String> wanted;
    private final Map<String, List<Figure>> figuresOf = new HashMap<>();

    /** @param storiesInStorylines the ids of the stories whose figures will be asked for */
    public StorylineFigures(Set<String> storiesInStorylines) {
        this.wanted = Set.copyOf(storiesInStorylines);
    }

    /** Keeps the figures of a story's brief that a storyline may compare (nothing for other stories). */
    public void add(String story, Brief brief) {
        if (brief != null) {
            add(story, brief.figures());
        }
    }

    /** Keeps the figures of a story that a storyline may compare (nothing for other stories). */
    public void add(String story, List<Figure> figures) {
        if (wanted.contains(story)) {
            figuresOf.put(story, figures.stream().filter(f -> f.measure() != null && f.state()).toList());
        }
    }

    /** The tracks of the storyline made of {@code stories}: one per quantity two or more of them count. */
    public List<FigureTrack> tracks(List<String> stories) {
        Map<String, Map<String, List<Figure>>> byMeasure = new LinkedHashMap<>();
        for (String story : stories) {
            for (Figure f : figuresOf.getOrDefault(story, List.of())) {
                byMeasure.computeIfAbsent(f.measure(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(story, k -> new ArrayList<>()).add(f);
            }
        }
        List<FigureTrack> tracks = new ArrayList<>();
        for (Map<String, List<Figure>> perStory : byMeasure.values()) {
            if (perStory.size() < 2) {
                continue;
            }
            List<Claimed> claims = new ArrayList<>();
            perStory.forEach((story, figures) -> claims.addAll(distinct(story, figures)));
            claims.sort(Comparator.comparing((Claimed c) -> c.from, Comparator.nullsLast(Comparator.naturalOrder())));
            String label = claims.get(0).figure.label();
            tracks.add(new FigureTrack(label, claims.stream().map(Claimed::point).toList(), verdict(claims)));
        }
        return tracks;
    }

    /** A story's figure with the days its date may mean. */
    private record Claimed(String story, Figure figure, List<String> sources, LocalDate from, LocalDate to) {
        FigureTrack.Point point() {
            return new FigureTrack.Point(story, figure.value(), figure.date(), figure.speaker(), sources, figure.text());
        }
    }

    /** One claim per amount within a story, with every article of the story that prints it. */
    private static List<Claimed> distinct(String story, List<Figure> figures) {
        Map<String, List<Figure>> byAmount = new LinkedHashMap<>();
        for (Figure f : figures) {
            byAmount.computeIfAbsent(f.low() + ":" + f.high(), k -> new ArrayList<>()).add(f);
        }
        List<Claimed> out = new ArrayList<>();
        for (List<Figure> same : byAmount.values()) {
            Figure first = same.stream().filter(f -> f.date() != null).findFirst().orElse(same.get(0));
            Set<String> sources = new LinkedHashSet<>();
            same.forEach(f -> sources.add(f.source()));
            LocalDate[] days = days(first.date());
            out.add(new Claimed(story, first, List.copyOf(sources), days[0], days[1]));
        }
        return out;
    }

    private static String verdict(List<Claimed> claims) {
        boolean differ = false;
        boolean undated = false;
        boolean sameDay = false;
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claimed a = claims.get(i);
                Claimed b = claims.get(j);
                if (a.story.equals(b.story) || a.figure.compatible(b.figure)) {
                    continue;
                }
                differ = true;
                if (a.from == null || b.from == null) {
                    undated = true;
                } else if (!a.to.isBefore(b.from) && !b.to.isBefore(a.from)) {
                    sameDay = true;
                }
            }
        }
        if (!differ) {
            return FigureTrack.CONSISTENT;
        }
        return sameDay ? FigureTrack.CONFLICT : undated ? FigureTrack.UNDATED : FigureTrack.DEVELOPMENT;
    }

    /** The first and last day an ISO 8601 date or span may mean ({@code 2017-10-14}, {@code 2017-10-09/2017-10-14}, {@code 2017-06}, {@code 2017}). */
    static LocalDate[] days(String iso) {
        if (iso == null) {
            return new LocalDate[2];
        }
        String[] ends = iso.split("/");
        return new LocalDate[] {day(ends[0], true), day(ends[ends.length - 1], false)};
    }

    private static LocalDate day(String s, boolean first) {
        if (s.length() == 4) {
            int y = Integer.parseInt(s);
            return first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
        }
        if (s.length() == 7) {
            LocalDate d = LocalDate.parse(s + "-01");
            return first ? d : d.plusMonths(1).minusDays(1);
        }
        return LocalDate.parse(s);
    }
}
