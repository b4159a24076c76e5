package org.storyfold.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * The state of online clustering: the stories so far, the vocabulary that weighs their words, and
 * the index that finds them. Each batch of articles is placed in time order (undated articles
 * last), in chunks of at most {@link #CHUNK}: every family of copies, or lone article, joins the
 * story whose members it is most like (mean cosine less the background of both, discounted by
 * time: see {@link #similarity}) if that reaches the threshold, and opens a story otherwise, by average-link agglomeration over the chunk (see
 * {@link Agglomeration}); a story that has had no article for {@code dormantDays} stops taking
 * articles; after each batch, stories that changed are merged with any story as alike as
 * {@code mergeThreshold}, repairing stories that were split while they were young. The articles
 * of a batch are taken in an order fixed by their words, so the result does not depend on input
 * order beyond time order. Each batch's document frequencies are counted before any of its
 * vectors is weighed, and its vectors added to the corpus's mean before any background is weighed.
 *
 * <p>Dates after the day after the stream was opened (UTC), or before 1900, are treated as
 * unknown. An article whose id the stream already holds is ignored. Not thread-safe: one writer
 * at a time; the batch's own work runs on all cores.
 */
public final class StoryStream {

    /** Terms of each member under which its story is listed in the index. */
    static final int INDEX_TERMS = 20;
    /** Terms of an article (or a story's centroid) looked up in the index for candidates. */
    static final int QUERY_TERMS = 20;
    /** Candidates compared in full with each article. */
    static final int CANDIDATES = 10;
    /** Terms kept in an active story's centroid. */
    static final int CENTROID_TERMS = 200;
    /** Terms kept in a dormant story's centroid, for storylines. */
    static final int RETIRED_TERMS = 100;
    /** Articles after which an undated story with no new member goes dormant. */
    static final long UNDATED_DORMANT_ARRIVALS = 250_000;
    /** Unrelated articles assumed besides those seen, so that the background of a few articles is small. */
    static final int PRIOR_ARTICLES = 100;
    /** Units placed together by one agglomeration; a larger batch is placed in chunks of this size, in time order. */
    static final int CHUNK = 4_000;
    /** Articles whose terms are found at once before they are counted (see {@link #vectors}). */
    private static final int TERMS_SLICE = 8_192;
    /** Batches at least this large are read on all cores. */
    private static final int PARALLEL_BATCH = 64;

    final ClusterConfig config;
    final LocalDate latestPlausible;
    final Vocabulary vocabulary;
    final List<GrowingStory> stories;
    final Map<String, Integer> storyOfArticle;
    final Map<Integer, String> nameSurfaces;
    /** Every placed article's vector added up, by term id, and how many were added: the corpus's mean. */
    double[] termSums;
    long summed;
    private final StoryIndex index = new StoryIndex();
    private final StoryIndex.Scores scores = new StoryIndex.Scores();
    private List<GrowingStory> active = new ArrayList<>();
    LocalDate clock;
    long arrivals;

    StoryStream(ClusterConfig config, LocalDate latestPlausible) {
        this(config, latestPlausible, new Vocabulary(), new ArrayList<>(), new HashMap<>(), new HashMap<>(), null, 0,
                new double[1024], 0);
    }

    /** An empty stream that weighs terms by a whole corpus's statistics (see {@link CorpusTerms}). */
    StoryStream(ClusterConfig config, LocalDate latestPlausible, CorpusTerms corpus) {
        this(config, latestPlausible, new Vocabulary(corpus), new ArrayList<>(), new HashMap<>(), new HashMap<>(), null,
                0, new double[0], corpus.documents());
    }

    StoryStream(ClusterConfig config, LocalDate latestPlausible, Vocabulary vocabulary, List<GrowingStory> stories,
                Map<String, Integer> storyOfArticle, Map<Integer, String> nameSurfaces, LocalDate clock, long arrivals,
                double[] termSums, long summed) {
        this.termSums = termSums;
        this.summed = summed;
        this.config = config;
        this.latestPlausible = latestPlausible;
        this.vocabulary = vocabulary;
        this.stories = stories;
        this.storyOfArticle = storyOfArticle;
        this.nameSurfaces = nameSurfaces;
        this.clock = clock;
        this.arrivals = arrivals;
        for (GrowingStory s : stories) {
            if (s.isActive()) {
                active.add(s);
                index.relist(s);
            }
        }
    }

    /** Places a batch of articles; copies named by {@code duplicates} are placed together, with earlier copies too. */
    public StoryUpdate add(List<Article> batch, List<DuplicateGroup> duplicates) {
        return add(batch, duplicates, true);
    }

    /**
     * Places a batch as {@link #add} does, without the periodic merge that ends it: for a runner
     * that clusters a batch as consecutive runs of its chunks (Spark), whose last run alone ends with
     * the merge, as the whole batch would.
     */
    public StoryUpdate place(List<Article> batch, List<DuplicateGroup> duplicates) {
        return add(batch, duplicates, false);
    }

    private StoryUpdate add(List<Article> batch, List<DuplicateGroup> duplicates, boolean merge) {
        int before = stories.size();
        Set<Integer> touched = new TreeSet<>();
        Map<Integer, Integer> mergedAway = new TreeMap<>();

        // 1. The new articles, each id once, in an order fixed by their words (so that term ids,
        // sums and ties never depend on input order), and their terms.
        long[] keys = new long[batch.size()];
        List<Article> fresh = freshArticles(batch, keys);
        // 2. and 3. Document frequencies and vectors (see vectors), each vector then added to the
        // corpus's sum before any background is weighed.
        List<TermVector> vectors = vectors(fresh);
        if (vocabulary.corpus() == null) {
            vectors.forEach(this::addToBackground);
        }
        List<PlacementUnit.Member> members = parallel(fresh.size()).mapToObj(i -> {
            Article a = fresh.get(i);
            LocalDate date = plausible(a.published());
            return new PlacementUnit.Member(a, date, LeadDay.of(a, date), vectors.get(i), keys[i], background(vectors.get(i)),
                    EventKeys.of(a, config.nameConflict() > 0));
        }).toList();
        // 4. Units (families of copies, or lone articles) in arrival order, placed chunk by chunk.
        List<List<String>> families = CopyFamilies.of(duplicates);
        List<PlacementUnit> units = PlacementUnit.of(members, families, storyOfArticle::containsKey, config.maxTerms());
        for (int from = 0; from < units.size(); from += CHUNK) {
            List<PlacementUnit> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
            advanceClock(chunk.get(0).first);
            touched.addAll(new Agglomeration(this).place(chunk, mergedAway));
            for (PlacementUnit u : chunk) {
                advanceClock(u.first);
            }
        }
        // 5. Copies always together, then the periodic merge over what changed.
        for (List<String> family : families) {
            keepTogether(family, touched, mergedAway);
        }
        if (merge) {
            mergeChanged(touched, mergedAway);
        }
        retireQuiet();

        List<String> created = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int n : touched) {
            if (stories.get(n).mergedInto < 0) {
                (n >= before ? created : changed).add(id(n));
            }
        }
        Map<String, String> merged = new HashMap<>();
        mergedAway.forEach((from, into) -> {
            if (from < before) {
                merged.put(id(from), id(resolve(into)));
            }
        });
        return new StoryUpdate(created, changed, merged);
    }

    /**
     * The articles' TF-IDF vectors. Their terms are found in parallel and counted in the
     * vocabulary's document frequencies in order, a slice at a time, so that only a slice's terms are
     * held as strings at once; the vectors are weighed once the whole batch is counted.
     */
    private List<TermVector> vectors(List<Article> fresh) {
        List<ArticleTerms> terms = new ArrayList<>(fresh.size());
        for (int from = 0; from < fresh.size(); from += TERMS_SLICE) {
            int start = from;
            List<ArticleTerms> slice = parallel(Math.min(TERMS_SLICE, fresh.size() - from))
                    .mapToObj(i -> ArticleTerms.of(fresh.get(start + i), config.titleWeight())).toList();
            parallel(slice.size()).forEach(i -> slice.get(i).lookUp(vocabulary));
            for (ArticleTerms t : slice) {
                t.count(vocabulary, nameSurfaces);
            }
            terms.addAll(slice);
        }
        return parallel(fresh.size())
                .mapToObj(i -> terms.get(i).vector(vocabulary, config.nameWeight(), config.maxTerms())).toList();
    }

    /** Every story so far (active or dormant, not merged away), in id order, members in arrival order. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (GrowingStory s : stories) {
            if (s.mergedInto < 0) {
                out.add(new Story(id(s.number), s.title(), s.members));
            }
        }
        return out;
    }

    /**
     * One story as it stands, members in the order they were placed (what {@link #stories()} lists
     * for it, without listing them all: a store asks for the stories a batch touched); null if the
     * stream has no story with this id, or it was merged into another.
     */
    public Story story(String id) {
        int n;
        try {
            n = id.startsWith("s") ? Integer.parseInt(id.substring(1)) - 1 : -1;
        } catch (NumberFormatException e) {
            return null;
        }
        if (n < 0 || n >= stories.size() || stories.get(n).mergedInto >= 0) {
            return null;
        }
        GrowingStory s = stories.get(n);
        return new Story(id(n), s.title(), s.members);
    }

    /** The id of the story that holds {@code articleId}, or null if the stream has not seen it. */
    public String storyOf(String articleId) {
        Integer n = storyOfArticle.get(articleId);
        return n == null ? null : id(resolve(n));
    }

    /** The stories linked into storylines, each linked story once; stories on their own are left out. */
    public List<Storyline> storylines() {
        return new StorylineLinker(this).link();
    }

    /**
     * Writes the stream's state to {@code out} (gzip-compressed binary, versioned), to be read back
     * by {@link OnlineStoryClusterer#load}; does not close {@code out}.
     */
    public void save(java.io.OutputStream out) throws java.io.IOException {
        StoryStreamFile.write(this, out);
    }

    /** How many articles the stream has placed. */
    public long articles() {
        return arrivals;
    }

    /** How many stories still take articles. */
    public int activeStories() {
        return active.size();
    }

    static String id(int number) {
        return "s" + (number + 1);
    }

    int resolve(int number) {
        int n = number;
        while (stories.get(n).mergedInto >= 0) {
            n = stories.get(n).mergedInto;
        }
        return n;
    }

    /**
     * The similarity factor of a gap in time ({@link GrowingStory#gapDays}): 1 within a day or when
     * either side is undated (-1), falling by 1/e every timeScaleDays beyond.
     */
    double timeFactor(long gapDays) {
        return gapDays <= 1 ? 1 : Math.exp(-(gapDays - 1) / config.timeScaleDays());
    }

    /**
     * How alike two groups are beyond what any two articles share: the mean cosine of their
     * members' vectors, less {@code backgroundWeight} times the mean of their members' backgrounds;
     * discounted by time when positive.
     */
    double similarity(Centroid a, int aSize, double aBackground, Centroid b, int bSize, double bBackground,
                      long gapDays) {
        if (aSize == 0 || bSize == 0) {
            return 0;
        }
        double s = relative(a.dot(b) / ((double) aSize * bSize), aBackground / aSize, bBackground / bSize);
        return s > 0 ? s * timeFactor(gapDays) : s;
    }

    /** A mean cosine less the background of the two groups (each the mean of its members'). */
    double relative(double meanCosine, double aMeanBackground, double bMeanBackground) {
        return meanCosine - config.backgroundWeight() * (aMeanBackground + bMeanBackground) / 2;
    }

    /**
     * How alike {@code v}, one of the articles placed so far, is on average to the others (this
     * batch's included): high for an article in the words every story uses, low for one in words of
     * its own. A story must be alike beyond its members' background, so that articles on a crowded
     * subject need more in common than articles on a rare one. The average counts
     * {@link #PRIOR_ARTICLES} unrelated articles besides, so that a small collection, whose
     * articles may all be on one story, has almost no background.
     */
    double background(TermVector v) {
        double dot = 0;
        CorpusTerms corpus = vocabulary.corpus();
        for (int i = 0; i < v.ids.length; i++) {
            int id = v.ids[i];
            if (corpus != null) {
                dot += v.weights[i] * corpus.sum(vocabulary.key(id), v.weights[i]);
            } else if (id < termSums.length) {
                dot += v.weights[i] * termSums[id];
            }
        }
        // Less the article's own share (its vector is in the sums, with a cosine of 1 with itself).
        return Math.max(0, dot - 1) / (summed - 1 + PRIOR_ARTICLES);
    }

    private void addToBackground(TermVector v) {
        for (int i = 0; i < v.ids.length; i++) {
            int id = v.ids[i];
            if (id >= termSums.length) {
                termSums = java.util.Arrays.copyOf(termSums, Math.max(id + 1, termSums.length * 2));
            }
            termSums[id] += v.weights[i];
        }
        summed++;
    }

    /**
     * The articles the stream has not seen, each id once, ordered by a hash of their words (then
     * id); their hashes go to {@code keys}, in the same order.
     */
    private List<Article> freshArticles(List<Article> batch, long[] keys) {
        Set<String> seen = new HashSet<>();
        List<Article> fresh = new ArrayList<>(batch.size());
        for (Article a : batch) {
            if (!storyOfArticle.containsKey(a.id()) && seen.add(a.id())) {
                fresh.add(a);
            }
        }
        long[] hashes = parallel(fresh.size()).mapToLong(i -> ArrivalKey.contentKey(fresh.get(i))).toArray();
        Integer[] order = new Integer[fresh.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> hashes[x] != hashes[y] ? Long.compare(hashes[x], hashes[y])
                : fresh.get(x).id().compareTo(fresh.get(y).id()));
        List<Article> sorted = new ArrayList<>(fresh.size());
        for (int i = 0; i < order.length; i++) {
            sorted.add(fresh.get(order[i]));
            keys[i] = hashes[order[i]];
        }
        return sorted;
    }

    private static IntStream parallel(int n) {
        IntStream s = IntStream.range(0, n);
        return n >= PARALLEL_BATCH ? s.parallel() : s;
    }

    private LocalDate plausible(LocalDate date) {
        return ArrivalKey.plausible(date, latestPlausible);
    }

    /** A new, empty story. */
    GrowingStory newStory() {
        GrowingStory s = new GrowingStory(stories.size(), CENTROID_TERMS);
        stories.add(s);
        active.add(s);
        return s;
    }

    /**
     * Puts one new article, already in its centroid times {@code scale} (its unit's {@link PlacementUnit#scale}),
     * in {@code story}: its dates, its headline, its background, the index.
     */
    void addMember(GrowingStory story, PlacementUnit.Member m, double scale) {
        arrivals++;
        story.noteMember(m.article().id(), m.date(), m.days(), arrivals, m.article().title(), m.vector());
        story.background += m.background() * scale * scale;
        story.scales += scale;
        story.keys.add(m.keys());
        storyOfArticle.put(m.article().id(), story.number);
        index.add(story, m.vector(), INDEX_TERMS);
        revive(story);
    }

    /** The active stories that share heavy terms with {@code v}, most shared weight first. */
    int[] candidates(TermVector v) {
        return index.candidates(v, QUERY_TERMS, CANDIDATES, this::isLive, scores);
    }

    private boolean isLive(int number) {
        return stories.get(number).isActive();
    }

    private void keepTogether(List<String> family, Set<Integer> touched, Map<Integer, Integer> mergedAway) {
        GrowingStory target = null;
        for (String id : family) {
            Integer n = storyOfArticle.get(id);
            if (n != null) {
                GrowingStory s = stories.get(resolve(n));
                if (target != null && target != s) {
                    target = merge(target, s, mergedAway);
                    touched.add(target.number);
                } else {
                    target = s;
                }
            }
        }
    }

    /**
     * The periodic merge: each changed story against its candidates, until no pair is alike
     * enough. Works in rounds: candidates are looked up in order, their likeness weighed on all
     * cores, and the merges made in order; a story changed by an earlier merge of the round is
     * weighed again in the next.
     */
    private void mergeChanged(Set<Integer> touched, Map<Integer, Integer> mergedAway) {
        TreeSet<Integer> queue = new TreeSet<>(touched);
        while (!queue.isEmpty()) {
            List<GrowingStory> round = new ArrayList<>();
            while (!queue.isEmpty()) {
                GrowingStory s = stories.get(queue.pollFirst());
                if (s.mergedInto < 0) {
                    round.add(s);
                }
            }
            int[][] candidates = new int[round.size()][];
            for (int i = 0; i < round.size(); i++) {
                TermVector top = round.get(i).centroid.top(QUERY_TERMS * 4);
                candidates[i] = index.candidates(top, QUERY_TERMS, CANDIDATES, this::isLive, scores);
            }
            int[] best = parallel(round.size()).map(i -> mostAlike(round.get(i), candidates[i])).toArray();
            Set<GrowingStory> changed = new HashSet<>();
            for (int i = 0; i < round.size(); i++) {
                GrowingStory s = round.get(i);
                if (best[i] < 0 || s.mergedInto >= 0) {
                    continue;
                }
                GrowingStory other = stories.get(best[i]);
                if (changed.contains(s) || changed.contains(other) || other.mergedInto >= 0) {
                    queue.add(resolve(s.number));
                    continue;
                }
                GrowingStory survivor = merge(s, other, mergedAway);
                changed.add(survivor);
                touched.add(survivor.number);
                queue.add(survivor.number);
            }
        }
    }

    /** The candidate most like {@code s} if as alike as the merge threshold, else -1. Reads only. */
    private int mostAlike(GrowingStory s, int[] candidates) {
        int best = -1;
        double bestScore = config.mergeThreshold();
        for (int c : candidates) {
            GrowingStory other = stories.get(c);
            if (other == s) {
                continue;
            }
            double score = config.discounted(similarity(s.centroid, s.members.size(), s.background, other.centroid,
                    other.members.size(), other.background,
                    GrowingStory.gapDays(s.first, s.last, s.days, other.first, other.last, other.days)), s.keys, other.keys);
            if (score >= bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** Merges the smaller story into the larger (ties: into the older); returns the survivor. */
    GrowingStory merge(GrowingStory a, GrowingStory b, Map<Integer, Integer> mergedAway) {
        boolean aSurvives = a.members.size() > b.members.size()
                || (a.members.size() == b.members.size() && a.number < b.number);
        GrowingStory into = aSurvives ? a : b;
        GrowingStory from = aSurvives ? b : a;
        into.centroid.add(from.centroid);
        into.members.addAll(from.members);
        into.widen(from.first, from.last);
        into.days |= from.days;
        into.background += from.background;
        into.scales += from.scales;
        into.keys.add(from.keys);
        into.lastArrival = Math.max(into.lastArrival, from.lastArrival);
        for (GrowingStory.TitleCandidate t : from.titles) {
            into.offerTitle(t);
        }
        if (into.titles.isEmpty() && from.fixedTitle != null) {
            into.fixedTitle = from.fixedTitle;
        }
        index.absorb(into, from);
        from.mergedInto = into.number;
        from.members.clear();
        from.titles = new ArrayList<>();
        from.indexed = new IntSet();
        mergedAway.put(from.number, into.number);
        revive(into);
        return into;
    }

    private void revive(GrowingStory story) {
        if (story.dormant) {
            story.dormant = false;
            active.add(story);
        }
    }

    private void advanceClock(LocalDate date) {
        if (date != null && (clock == null || date.isAfter(clock))) {
            clock = date;
            retireQuiet();
        }
    }

    /** Stories without a new article for dormantDays (or, undated, for many articles) stop taking articles. */
    private void retireQuiet() {
        List<GrowingStory> still = new ArrayList<>(active.size());
        for (GrowingStory s : active) {
            if (s.mergedInto >= 0) {
                continue;
            }
            boolean quiet = s.last != null
                    ? clock != null && ChronoUnit.DAYS.between(s.last, clock) > config.dormantDays()
                    : arrivals - s.lastArrival > UNDATED_DORMANT_ARRIVALS;
            if (quiet) {
                s.dormant = true;
                s.retire(RETIRED_TERMS);
            } else {
                still.add(s);
            }
        }
        active = still;
    }
}
