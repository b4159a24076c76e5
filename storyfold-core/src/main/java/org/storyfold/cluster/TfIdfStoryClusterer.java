package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.text.SparseVectors;

/**
 * Clusters articles by TF-IDF cosine similarity with average-link agglomeration: every duplicate
 * group starts as one unit, and the two closest units merge while their average pairwise
 * similarity reaches the threshold. Quadratic in the number of units: the baseline that
 * {@link OnlineStoryClusterer} is measured against, for collections of up to some thousands of
 * articles. {@link #onOnlineSimilarity} measures instead what the online clusterer measures, so
 * that the two differ only in how they group. Thread-safe.
 */
public final class TfIdfStoryClusterer implements StoryClusterer {

    private final ClusterConfig config;
    private final boolean onlineSimilarity;

    /** The baseline: plain TF-IDF cosines of words, reading only {@code threshold} and {@code titleWeight}. */
    public TfIdfStoryClusterer(ClusterConfig config) {
        this(config, false);
    }

    private TfIdfStoryClusterer(ClusterConfig config, boolean onlineSimilarity) {
        this.config = config;
        this.onlineSimilarity = onlineSimilarity;
    }

    /**
     * Average-link agglomeration over the online clusterer's similarity: its article vectors (words
     * with the title weighted, proper names times {@code nameWeight}, the {@code maxTerms} heaviest
     * terms) and a unit pair's mean cosine less {@code backgroundWeight} times their mean
     * backgrounds, against {@code threshold}; time is not used. Grouping a whole collection at
     * once, this is what the online clusterer, placing articles as they come, is compared with.
     */
    public static TfIdfStoryClusterer onOnlineSimilarity(ClusterConfig config) {
        return new TfIdfStoryClusterer(config, true);
    }

    @Override
    public List<Story> cluster(List<Article> articles, List<DuplicateGroup> duplicates) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Map<String, Double>> vectors = TfIdfVectors.of(articles, config.titleWeight());

        // 1. Units: each duplicate group is one, every other article its own.
        List<List<Integer>> units = initialUnits(articles, duplicates);
        PairSimilarity similarity = onlineSimilarity ? online(articles, units) : (a, b) -> SparseVectors.dot(vectors.get(a),
                vectors.get(b));

