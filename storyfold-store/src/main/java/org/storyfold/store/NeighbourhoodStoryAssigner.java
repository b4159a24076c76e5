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
import org.storyfold.cluster.StoryClusterer;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Places new articles with a batch {@link StoryClusterer}, run first over the batch alone, then
 * over each of the batch's stories beside the stored stories of its nearest articles. A stored
 * story enters the clusterer as one indivisible unit (passed as a group that must stay together,
 * the way copies do), so stored stories are joined or merged, never split; copies of a stored
 * article always join that article's story. Used by one thread at a time.
 */
public final class NeighbourhoodStoryAssigner implements StoryAssigner {

    private final StoryClusterer clusterer;
    private final int neighbours;
    private final int storySample;

    /**
     * @param clusterer   the batch stage run over each neighbourhood
     * @param neighbours  stored articles fetched per new article, whose stories are candidates
     * @param storySample most recent members of a candidate story that represent it
     */
    public NeighbourhoodStoryAssigner(StoryClusterer clusterer, int neighbours, int storySample) {
        this.clusterer = clusterer;
        this.neighbours = neighbours;
        this.storySample = storySample;
    }

    @Override
    public List<StoryUpdate> assign(List<Article> fresh, List<DuplicateGroup> copies, StoredCollection stored) {
        Map<String, Article> loaded = new HashMap<>();
        fresh.forEach(a -> loaded.put(a.id(), a));
        // 1. The batch's own stories; each is a node, as is every stored story it may join.
        List<Story> local = clusterer.cluster(fresh, copies);
        Components nodes = new Components();
        Map<String, String> nodeOfFresh = new HashMap<>();
        for (int i = 0; i < local.size(); i++) {
            String node = "new:" + i;
            nodes.add(node);
            local.get(i).articles().forEach(id -> nodeOfFresh.put(id, node));
        }
        if (stored.size() > 0) {
            // 2. Copies of stored articles join their stories, whatever the words say.
            joinStoriesOfCopies(copies, nodeOfFresh, stored, nodes);
            // 3. Each batch story beside the stories of its nearest stored articles.
            for (int i = 0; i < local.size(); i++) {
                joinNearStories("new:" + i, local.get(i), stored, loaded, nodes);
            }
        }
        // 4. One update per connected set of batch and stored stories.
        List<StoryUpdate> updates = new ArrayList<>();
        for (List<String> component : nodes.components()) {
            updates.add(update(component, local, stored, loaded));
        }
        return updates;
    }

    private void joinStoriesOfCopies(List<DuplicateGroup> copies, Map<String, String> nodeOfFresh,
                                     StoredCollection stored, Components nodes) {
        List<String> storedMembers = new ArrayList<>();
        copies.forEach(g -> g.members().stream().filter(id -> !nodeOfFresh.containsKey(id)).forEach(storedMembers::add));
        Map<String, String> storyOf = stored.storiesOf(storedMembers);
        for (DuplicateGroup g : copies) {
            Set<String> groupNodes = new LinkedHashSet<>();
            for (String id : g.members()) {
                if (nodeOfFresh.containsKey(id)) {
                    groupNodes.add(nodeOfFresh.get(id));
                } else if (storyOf.containsKey(id)) {
                    groupNodes.add("stored:" + storyOf.get(id));
                }
            }
            // A group already inside one stored story changes nothing.
            if (groupNodes.size() > 1) {
                String first = groupNodes.iterator().next();
                for (String node : groupNodes) {
                    nodes.add(node);
                    nodes.union(first, node);
                }
            }
        }
    }

