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
 * created or changed becomes a store story. A touched stream story with stored members continues
 * the store story that holds most of them and absorbs the other store stories of its stored
 * members; one without stored members is a new store story. Stream stories merged away by the
 * batch are absorbed that way too, since their members are the survivor's.
 *
 * <p>The stream only ever adds articles to stories and merges whole stories: it never moves an
 * article from one story to another. A store whose stories are not the stream's (written by other
 * stages, or restored without a snapshot) can still meet a stream story that holds part of a store
 * story; then the store story is never split: stream stories that share a store story are placed
 * together, with every member of the store stories they join. The store's stories only grow and
 * merge, whatever the stream does.
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

        // 2. Each store story goes with the touched stream story that holds most of its members, if that
        // holds more than half of them (a stream that only grows and merges holds all of them); one
        // that no stream story holds half of stays as it is.
        Map<String, Map<String, Integer>> heldBy = new HashMap<>();
        for (Story s : touched) {
            for (String a : s.articles()) {
                String storeStory = storeStoryOf.get(a);
                if (storeStory != null) {
                    heldBy.computeIfAbsent(storeStory, k -> new LinkedHashMap<>()).merge(s.id(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> size = new HashMap<>();
        if (!heldBy.isEmpty()) {
            List<String> all = stored.storyMembers(new ArrayList<>(heldBy.keySet()));
            stored.storiesOf(all).values().forEach(storeStory -> size.merge(storeStory, 1, Integer::sum));
        }
        Map<String, List<String>> homed = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : heldBy.entrySet()) {
            String storeStory = e.getKey();
            String most = null;
            for (Map.Entry<String, Integer> h : e.getValue().entrySet()) {
                if (most == null || h.getValue() > e.getValue().get(most)) {
                    most = h.getKey();
                }
            }
            if (2 * e.getValue().get(most) > size.getOrDefault(storeStory, 0)) {
                homed.computeIfAbsent(most, k -> new ArrayList<>()).add(storeStory);
            }
        }

        // 3. One update per touched stream story: its store stories continue (the one holding most of
        // it) and absorb one another, with its new members; or its new members begin a story.
        List<StoryAssignment> continuing = new ArrayList<>();
        List<StoryAssignment> created = new ArrayList<>();
        for (Story s : touched) {
            List<String> freshMembers = new ArrayList<>();
            for (String a : s.articles()) {
                if (position.containsKey(a)) {
                    freshMembers.add(a);
                }
            }
            List<String> order = new ArrayList<>(homed.getOrDefault(s.id(), List.of()));
            if (freshMembers.isEmpty() && order.size() < 2) {
                continue;
            }
            // New members in batch order, as a one-off run lists them.
            freshMembers.sort(Comparator.comparingInt(position::get));
            if (order.isEmpty()) {
                created.add(new StoryAssignment(null, List.of(), s.title(), freshMembers));
                continue;
            }
            Map<String, Integer> held = heldBy.entrySet().stream().filter(e -> order.contains(e.getKey()))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(s.id())));
            order.sort(Comparator.comparingInt((String x) -> -held.get(x)).thenComparing(StreamStoryAssigner::byNumber));
            List<String> members = new ArrayList<>(stored.storyMembers(order));
            members.addAll(freshMembers);
            continuing.add(new StoryAssignment(order.get(0), order.subList(1, order.size()), s.title(), members));
        }
        // New stories largest first, as a one-off run numbers them.
        created.sort(Comparator.comparingInt((StoryAssignment u) -> -u.articles().size())
                .thenComparingInt(u -> position.get(u.articles().get(0))));
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
