package org.storyfold.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Places one chunk of units into the stories of a {@link StoryRegistry} by average-link agglomeration over a sparse
 * graph: each unit is linked to the stories the index offers and to the units of the chunk that
 * share its heaviest terms; then the most alike linked pair, if as alike as the threshold, is
 * joined, again and again. The likeness of two groups is the mean cosine of their members'
 * vectors less their background, discounted by their distance in time ({@link ArticlePlacer#similarity})
 * and lowered by the figures they give differently ({@link EventKeys}). A unit joins at most one
 * story, and two stories are never joined here (the stream's merge step does that). With one unit a chunk, this is
 * the plain online rule: join the most alike story above the threshold or open a new one. One use.
 */
final class Agglomeration {

    /** A group being formed: new units, perhaps with the existing story they joined. */
    private static final class Node {
        final int id;
        final GrowingStory story;
        final Centroid sum;
        int size;
        /** Epoch days of the first and last dated member, or {@link #UNDATED}: cheaper to compare than dates. */
        long first;
        long last;
        /** How many members' leads name each weekday ({@link LeadDay#counted}). */
        long days;
        /** The members' backgrounds, each times its scale squared, added up. */
        double background;
        /** The members' scales added up ({@link GrowingStory#scales}). */
        double scales;
        /** How alike the members are among themselves ({@link GrowingStory#pairs}). */
        final MemberPairs pairs;
        /** The members' participants, places and figures. */
        final EventKeys keys;
        /** A new unit whose scale is not known yet: it joins the node once it is ({@link #take}). */
        PlacementUnit pending;
        final List<PlacementUnit> units = new ArrayList<>();
        /** Nodes already compared with this one while linking. */
        final IntSet seen = new IntSet();
        /** Nodes whose mean cosine with this one, before time, reached the threshold when last compared. */
        IntSet hot = new IntSet();
        boolean alive = true;
        int version;

        Node(int id, GrowingStory story, Centroid sum, int size, double background, double scales, LocalDate first,
             LocalDate last, long days) {
            this.id = id;
            this.story = story;
            this.sum = sum;
            this.size = size;
            this.background = background;
            this.scales = scales;
            this.first = epochDay(first);
            this.last = epochDay(last);
            this.days = days;
            this.keys = story == null ? EventKeys.none() : story.keys.copy();
            this.pairs = story == null ? MemberPairs.none() : story.pairs.copy();
        }

        /**
         * Adds the unit, its vectors times its scale; its pairs with the members already here count in
         * {@link #pairs} unless it is a later copy of one of them ({@code copyOfAMember}): a copy is as alike
         * as can be with its own earlier copy, and would raise the group's cohesion batch by batch.
         */
        void take(PlacementUnit u, boolean copyOfAMember) {
            units.add(u);
            if (size > 0 && !copyOfAMember) {
                pairs.join(size, null, u.members.size(), u.scale * sum.dot(u.sum));
            }
            sum.add(u.sum, (float) u.scale);
            size += u.members.size();
            background += u.background * u.scale * u.scale;
            scales += u.members.size() * u.scale;
            widen(epochDay(u.first), epochDay(u.last));
            days = LeadDay.plus(days, u.days);
            keys.add(u.keys);
        }

        void widen(long from, long to) {
            if (from != UNDATED && (first == UNDATED || from < first)) {
                first = from;
            }
            if (to != UNDATED && (last == UNDATED || to > last)) {
                last = to;
            }
        }
    }

    private static final long UNDATED = Long.MIN_VALUE;

    private static long epochDay(LocalDate date) {
        return date == null ? UNDATED : date.toEpochDay();
    }

    /** As {@link GrowingStory#gapDays}, on epoch days: -1 when either is undated. */
    private static long gapDays(Node a, Node b) {
        if (a.first != UNDATED && b.first != UNDATED) {
            return b.last < a.first ? a.first - b.last : b.first > a.last ? b.first - a.last : 0;
        }
        return -1;
    }

    private record Edge(double similarity, int a, int b, int versionA, int versionB) {
    }

    private static final Comparator<Edge> BEST_FIRST = Comparator.comparingDouble((Edge e) -> -e.similarity)
            .thenComparingInt(Edge::a).thenComparingInt(Edge::b);

    private final ArticlePlacer placer;
    private final StoryRegistry registry;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<Integer, Node> nodeOfStory = new HashMap<>();
    /** Each thread's scratch for looking up a chunk's units. */
    private static final ThreadLocal<StoryIndex.Scores> CHUNK_SCORES = ThreadLocal.withInitial(StoryIndex.Scores::new);
    private final PriorityQueue<Edge> heap = new PriorityQueue<>(BEST_FIRST);
    /** Node ids to compare, two by two. */
    private final IntList pairs = new IntList();

    Agglomeration(ArticlePlacer placer) {
        this.placer = placer;
        this.registry = placer.registry;
    }

    /** Places the units (in arrival order); returns the numbers of the stories that took them. */
    Set<Integer> place(List<PlacementUnit> units, Map<Integer, Integer> mergedAway) {
        // 1. A node per unit; a unit with an earlier copy goes straight to that copy's story.
        List<GrowingStory> bound = new ArrayList<>();
        for (PlacementUnit u : units) {
            GrowingStory target = null;
            for (String id : u.earlier) {
                GrowingStory s = registry.stories.get(registry.resolve(registry.storyOfArticle.get(id)));
                target = target == null || target == s ? s : registry.merge(target, s, mergedAway);
            }
            bound.add(target);
        }
        // A unit bound to a story counts as much as the story's members do on average; a free unit's
        // scale is known once its neighbours are (step 3).
        List<Node> unitNodes = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            GrowingStory target = bound.get(i) == null ? null : registry.stories.get(registry.resolve(bound.get(i).number));
            PlacementUnit u = units.get(i);
            Node node;
            if (target == null) {
                node = newNode(null);
                node.pending = u;
            } else {
                node = storyNode(target);
                u.scale = target.members.isEmpty() ? 1 : target.scales / target.members.size();
                node.take(u, true);
            }
            unitNodes.add(node);
        }
        // 2. Links: to the stories the index offers, and to the chunk's units that share heavy terms;
        // both looked up on all cores (nothing changes meanwhile), then linked in order.
        Map<Integer, List<Integer>> chunkIndex = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            TermVector v = units.get(i).vector;
            int[] order = v.heaviestFirst();
            for (int k = 0; k < Math.min(ArticlePlacer.INDEX_TERMS, order.length); k++) {
                chunkIndex.computeIfAbsent(v.ids[order[k]], t -> new ArrayList<>()).add(i);
            }
        }
        List<TermVector> queries = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            TermVector v = units.get(i).vector;
            queries.add(unitNodes.get(i).story == null && v.size() > 0 ? v : null);
        }
        int[][] stories = placer.candidates(queries);
        int[][] neighbours = ArticlePlacer.parallel(units.size())
                .mapToObj(i -> units.get(i).vector.size() == 0 ? new int[0] : chunkNeighbours(i, units.get(i).vector, chunkIndex))
                .toArray(int[][]::new);
        for (int i = 0; i < units.size(); i++) {
            Node node = unitNodes.get(i);
            for (int s : stories[i]) {
                pair(node, storyNode(registry.stories.get(s)));
            }
            for (int j : neighbours[i]) {
                pair(node, unitNodes.get(j));
            }
        }
        // 3. The pairs' products on all cores (nothing changes meanwhile); from them each free unit's
        // density and scale; then the pairs linked in order, on their scaled likeness.
        double[] dots = IntStream.range(0, pairs.size() / 2)
                .parallel().mapToDouble(k -> dot(nodes.get(pairs.get(2 * k)), nodes.get(pairs.get(2 * k + 1)))).toArray();
        scale(unitNodes, dots);
        for (Node n : unitNodes) {
            if (n.pending != null) {
                n.take(n.pending, false);
                n.pending = null;
            }
        }
        for (int k = 0; k < dots.length; k++) {
            Node a = nodes.get(pairs.get(2 * k));
            Node b = nodes.get(pairs.get(2 * k + 1));
            link(a, b, relative(a, b, dots[k] * unitScale(a) * unitScale(b)));
        }
        // 4. Join the most alike pair while it reaches the threshold.
        while (!heap.isEmpty()) {
            Edge e = heap.poll();
            Node a = nodes.get(e.a);
            Node b = nodes.get(e.b);
            if (a.alive && b.alive && a.version == e.versionA && b.version == e.versionB
                    && (a.story == null || b.story == null)) {
                join(a, b);
            }
        }
        // 5. Each group into its story, or a new one.
        Set<Integer> touched = new TreeSet<>();
        for (Node n : nodes) {
            if (!n.alive || n.units.isEmpty()) {
                continue;
            }
            GrowingStory story = n.story != null ? n.story : registry.newStory();
            // The node's sum is the story's centroid with the new members added: no need to add them again.
            story.centroid = n.sum;
            story.pairs = n.pairs;
            n.units.sort(PlacementUnit.ARRIVAL);
            for (PlacementUnit u : n.units) {
                for (PlacementUnit.Member m : u.members) {
                    registry.addMember(story, m, u.scale);
                }
            }
            touched.add(story.number);
        }
        return touched;
    }

    /** The units of the chunk (by position) that share the most weight of {@code v}'s heaviest terms, {@code i} aside. */
    private static int[] chunkNeighbours(int i, TermVector v, Map<Integer, List<Integer>> chunkIndex) {
        StoryIndex.Scores scores = CHUNK_SCORES.get();
        int[] order = v.heaviestFirst();
        for (int k = 0; k < Math.min(ArticlePlacer.QUERY_TERMS, order.length); k++) {
            List<Integer> posting = chunkIndex.get(v.ids[order[k]]);
            if (posting != null && posting.size() <= StoryIndex.MAX_POSTING) {
                for (int j : posting) {
                    if (j != i) {
                        scores.add(j, v.weights[order[k]]);
                    }
                }
            }
        }
        return scores.best(ArticlePlacer.CANDIDATES);
    }

    private Node newNode(GrowingStory story) {
        Node n = story == null
                ? new Node(nodes.size(), null, new Centroid(StoryRegistry.CENTROID_TERMS), 0, 0, 0, null, null, 0)
                : new Node(nodes.size(), story, story.centroid.copy(), story.members.size(), story.background,
                        story.scales, story.first, story.last, story.days);
        nodes.add(n);
        return n;
    }

    private Node storyNode(GrowingStory story) {
        Node n = nodeOfStory.get(story.number);
        if (n == null) {
            n = newNode(story);
            nodeOfStory.put(story.number, n);
        }
        return n;
    }

    /** Notes a pair to compare, once, unless both are stories. */
    private void pair(Node a, Node b) {
        if (a == b || (a.story != null && b.story != null) || !a.seen.add(b.id)) {
            return;
        }
        b.seen.add(a.id);
        pairs.add(a.id);
        pairs.add(b.id);
    }

    /** How alike two nodes' members are beyond their background ({@link ArticlePlacer#similarity}), before time. */
    private double mean(Node a, Node b) {
        return relative(a, b, a.sum.dot(b.sum));
    }

    /** {@link #mean} from the product of the two nodes' sums. */
    private double relative(Node a, Node b, double dot) {
        return a.size == 0 || b.size == 0 ? 0
                : placer.relative(dot / ((double) a.size * b.size), a.background / a.size, b.background / b.size);
    }

    /**
     * The product of two linked nodes' vectors before the free units among them are scaled: a
     * free unit stands for its members' plain sum, a story (or a unit bound to one) for its centroid.
     */
    private static double dot(Node a, Node b) {
        if (a.pending != null && b.pending != null) {
            return a.pending.sum.dot(b.pending.sum);
        }
        return a.pending != null ? b.sum.dot(a.pending.sum) : a.sum.dot(b.pending.sum);
    }

    /** The scale a product from {@link #dot} still needs on the side of {@code n}: its unit's, if it was free. */
    private static double unitScale(Node n) {
        return n.units.size() == 1 && n.story == null ? n.units.get(0).scale : 1;
    }

    /**
     * Sets each free unit's {@link PlacementUnit#scale}: one over the square root of its density, the mean
     * of its {@code neighbours} highest mean cosines with the nodes it is linked to (a node of
     * {@code m} articles counting as {@code min(m, neighbours)} neighbours at its mean cosine),
     * over as many as there are when fewer are linked, so that an article of a small collection is
     * not taken for one in a sparse region for want of articles; at least {@code densityFloor}, and
     * the floor when nothing is linked. Dividing each cosine of two
     * articles by the geometric mean of their densities measures a pair against the likeness
     * around it: two reports of one event among many alike articles (two earthquakes on one
     * island) must be more alike than two in a region of the corpus where nothing else is.
     * Local scaling, as in Zelnik-Manor and Perona's self-tuning spectral clustering (2004).
     */
    private void scale(List<Node> unitNodes, double[] dots) {
        int k = placer.config.neighbours();
        if (k == 0) {
            return;
        }
        Map<Integer, List<double[]>> near = new HashMap<>();
        for (int p = 0; p < dots.length; p++) {
            Node a = nodes.get(pairs.get(2 * p));
            Node b = nodes.get(pairs.get(2 * p + 1));
            if (a.pending != null) {
                near.computeIfAbsent(a.id, x -> new ArrayList<>()).add(new double[]{rawMean(a, b, dots[p]), articles(b)});
            }
            if (b.pending != null) {
                near.computeIfAbsent(b.id, x -> new ArrayList<>()).add(new double[]{rawMean(b, a, dots[p]), articles(a)});
            }
        }
        double floor = placer.config.densityFloor();
        for (Node n : unitNodes) {
            if (n.pending == null) {
                continue;
            }
            List<double[]> values = near.getOrDefault(n.id, new ArrayList<>());
            values.sort((x, y) -> Double.compare(y[0], x[0]));
            double sum = 0;
            int taken = 0;
            for (double[] v : values) {
                int count = (int) Math.min(k - taken, Math.min(v[1], k));
                sum += count * Math.max(0, v[0]);
                taken += count;
                if (taken == k) {
                    break;
                }
            }
            n.pending.scale = 1 / Math.sqrt(Math.max(floor, taken == 0 ? 0 : sum / taken));
        }
    }

    /** The articles a node stands for, its free unit's included. */
    private static int articles(Node n) {
        return n.size + (n.pending != null ? n.pending.members.size() : 0);
    }

    /** The mean cosine of free unit {@code a}'s articles with {@code b}'s, from their product ({@link #dot}). */
    private static double rawMean(Node a, Node b, double dot) {
        double bWeight = b.pending != null ? b.pending.members.size() : b.scales;
        return bWeight <= 0 ? 0 : dot / (a.pending.members.size() * bWeight);
    }

    /** How alike a node's members are among themselves ({@link ArticlePlacer#cohesion}). */
    private double cohesion(Node n) {
        return placer.cohesion(n.pairs, n.background, n.size);
    }

    private void compare(Node a, Node b) {
        link(a, b, mean(a, b));
    }

    /**
     * A pair as alike as the threshold before time, once lowered by what the two disagree on
     * ({@link ClusterConfig#discounted}), stays in both nodes' hot sets; as alike after time, it is
     * queued. A pair kept cold by a conflict is not compared again when a join blurs the conflict: a
     * group that holds both figures does not draw in a third group on either's account.
     */
    private void link(Node a, Node b, double likeness) {
        double threshold = placer.config.threshold();
        double mean = likeness >= threshold ? placer.config.discounted(likeness, a.keys, b.keys) : likeness;
        if (mean < threshold) {
            return;
        }
        a.hot.add(b.id);
        b.hot.add(a.id);
        double s = placer.timed(mean, gapDays(a, b), a.days, a.size, b.days, b.size, a.first == UNDATED && b.first == UNDATED,
                a.keys, b.keys, a.first, a.last, b.first, b.last);
        if (s >= threshold && placer.config.joinsGroups(s, articles(a), articles(b))
                && placer.config.coheres(likeness, a.size, cohesion(a), b.size, cohesion(b))) {
            Node lo = a.id < b.id ? a : b;
            Node hi = lo == a ? b : a;
            heap.add(new Edge(s, lo.id, hi.id, lo.version, hi.version));
        }
    }

    /**
     * Joins two nodes into the one with a story, else the larger (ties: the older), and compares it
     * again with the hot neighbours of both. Only they can be as alike as the threshold: the mean
     * cosine of a union with a third group, and its background, are the size-weighted means of the
     * two parts' (and hotness is judged before time, which only discounts), so a neighbour below
     * the threshold with both parts stays below it.
     */
    private void join(Node a, Node b) {
        boolean aSurvives = a.story != null || (b.story == null && (a.size > b.size || (a.size == b.size && a.id < b.id)));
        Node into = aSurvives ? a : b;
        Node from = aSurvives ? b : a;
        into.pairs.join(into.size, from.pairs, from.size, into.sum.dot(from.sum));
        into.sum.add(from.sum);
        into.size += from.size;
        into.background += from.background;
        into.widen(from.first, from.last);
        into.days = LeadDay.plus(into.days, from.days);
        into.keys.add(from.keys);
        into.units.addAll(from.units);
        from.units.clear();
        from.alive = false;
        into.version++;
        IntSet again = new IntSet();
        for (int n : into.hot.toArray()) {
            again.add(n);
        }
        for (int n : from.hot.toArray()) {
            again.add(n);
        }
        into.hot = new IntSet();
        int[] neighbours = again.toArray();
        java.util.Arrays.sort(neighbours);
        for (int n : neighbours) {
            Node other = nodes.get(n);
            if (other.alive && other != into && (into.story == null || other.story == null)) {
                compare(into, other);
            }
        }
    }
}