    private void joinNearStories(String node, Story batchStory, StoredCollection stored, Map<String, Article> loaded,
                                 Components nodes) {
        Set<String> near = new LinkedHashSet<>();
        for (String id : batchStory.articles()) {
            near.addAll(stored.similarArticles(loaded.get(id), neighbours));
        }
        Set<String> candidates = new LinkedHashSet<>(stored.storiesOf(near).values());
        if (candidates.isEmpty()) {
            return;
        }
        List<DuplicateGroup> units = new ArrayList<>();
        units.add(unit(batchStory.articles()));
        Map<String, String> storyOfSample = new HashMap<>();
        for (String story : candidates) {
            List<String> sample = stored.storyMembers(story, storySample);
            if (sample.isEmpty()) {
                continue;
            }
            units.add(unit(sample));
            sample.forEach(id -> storyOfSample.put(id, story));
        }
        load(storyOfSample.keySet(), stored, loaded);
        List<Article> neighbourhood = new ArrayList<>();
        batchStory.articles().forEach(id -> neighbourhood.add(loaded.get(id)));
        storyOfSample.keySet().stream().map(loaded::get).filter(java.util.Objects::nonNull).forEach(neighbourhood::add);
        String first = batchStory.articles().get(0);
        for (Story s : clusterer.cluster(neighbourhood, units)) {
            if (s.articles().contains(first)) {
                for (String id : s.articles()) {
                    String story = storyOfSample.get(id);
                    if (story != null) {
                        nodes.add("stored:" + story);
                        nodes.union(node, "stored:" + story);
                    }
                }
            }
        }
    }

    private StoryUpdate update(List<String> component, List<Story> local, StoredCollection stored,
                               Map<String, Article> loaded) {
        Map<String, List<String>> storedMembers = new LinkedHashMap<>();
        List<String> freshMembers = new ArrayList<>();
        for (String node : component) {
            if (node.startsWith("stored:")) {
                String story = node.substring("stored:".length());
                storedMembers.put(story, stored.storyMembers(story, 0));
            } else {
                freshMembers.addAll(local.get(Integer.parseInt(node.substring("new:".length()))).articles());
            }
        }
        // The largest stored story continues (its address is the most shared), the others merge into it.
        List<String> order = new ArrayList<>(storedMembers.keySet());
        order.sort(Comparator.comparingInt((String s) -> -storedMembers.get(s).size()).thenComparing(s -> s));
        List<String> members = new ArrayList<>();
        List<String> titleSample = new ArrayList<>();
        for (String story : order) {
            List<String> ids = storedMembers.get(story);
            members.addAll(ids);
            titleSample.addAll(ids.subList(Math.max(0, ids.size() - storySample), ids.size()));
        }
        members.addAll(freshMembers);
        titleSample.addAll(freshMembers);
        load(titleSample, stored, loaded);
        String continuing = order.isEmpty() ? null : order.get(0);
        List<String> absorbed = order.isEmpty() ? List.of() : order.subList(1, order.size());
        return new StoryUpdate(continuing, absorbed, title(titleSample, loaded), members);
    }

    /** The clusterer's title for these articles taken as one story: its most central headline. */
    private String title(List<String> ids, Map<String, Article> loaded) {
        List<Article> articles = ids.stream().map(loaded::get).filter(java.util.Objects::nonNull).toList();
        if (articles.isEmpty()) {
            return null;
        }
        return clusterer.cluster(articles, List.of(unit(ids))).get(0).title();
    }

    private static void load(java.util.Collection<String> ids, StoredCollection stored, Map<String, Article> loaded) {
        List<String> missing = ids.stream().filter(id -> !loaded.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            loaded.putAll(stored.articles(missing));
        }
    }

    /** Articles the clusterer must keep together, passed the way it keeps copies together. */
    private static DuplicateGroup unit(List<String> ids) {
        return new DuplicateGroup(ids, ids.get(0), CopyKind.EXACT, 1.0, List.of());
    }

    /** Nodes joined into connected sets, in the order first seen (a small union-find). */
    private static final class Components {
        private final Map<String, String> parent = new LinkedHashMap<>();

        void add(String node) {
            parent.putIfAbsent(node, node);
        }

        String find(String node) {
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

        List<List<String>> components() {
            Map<String, List<String>> byRoot = new LinkedHashMap<>();
            for (String node : new ArrayList<>(parent.keySet())) {
                byRoot.computeIfAbsent(find(node), k -> new ArrayList<>()).add(node);
            }
            return new ArrayList<>(byRoot.values());
        }
    }
}
