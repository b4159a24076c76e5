package org.storyfold.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.StoryStream;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Places new articles with one {@link StoryStream} that holds every stored article, the digest's
 * online clusterer kept open: each batch is added to the stream, and each stream story the batch
 * created or changed becomes a store story. A touched stream story continues the store story it
 * shares most stored articles with (the largest overlaps first, each store story once), and holds
 * exactly the stream story's articles; one that shares none with a store story left is a new store
 * story. A store story whose articles all went to other stories is absorbed by the one that took
 * most of them; one that lost some goes on with the rest.
 *
 * <p>A stream past its young days only adds articles to stories and merges whole stories; a young
 * one, folded anew at each batch, may move an article to another story, and the store follows it
 * (the story it left is written again). A store whose stories are not the stream's (written by other
 * stages, or restored without a snapshot) keeps, in each store story, the members that no touched
 * stream story holds.
 *
 * <p>The stream must hold exactly the stored articles (the store restores it from a snapshot and
 * the batches committed after it). Storylines are not kept: linking them weighs every story, not
 * only those a batch touched. Not thread-safe; one batch at a time.
 */
public final class StreamStoryAssigner implements StoryAssigner {

    private final StoryStream stream;

    /** @param stream the stream of every stored article, which each batch is added to */
    public StreamStoryAssigner(StoryStream stream) {
        this.stream = stream;
    }

    @Override
    public List<StoryAssignment> assign(List<Article> fresh, List<DuplicateGroup> copies, StoredCollection stored) {
        org.storyfold.cluster.StoryUpdate placed = stream.add(fresh, copies);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            position.putIfAbsent(fresh.get(i).id(), i);
        }

        // 1. The touched stream stories, and the store stories of their stored members.
        List<Story> touched = new ArrayList<>();
        for (String id : concat(placed.created(), placed.changed())) {
            Story s = stream.story(id);
            if (s == null) {
                throw new IllegalStateException("the story stream reports story " + id + " as touched but has no such story");
            }
            touched.add(s);
        }
        Set<String> storedMembers = new LinkedHashSet<>();
        touched.forEach(s -> s.articles().stream().filter(a -> !position.containsKey(a)).forEach(storedMembers::add));
        Map<String, String> storeStoryOf = storedMembers.isEmpty() ? Map.of() : stored.storiesOf(storedMembers);

        // 2. Each touched stream story continues the store story it shares most stored articles with
        // (largest overlaps first, each store story once); the others begin new store stories.
        Map<String, Map<String, Integer>> shared = new HashMap<>();
        Map<String, String> touchedOf = new HashMap<>();
        for (Story s : touched) {
            for (String a : s.articles()) {
                touchedOf.put(a, s.id());
                String storeStory = storeStoryOf.get(a);
                if (storeStory != null) {
                    shared.computeIfAbsent(s.id(), k -> new HashMap<>()).merge(storeStory, 1, Integer::sum);
                }
            }
        }
        List<String[]> pairs = new ArrayList<>();
        shared.forEach((t, counts) -> counts.keySet().forEach(x -> pairs.add(new String[] {t, x})));
        pairs.sort(Comparator.comparingInt((String[] p) -> -shared.get(p[0]).get(p[1]))
                .thenComparing((p, q) -> byNumber(p[1], q[1])).thenComparing(p -> p[0]));
        Map<String, String> storeOf = new HashMap<>();
        Map<String, String> streamOf = new HashMap<>();
        for (String[] p : pairs) {
            if (!storeOf.containsKey(p[0]) && !streamOf.containsKey(p[1])) {
                storeOf.put(p[0], p[1]);
                streamOf.put(p[1], p[0]);
            }
        }

