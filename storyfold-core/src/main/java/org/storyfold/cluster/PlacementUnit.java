package org.storyfold.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.extract.Article;

/**
 * What the clusterer places as one: a family of copies (see {@link CopyFamilies}), or a single article. Its
 * vector is the direction of its members' sum, its dates span theirs, and its key, a hash of its
 * members' words, orders units that arrive at the same time without regard to input order.
 */
final class PlacementUnit {

    /**
     * One new article, ready to be placed; {@code background} is its vector's likeness to the
     * mean of all articles so far ({@link StoryRegistry#background}), {@code titleVector} what its
     * headline is weighed by ({@link GrowingStory#titleVector}).
     */
    record Member(Article article, LocalDate date, int days, TermVector vector, TermVector titleVector, long key,
                  double background, EventKeys keys) {
    }

    /** Orders units in time, undated last, then by content, so that input order beyond time order does not matter. */
    static final Comparator<PlacementUnit> ARRIVAL = Comparator.comparing(u -> new ArrivalKey(u.first, u.key, u.smallestId));

    final List<Member> members = new ArrayList<>();
    /** Ids of earlier articles, already in stories, that dedup puts in this family. */
    final List<String> earlier = new ArrayList<>();
    TermVector vector;
    /** The members' vectors added up. */
    TermVector sum;
    LocalDate first;
    LocalDate last;
    /** How many members' leads name each weekday ({@link LeadDay#counted}). */
    long days;
    /** The members' backgrounds added up. */
    double background;
    /** The members' participants, places and figures ({@link EventKeys}). */
    final EventKeys keys = EventKeys.none();
    long key = Long.MAX_VALUE;
    String smallestId;
    /**
     * How much the unit's vectors count in the stories it joins: one over the square root of its
     * density (the mean cosine with its nearest articles, at least the floor; see
     * {@link Agglomeration}), so that the mean of scaled products of two groups is their mean
     * cosine relative to the density around them. 1 until the agglomeration sets it.
     */
    double scale = 1;

    private void finish(int maxTerms) {
        for (Member m : members) {
            if (m.date() != null && (first == null || m.date().isBefore(first))) {
                first = m.date();
            }
            if (m.date() != null && (last == null || m.date().isAfter(last))) {
                last = m.date();
            }
            key = Math.min(key, m.key());
            days = LeadDay.plus(days, LeadDay.counted(m.days(), 1));
            background += m.background();
            keys.add(m.keys());
            String id = m.article().id();
            smallestId = smallestId == null || id.compareTo(smallestId) < 0 ? id : smallestId;
        }
        if (members.size() == 1) {
            vector = members.get(0).vector();
            sum = vector;
        } else {
            Centroid c = new Centroid(Integer.MAX_VALUE);
            for (Member m : members) {
                c.add(m.vector(), 1f);
            }
            vector = c.top(maxTerms);
            sum = c.asVector();
        }
    }

    /**
     * The units of a batch: the members of a family of copies (and of families that share a
     * member) form one unit; an article of an earlier batch in a family ties the unit to its story.
     * {@code known} says whether an id belongs to an earlier batch.
     */
    static List<PlacementUnit> of(List<Member> batch, List<List<String>> families, java.util.function.Predicate<String> known,
                         int maxTerms) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            position.put(batch.get(i).article().id(), i);
        }
        int[] parent = new int[batch.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Integer, List<String>> earlierOfAnchor = new HashMap<>();
        for (List<String> family : families) {
            int anchor = -1;
            List<String> earlier = new ArrayList<>();
            for (String id : family) {
                Integer p = position.get(id);
                if (p != null) {
                    anchor = anchor < 0 ? p : union(parent, anchor, p);
                } else if (known.test(id)) {
                    earlier.add(id);
                }
            }
            if (anchor >= 0 && !earlier.isEmpty()) {
                earlierOfAnchor.computeIfAbsent(anchor, a -> new ArrayList<>()).addAll(earlier);
            }
        }
        Map<Integer, PlacementUnit> byRoot = new HashMap<>();
        List<PlacementUnit> units = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            int root = find(parent, i);
            PlacementUnit u = byRoot.computeIfAbsent(root, r -> {
                PlacementUnit created = new PlacementUnit();
                units.add(created);
                return created;
            });
            u.members.add(batch.get(i));
        }
        earlierOfAnchor.forEach((anchor, ids) -> byRoot.get(find(parent, anchor)).earlier.addAll(ids));
        for (PlacementUnit u : units) {
            u.members.sort(java.util.Comparator.comparingLong(Member::key).thenComparing(m -> m.article().id()));
            u.finish(maxTerms);
        }
        units.sort(ARRIVAL);
        return units;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        int root = Math.min(ra, rb);
        parent[Math.max(ra, rb)] = root;
        return root;
    }
}
