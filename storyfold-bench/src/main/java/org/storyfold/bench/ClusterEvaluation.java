package org.storyfold.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.Story;
import org.storyfold.cluster.StoryClusterer;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.SentenceFingerprintDeduplicator;
import org.storyfold.extract.Article;

/** Pools the Multi-News articles, clusters them, and scores the stories against the gold clusters. */
public final class ClusterEvaluation {

    private ClusterEvaluation() {
    }

    /** The duplicate groups of the articles, as the pipeline's dedup stage gives them. */
    public static List<DuplicateGroup> duplicates(List<Article> articles) {
        return new SentenceFingerprintDeduplicator(DedupConfig.defaults()).deduplicate(articles);
    }

    /** The score of {@code clusterer} on the pooled articles, with dedup groups as the pipeline gives them. */
    public static ClusteringMetrics evaluate(MultiNews.Data data, StoryClusterer clusterer) {
        return evaluate(data, clusterer, duplicates(data.articles()));
    }

    /**
     * A clustering's scores: over the articles storyfold accepted, and over every document, each
     * rejected document counted as a story of its own.
     */
    public record Scores(ClusteringMetrics accepted, ClusteringMetrics all) {
    }

    /** The score of {@code clusterer} on the pooled articles, given their duplicate groups. */
    public static ClusteringMetrics evaluate(MultiNews.Data data, StoryClusterer clusterer, List<DuplicateGroup> groups) {
        return score(data, clusterer, groups).accepted();
    }

    /** Both scores of {@code clusterer} on the pooled articles, given their duplicate groups. */
    public static Scores score(MultiNews.Data data, StoryClusterer clusterer, List<DuplicateGroup> groups) {
        return scores(data, stories(data, clusterer, groups));
    }

    /** Each accepted article's story under {@code clusterer}, story by story in the order it gives them. */
    public static Map<String, String> stories(MultiNews.Data data, StoryClusterer clusterer, List<DuplicateGroup> groups) {
        Map<String, String> predicted = new LinkedHashMap<>();
        for (Story s : clusterer.cluster(data.articles(), groups)) {
            s.articles().forEach(id -> predicted.put(id, s.id()));
        }
        return predicted;
    }

    /** Both scores of a clustering given as each accepted article's label. */
    public static Scores scores(MultiNews.Data data, Map<String, String> predicted) {
        Map<String, String> all = new HashMap<>(predicted);
        Map<String, String> allGold = new HashMap<>(data.gold());
        data.rejected().forEach((id, cluster) -> {
            all.put(id, "rejected:" + id);
            allGold.put(id, cluster);
        });
        return new Scores(ClusteringMetrics.score(predicted, data.gold()), ClusteringMetrics.score(all, allGold));
    }

    /** The pipeline's clusterer at its default settings. */
    public static ClusteringMetrics evaluateDefault(MultiNews.Data data) {
        return evaluate(data, new OnlineStoryClusterer(ClusterConfig.defaults()));
    }

    /**
     * The best score any clusterer could reach when copies must share a story: the gold clusters,
     * except that the members of each family of copies dedup found are put together in a story of
     * their own when the family spans gold clusters.
     */
    public static ClusteringMetrics copiesTogetherBound(MultiNews.Data data, List<DuplicateGroup> groups) {
        return copiesTogetherBounds(data, groups).accepted();
    }

    /** {@link #copiesTogetherBound}, over the accepted articles and over every document. */
    public static Scores copiesTogetherBounds(MultiNews.Data data, List<DuplicateGroup> groups) {
        Map<String, String> family = new HashMap<>();
        for (DuplicateGroup g : groups) {
            String root = null;
            for (String m : g.members()) {
                String r = rootOf(family, m);
                root = root == null ? r : root;
                if (!r.equals(root)) {
                    family.put(r, root);
                }
            }
        }
        Map<String, java.util.Set<String>> goldOfFamily = new HashMap<>();
        for (String id : data.gold().keySet()) {
            goldOfFamily.computeIfAbsent(rootOf(family, id), r -> new java.util.HashSet<>()).add(data.gold().get(id));
        }
        Map<String, String> predicted = new HashMap<>();
        for (String id : data.gold().keySet()) {
            String root = rootOf(family, id);
            predicted.put(id, goldOfFamily.get(root).size() > 1 ? "copies:" + root : data.gold().get(id));
        }
        return scores(data, predicted);
    }

    /**
     * The best a clusterer can reach whose stories never span a gap of more than {@code days} days
     * between dated articles, as storyfold's do not (they weigh time, and go dormant): the gold
     * clusters, each cut wherever its dated articles, in date order, are more than {@code days}
     * days apart; its undated articles stay with the largest piece. Over the accepted articles and
     * over every document.
     */
    public static Scores timeBounds(MultiNews.Data data, int days) {
        Map<String, List<Article>> byCluster = new LinkedHashMap<>();
        for (Article a : data.articles()) {
            byCluster.computeIfAbsent(data.gold().get(a.id()), c -> new ArrayList<>()).add(a);
        }
        Map<String, String> predicted = new HashMap<>();
        byCluster.forEach((cluster, members) -> {
            List<Article> dated = new ArrayList<>(members.stream().filter(a -> a.published() != null).toList());
            dated.sort(java.util.Comparator.comparing(Article::published));
            int piece = 0;
            int largest = 0;
            int size = 0;
            int largestSize = 0;
            for (int i = 0; i < dated.size(); i++) {
                if (i > 0 && java.time.temporal.ChronoUnit.DAYS.between(dated.get(i - 1).published(),
                        dated.get(i).published()) > days) {
                    piece++;
                    size = 0;
                }
                predicted.put(dated.get(i).id(), cluster + "#" + piece);
                if (++size > largestSize) {
                    largestSize = size;
                    largest = piece;
                }
            }
            for (Article a : members) {
                predicted.putIfAbsent(a.id(), cluster + "#" + largest);
            }
        });
        return scores(data, predicted);
    }

    /** The articles whose gold cluster passes {@code keep}, with their gold: one fold of a cross-validation. */
    public static MultiNews.Data subset(MultiNews.Data data, Predicate<String> keep) {
        List<Article> articles = new ArrayList<>();
        Map<String, String> gold = new LinkedHashMap<>();
        for (Article a : data.articles()) {
            String cluster = data.gold().get(a.id());
            if (keep.test(cluster)) {
                articles.add(a);
                gold.put(a.id(), cluster);
            }
        }
        Map<String, String> rejected = new LinkedHashMap<>();
        data.rejected().forEach((id, cluster) -> {
            if (keep.test(cluster)) {
                rejected.put(id, cluster);
            }
        });
        return new MultiNews.Data(articles, gold, rejected);
    }

    private static String rootOf(Map<String, String> parent, String id) {
        String r = id;
        while (parent.containsKey(r) && !parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