        // 2. Average-link similarities between units, from article-pair similarities.
        int n = units.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double sum = 0;
                for (int a : units.get(i)) {
                    for (int b : units.get(j)) {
                        sum += similarity.of(a, b);
                    }
                }
                sim[i][j] = sim[j][i] = sum / (units.get(i).size() * (double) units.get(j).size());
            }
        }

        // 3. Merge the closest pair while it reaches the threshold (Lance-Williams update).
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = config.threshold();
            for (int i = 0; i < n; i++) {
                if (!alive[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (alive[j] && sim[i][j] >= best) {
                        best = sim[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            double wi = units.get(bi).size();
            double wj = units.get(bj).size();
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != bi && k != bj) {
                    sim[bi][k] = sim[k][bi] = (wi * sim[bi][k] + wj * sim[bj][k]) / (wi + wj);
                }
            }
            units.get(bi).addAll(units.get(bj));
            alive[bj] = false;
        }

        // 4. Stories, largest first, each titled by its most central headline.
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                List<Integer> members = new ArrayList<>(units.get(i));
                members.sort(null);
                clusters.add(members);
            }
        }
        clusters.sort(Comparator.comparing((List<Integer> c) -> -c.size()).thenComparing(c -> c.get(0)));
        List<Story> stories = new ArrayList<>(clusters.size());
        for (List<Integer> members : clusters) {
            List<String> ids = members.stream().map(i -> articles.get(i).id()).toList();
            stories.add(new Story("s" + (stories.size() + 1), title(members, articles, vectors), ids));
        }
        return stories;
    }

    /** The similarity of two articles, by their positions. */
    private interface PairSimilarity {
        double of(int a, int b);
    }

    /**
     * The online clusterer's article similarity (see {@link ArticlePlacer#similarity}): its vectors'
     * cosine less the weighted mean of the two articles' backgrounds, each background the article's
     * mean cosine with all the others and {@link StoryRegistry#PRIOR_ARTICLES} unrelated ones; with
     * {@code neighbours} set, each article's vector and background scaled by its density, the mean
     * of its {@code neighbours} highest cosines with articles outside its unit (over as many as there
     * are, at least the floor),
     * as {@link Agglomeration} scales them but over the whole collection. A mean of these over unit
     * pairs is the mean cosine less the units' mean backgrounds, as online.
     */
    private PairSimilarity online(List<Article> articles, List<List<Integer>> units) {
        Vocabulary vocabulary = new Vocabulary();
        Map<Integer, String> surfaces = new HashMap<>();
        List<ArticleTerms> terms = articles.stream().map(a -> ArticleTerms.of(a, config.titleWeight())).toList();
        terms.forEach(t -> t.count(vocabulary, surfaces));
        List<TermVector> vectors = terms.stream()
                .map(t -> t.vector(vocabulary, config.nameWeight(), config.maxTerms())).toList();
        double[] sums = new double[vocabulary.size()];
        for (TermVector v : vectors) {
            for (int i = 0; i < v.ids.length; i++) {
                sums[v.ids[i]] += v.weights[i];
            }
        }
        double[] background = new double[vectors.size()];
        for (int a = 0; a < vectors.size(); a++) {
            TermVector v = vectors.get(a);
            double dot = 0;
            for (int i = 0; i < v.ids.length; i++) {
                dot += v.weights[i] * sums[v.ids[i]];
            }
            background[a] = Math.max(0, dot - 1) / (vectors.size() - 1 + StoryRegistry.PRIOR_ARTICLES);
        }
        double[] scale = new double[vectors.size()];
        java.util.Arrays.fill(scale, 1);
        if (config.neighbours() > 0) {
            int[] unitOf = new int[vectors.size()];
            for (int u = 0; u < units.size(); u++) {
                for (int a : units.get(u)) {
                    unitOf[a] = u;
                }
            }
            for (int a = 0; a < vectors.size(); a++) {
                double[] cosines = new double[vectors.size()];
                int n = 0;
                for (int b = 0; b < vectors.size(); b++) {
                    if (unitOf[b] != unitOf[a]) {
                        cosines[n++] = Math.max(0, vectors.get(a).dot(vectors.get(b)));
                    }
                }
                java.util.Arrays.sort(cosines, 0, n);
                double sum = 0;
                int taken = Math.min(config.neighbours(), n);
                for (int k = 1; k <= taken; k++) {
                    sum += cosines[n - k];
                }
                scale[a] = 1 / Math.sqrt(Math.max(config.densityFloor(), taken == 0 ? 0 : sum / taken));
            }
        }
        double weight = config.backgroundWeight();
        return (a, b) -> vectors.get(a).dot(vectors.get(b)) * scale[a] * scale[b]
                - weight * (background[a] * scale[a] * scale[a] + background[b] * scale[b] * scale[b]) / 2;
    }

    private static List<List<Integer>> initialUnits(List<Article> articles, List<DuplicateGroup> duplicates) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.put(articles.get(i).id(), i);
        }
        int[] unitOf = new int[articles.size()];
        java.util.Arrays.fill(unitOf, -1);
        List<List<Integer>> units = new ArrayList<>();
        for (DuplicateGroup g : duplicates) {
            List<Integer> members = g.members().stream().map(index::get).filter(java.util.Objects::nonNull).toList();
            int target = -1;
            for (int m : members) {
                if (unitOf[m] >= 0) {
                    target = unitOf[m];
                }
            }
            if (target < 0) {
                target = units.size();
                units.add(new ArrayList<>());
            }
            for (int m : members) {
                if (unitOf[m] < 0) {
                    unitOf[m] = target;
                    units.get(target).add(m);
                } else if (unitOf[m] != target) {
                    int from = unitOf[m];
                    for (int x : units.get(from)) {
                        unitOf[x] = target;
                    }
                    units.get(target).addAll(units.get(from));
                    units.get(from).clear();
                }
            }
        }
        units.removeIf(List::isEmpty);
        for (int i = 0; i < articles.size(); i++) {
            if (unitOf[i] < 0) {
                units.add(new ArrayList<>(List.of(i)));
            }
        }
        return units;
    }

    /** The headline of the member whose vector is closest to the others', skipping untitled members. */
    private static String title(List<Integer> members, List<Article> articles, List<Map<String, Double>> vectors) {
        String best = null;
        double bestScore = -1;
        for (int a : members) {
            if (articles.get(a).title() == null) {
                continue;
            }
            double score = 0;
            for (int b : members) {
                if (a != b) {
                    score += SparseVectors.dot(vectors.get(a), vectors.get(b));
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = articles.get(a).title();
            }
        }
        return best;
    }
}
