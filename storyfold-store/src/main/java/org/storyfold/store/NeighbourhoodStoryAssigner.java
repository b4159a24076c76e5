package org.storyfold.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.StoryClusterer;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Places new articles by running a batch {@link StoryClusterer} once over the batch and its
 * neighbourhood: the stored stories of the articles nearest to each new one, each represented by
 * its latest members and entered as one indivisible unit (passed as a group that must stay
 * together, the way copies do), so that stored stories are joined or merged, never split. When
 * the neighbourhood is small (a batch of one), random stored stories pad it, so that the
 * clusterer's word weights are learnt from a fair sample of the collection rather than from a few
 * articles on one subject. Copies of a stored article always join that article's story.
 * Used by one thread at a time.
 */
public final class NeighbourhoodStoryAssigner implements StoryAssigner {

    private final StoryClusterer clusterer;
    private final int neighbours;
    private final int storySample;
    private final int minNeighbourhood;

    /**
     * @param clusterer        the batch stage run over the neighbourhood
     * @param neighbours       stored articles fetched per new article, whose stories are candidates
     * @param storySample      latest members of a candidate story that represent it
     * @param minNeighbourhood articles the neighbourhood is padded to with random stored stories
     */
    public NeighbourhoodStoryAssigner(StoryClusterer clusterer, int neighbours, int storySample, int minNeighbourhood) {
        this.clusterer = clusterer;
        this.neighbours = neighbours;
        this.storySample = storySample;
        this.minNeighbourhood = minNeighbourhood;
    }

    @Override
    public List<StoryUpdate> assign(List<Article> fresh, List<DuplicateGroup> copies, StoredCollection stored) {
        Map<String, Article> loaded = new HashMap<>();
        fresh.forEach(a -> loaded.put(a.id(), a));

        // 1. Candidate stories: those of each new article's nearest stored articles, padded at random.
        Set<String> candidates = new LinkedHashSet<>();
        if (stored.size() > 0) {
            Set<String> near = new LinkedHashSet<>();
            for (Article a : fresh) {
                near.addAll(stored.similarArticles(a, neighbours));
            }
            candidates.addAll(stored.storiesOf(near).values());
            int wanted = minNeighbourhood - fresh.size() - candidates.size() * storySample;
            if (wanted > 0) {
                candidates.addAll(stored.storiesOf(stored.randomArticles(wanted / storySample + 1)).values());
            }
        }
        // 2. Each candidate story as one unit of its latest members.
        List<DuplicateGroup> units = new ArrayList<>(copies);
        Map<String, String> storyOfSample = new HashMap<>();
        for (String story : candidates) {
            List<String> sample = stored.storyMembers(story, storySample);
            if (!sample.isEmpty()) {
                units.add(unit(sample));
                sample.forEach(id -> storyOfSample.put(id, story));
            }
        }
        load(storyOfSample.keySet(), stored, loaded);
        List<Article> neighbourhood = new ArrayList<>(fresh);
        storyOfSample.keySet().stream().map(loaded::get).filter(Objects::nonNull).forEach(neighbourhood::add);

        // 3. One clustering; a cluster with new articles joins the stored stories in it.
        Components nodes = new Components();
        Map<String, String> nodeOfFresh = new HashMap<>();
        List<List<String>> freshOfNode = new ArrayList<>();
        for (Story s : clusterer.cluster(neighbourhood, units)) {
            List<String> freshMembers = s.articles().stream().filter(id -> !storyOfSample.containsKey(id)).toList();
            if (freshMembers.isEmpty()) {
                continue; // Stored stories that only meet each other stay as they are.
            }
            String node = "new:" + freshOfNode.size();
            freshOfNode.add(freshMembers);
            nodes.add(node);
            freshMembers.forEach(id -> nodeOfFresh.put(id, node));
            s.articles().stream().map(storyOfSample::get).filter(Objects::nonNull).distinct()
                    .forEach(story -> nodes.union(node, "stored:" + story));
        }
        // 4. Copies of stored articles join their stories, whatever the words say.
        joinStoriesOfCopies(copies, nodeOfFresh, stored, nodes);

        // 5. One update per connected set of new clusters and stored stories.
        List<StoryUpdate> updates = new ArrayList<>();
        for (List<String> component : nodes.components()) {
            updates.add(update(component, freshOfNode, stored, loaded));
        }
        return updates;
    }

    private static void joinStoriesOfCopies(List<DuplicateGroup> copies, Map<String, String> nodeOfFresh,
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
            // A group already inside one story changes nothing.
            if (groupNodes.size() > 1) {
                String first = groupNodes.iterator().next();
                for (String node : groupNodes) {
                    nodes.union(first, node);
                }
            }
        }
    }

    private StoryUpdate update(List<String> component, List<List<String>> freshOfNode, StoredCollection stored,
                               Map<String, Article> loaded) {
        Map<String, List<String>> storedMembers = new LinkedHashMap<>();
        List<String> freshMembers = new ArrayList<>();
        for (String node : component) {
            if (node.startsWith("stored:")) {
                String story = node.substring("stored:".length());
                storedMembers.put(story, stored.storyMembers(story, 0));
            } else {
                freshMembers.addAll(freshOfNode.get(Integer.parseInt(node.substring("new:".length()))));
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
        List<Article> articles = ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
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

        List<List<String>> components() {
            Map<String, List<String>> byRoot = new LinkedHashMap<>();
            for (String node : new ArrayList<>(parent.keySet())) {
                byRoot.computeIfAbsent(find(node), k -> new ArrayList<>()).add(node);
            }
            return new ArrayList<>(byRoot.values());
        }
    }
}
