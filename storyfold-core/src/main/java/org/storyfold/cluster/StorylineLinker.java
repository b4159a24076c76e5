package org.storyfold.cluster;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links the stories of a {@link StoryRegistry} into storylines: each story is linked to the one
 * earlier story it is most like, if their centroids reach {@code storylineThreshold}, they share
 * at least two proper names and, when both are dated, they lie within {@link #MAX_DAYS} of each
 * other. Candidates come from an index of the stories' names, so the cost grows with the stories,
 * not with their pairs. Reads the stream; one use.
 */
final class StorylineLinker {

    /** Terms of a story's centroid that stand for it here. */
    static final int STORY_TERMS = StoryRegistry.RETIRED_TERMS;
    /** Names shared by too many stories to pick candidates (a head of state, a country). */
    static final int MAX_POSTING = 2_000;
    static final int MIN_SHARED_NAMES = 2;
    /** The longest gap between two dated stories of one storyline. */
    static final long MAX_DAYS = 120;
    /** Names printed in a link's reason. */
    private static final int REASON_NAMES = 4;

    private final StoryRegistry registry;

    StorylineLinker(StoryRegistry registry) {
        this.registry = registry;
    }

    List<Storyline> link() {
        List<GrowingStory> stories = new ArrayList<>();
        for (GrowingStory s : registry.stories) {
            if (s.mergedInto < 0 && !s.members.isEmpty()) {
                stories.add(s);
            }
        }
        // Earlier first: by first date where dated, else by the order the stream opened them.
        stories.sort(Comparator.comparing((GrowingStory s) -> s.first, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(s -> s.number));
        Map<Integer, Integer> rank = new HashMap<>();
        List<TermVector> vectors = new ArrayList<>();
        Map<Integer, List<Integer>> storiesOfName = new HashMap<>();
        for (int r = 0; r < stories.size(); r++) {
            rank.put(stories.get(r).number, r);
            TermVector v = stories.get(r).centroid.top(STORY_TERMS);
            vectors.add(v);
            for (int k = 0; k < v.size(); k++) {
                if (isName(v.ids[k])) {
                    storiesOfName.computeIfAbsent(v.ids[k], t -> new ArrayList<>()).add(r);
                }
            }
        }
        int[] parent = new int[stories.size()];
        List<StorylineLink> links = new ArrayList<>();
        List<int[]> linkEnds = new ArrayList<>();
        for (int r = 0; r < stories.size(); r++) {
            parent[r] = r;
            int best = -1;
            double bestScore = registry.config.storylineThreshold();
            TermVector v = vectors.get(r);
            Map<Integer, Integer> shared = new HashMap<>();
            for (int k = 0; k < v.size(); k++) {
                List<Integer> posting = storiesOfName.get(v.ids[k]);
                if (posting == null || posting.size() > MAX_POSTING) {
                    continue;
                }
                for (int other : posting) {
                    if (other < r) {
                        shared.merge(other, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int other = e.getKey();
                if (e.getValue() < MIN_SHARED_NAMES || !closeInTime(stories.get(other), stories.get(r))) {
                    continue;
                }
                double score = v.dot(vectors.get(other));
                if (score > bestScore || (score == bestScore && best >= 0 && other < best)) {
                    bestScore = score;
                    best = other;
                }
            }
            if (best >= 0) {
                links.add(describe(stories.get(best), vectors.get(best), stories.get(r), v, bestScore));
                linkEnds.add(new int[] {best, r});
                parent[find(parent, r)] = find(parent, best);
            }
        }
        return storylines(stories, parent, links, linkEnds);
    }

    private boolean isName(int term) {
        return registry.vocabulary.term(term).charAt(0) == ArticleTerms.NAME;
    }

    private static boolean closeInTime(GrowingStory earlier, GrowingStory later) {
        long gap = later.gapDays(earlier.first, earlier.last);
        return gap < 0 || gap <= MAX_DAYS;
    }

    private StorylineLink describe(GrowingStory earlier, TermVector a, GrowingStory later, TermVector b, double similarity) {
        List<int[]> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.ids[i] == b.ids[j]) {
                if (isName(a.ids[i])) {
                    common.add(new int[] {a.ids[i], Float.floatToIntBits(Math.min(a.weights[i], b.weights[j]))});
                }
                i++;
                j++;
            } else if (a.ids[i] < b.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        common.sort(Comparator.comparingDouble((int[] c) -> -Float.intBitsToFloat(c[1])).thenComparingInt(c -> c[0]));
        List<String> names = common.stream().map(c -> registry.nameSurfaces.getOrDefault(c[0],
                registry.vocabulary.term(c[0]).substring(1))).toList();
        long gap = later.gapDays(earlier.first, earlier.last);
        Long days = gap < 0 ? null : gap;
        String when = days == null ? "undated" : days == 0 ? "overlapping in time" : days + " days later";
        String reason = String.format(Locale.ROOT, "shares %s; similarity %.2f; %s",
                String.join(", ", names.subList(0, Math.min(REASON_NAMES, names.size()))), similarity, when);
        return new StorylineLink(StoryStream.id(earlier.number), StoryStream.id(later.number), similarity, names, days,
                reason);
    }

    private static List<Storyline> storylines(List<GrowingStory> stories, int[] parent, List<StorylineLink> links,
                                              List<int[]> linkEnds) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        Map<Integer, List<StorylineLink>> linksOf = new HashMap<>();
        for (int r = 0; r < stories.size(); r++) {
            members.computeIfAbsent(find(parent, r), k -> new ArrayList<>()).add(r);
        }
        for (int k = 0; k < links.size(); k++) {
            linksOf.computeIfAbsent(find(parent, linkEnds.get(k)[1]), x -> new ArrayList<>()).add(links.get(k));
        }
        List<List<Integer>> groups = new ArrayList<>();
        members.forEach((root, m) -> {
            if (m.size() > 1) {
                groups.add(m);
            }
        });
        groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
        List<Storyline> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            List<String> ids = g.stream().map(r -> StoryStream.id(stories.get(r).number)).toList();
            out.add(new Storyline("l" + (out.size() + 1), ids, linksOf.get(find(parent, g.get(0)))));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