        // 3. Each store story in play ends with its members no touched stream story holds, in storing
        // order, and, when it continues one, that stream story's articles: a young stream folded anew
        // (StoryStream) may move a stored article, and the store follows it. A store story left with
        // no member is absorbed by the story that took most of its members.
        List<String> inPlay = new ArrayList<>(new java.util.TreeSet<>(storeStoryOf.values()));
        Map<String, List<String>> kept = new LinkedHashMap<>();
        Map<String, List<String>> storedOrder = new HashMap<>();
        for (String x : inPlay) {
            List<String> members = stored.storyMembers(List.of(x));
            storedOrder.put(x, members);
            kept.put(x, members.stream().filter(a -> !touchedOf.containsKey(a)).toList());
        }
        Map<String, List<String>> absorbedBy = new HashMap<>();
        for (String x : inPlay) {
            if (streamOf.containsKey(x) || !kept.get(x).isEmpty()) {
                continue;
            }
            Map<String, Integer> took = new HashMap<>();
            storedOrder.get(x).forEach(a -> took.merge(touchedOf.get(a), 1, Integer::sum));
            String most = took.entrySet().stream().filter(e -> storeOf.containsKey(e.getKey()))
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey,
                            Comparator.reverseOrder())).map(Map.Entry::getKey).orElseThrow();
            absorbedBy.computeIfAbsent(storeOf.get(most), k -> new ArrayList<>()).add(x);
        }
        List<StoryAssignment> continuing = new ArrayList<>();
        List<StoryAssignment> created = new ArrayList<>();
        for (Story s : touched) {
            List<String> freshMembers = new ArrayList<>();
            List<String> movedIn = new ArrayList<>();
            for (String a : s.articles()) {
                if (position.containsKey(a)) {
                    freshMembers.add(a);
                } else {
                    movedIn.add(a);
                }
            }
            // New members in batch order, as a one-off run lists them.
            freshMembers.sort(Comparator.comparingInt(position::get));
            String x = storeOf.get(s.id());
            if (x == null) {
                List<String> members = new ArrayList<>(movedIn);
                members.addAll(freshMembers);
                created.add(new StoryAssignment(null, List.of(), s.title(), members));
                continue;
            }
            List<String> absorbed = absorbedBy.getOrDefault(x, List.of());
            // Its stored members that stay, in storing order, then those moved in, then the new ones.
            List<String> members = new ArrayList<>(storedOrder.get(x).stream()
                    .filter(a -> !touchedOf.containsKey(a) || s.id().equals(touchedOf.get(a))).toList());
            movedIn.stream().filter(a -> !x.equals(storeStoryOf.get(a))).forEach(members::add);
            members.addAll(freshMembers);
            if (freshMembers.isEmpty() && absorbed.isEmpty() && new java.util.HashSet<>(members)
                    .equals(new java.util.HashSet<>(storedOrder.get(x)))) {
                continue;
            }
            continuing.add(new StoryAssignment(x, absorbed, s.title(), members));
        }
        for (String x : inPlay) {
            if (!streamOf.containsKey(x) && !kept.get(x).isEmpty() && kept.get(x).size() < storedOrder.get(x).size()) {
                // It lost members to other stories and goes on with the rest.
                Story rest = stream.story(stream.storyOf(kept.get(x).get(0)));
                continuing.add(new StoryAssignment(x, List.of(), rest == null ? null : rest.title(), kept.get(x)));
            }
        }
        // New stories largest first, as a one-off run numbers them.
        created.sort(Comparator.comparingInt((StoryAssignment u) -> -u.articles().size())
                .thenComparingInt(u -> u.articles().stream().mapToInt(a -> position.getOrDefault(a, Integer.MAX_VALUE))
                        .min().orElse(Integer.MAX_VALUE)));
        List<StoryAssignment> out = new ArrayList<>(continuing);
        out.addAll(created);
        return out;
    }

    /** Store story ids ({@code s12}) by number, the older first; others after, by id. */
    private static int byNumber(String a, String b) {
        return Long.compare(number(a), number(b)) != 0 ? Long.compare(number(a), number(b)) : a.compareTo(b);
    }

    private static long number(String id) {
        try {
            return id.startsWith("s") ? Long.parseLong(id.substring(1)) : Long.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
