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

        // 2. Stream stories joined through the store stories they share.
        Components components = new Components();
        for (Story s : touched) {
            components.add("t:" + s.id());
            for (String a : s.articles()) {
                String storeStory = storeStoryOf.get(a);
                if (storeStory != null) {
                    components.union("t:" + s.id(), "s:" + storeStory);
                }
            }
        }
        Map<String, Story> byId = new HashMap<>();
        touched.forEach(s -> byId.put(s.id(), s));

        // 3. One update per joined set: stored stories continue or are absorbed, or a new story begins.
        List<StoryAssignment> continuing = new ArrayList<>();
        List<StoryAssignment> created = new ArrayList<>();
        for (List<String> component : components.all()) {
            List<Story> streamStories = new ArrayList<>();
            Map<String, Integer> heldOf = new LinkedHashMap<>();
            for (String node : component) {
                if (node.startsWith("t:")) {
                    streamStories.add(byId.get(node.substring(2)));
                } else {
                    heldOf.put(node.substring(2), 0);
                }
            }
            List<String> freshMembers = new ArrayList<>();
            for (Story s : streamStories) {
                for (String a : s.articles()) {
                    if (position.containsKey(a)) {
                        freshMembers.add(a);
                    } else if (storeStoryOf.containsKey(a)) {
                        heldOf.merge(storeStoryOf.get(a), 1, Integer::sum);
                    }
                }
            }
            // New members in batch order, as a one-off run lists them.
            freshMembers.sort(Comparator.comparingInt(position::get));
            String title = streamStories.stream().max(Comparator.comparingInt((Story s) -> s.articles().size())
                    .thenComparing(Story::id, Comparator.reverseOrder())).map(Story::title).orElse(null);
            if (heldOf.isEmpty()) {
                created.add(new StoryAssignment(null, List.of(), title, freshMembers));
                continue;
            }
            List<String> order = new ArrayList<>(heldOf.keySet());
            order.sort(Comparator.comparingInt((String s) -> -heldOf.get(s)).thenComparing(StreamStoryAssigner::byNumber));
            List<String> members = new ArrayList<>(stored.storyMembers(order));
            members.addAll(freshMembers);
            continuing.add(new StoryAssignment(order.get(0), order.subList(1, order.size()), title, members));
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

    /** Nodes joined into connected sets, in the order first seen (a small union-find). */
    private static final class Components {
        private final Map<String, String> parent = new LinkedHashMap<>();

        void add(String node) {
            parent.putIfAbsent(node, node);
        }

        String find(String node) {
            add(node);
            String root = node;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            parent.put(node, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }

        List<List<String>> all() {
            Map<String, List<String>> byRoot = new LinkedHashMap<>();
            for (String node : new ArrayList<>(parent.keySet())) {
                byRoot.computeIfAbsent(find(node), k -> new ArrayList<>()).add(node);
            }
            return new ArrayList<>(byRoot.values());
        }
    }
}
