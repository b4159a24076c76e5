package org.storyfold.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Places each batch of articles in the stories of a {@link StoryRegistry}: finds the candidate
 * stories, scores them and decides what joins and what merges. A batch is placed in time order
 * (undated articles last), in chunks of at most {@link #CHUNK}: every family of copies, or lone
 * article, joins the story whose members it is most like (mean cosine less the background of both,
 * discounted by time: see {@link #similarity}) if that reaches the threshold, and opens a story
 * otherwise, by average-link agglomeration over the chunk (see {@link Agglomeration}); a story that
 * has had no article for {@code dormantDays} stops taking articles; after each batch, stories that
 * changed are merged with any story as alike as {@code mergeThreshold}, repairing stories that were
 * split while they were young. The articles of a batch are taken in an order fixed by their words,
 * so the result does not depend on input order beyond time order. Each batch's document frequencies
 * are counted before any of its vectors is weighed, and its vectors added to the corpus's mean before
 * any background is weighed.
 *
 * <p>Dates after the latest plausible day (the day after each batch, UTC, or a fixed day for a
 * corpus clustered in parts), or before 1900, are treated as unknown. An article whose id the registry already holds is ignored. Not thread-safe: one writer
 * at a time; the batch's own work runs on all cores.
 */
final class ArticlePlacer {

    /** Terms of each member under which its story is listed in the index. */
    static final int INDEX_TERMS = 20;
    /** Terms of an article (or a story's centroid) looked up in the index for candidates. */
    static final int QUERY_TERMS = 20;
    /** Candidates compared in full with each article. */
    static final int CANDIDATES = 10;
    /** Units placed together by one agglomeration; a larger batch is placed in chunks of this size, in time order. */
    static final int CHUNK = 4_000;
    /**
     * How fast a pair's likeness widens its date scale, when it restates the other's happening
     * ({@link #timed}): the scale is timeScaleDays (or {@link TimeDecay#FOLLOW_UP_SCALE_DAYS} under the
     * Gaussian, see {@link TimeDecay#followUp}) times (likeness / threshold) to this power.
     */
    static final double FOLLOW_UP_POWER = 6;
    /** Articles whose terms are found at once before they are counted (see {@link #vectors}). */
    static final int TERMS_SLICE = 8_192;
    /** Batches at least this large are read on all cores. */
    private static final int PARALLEL_BATCH = 64;

    final ClusterConfig config;
    final StoryRegistry registry;
    /** The latest publication date taken as true, asked once a batch (a live stream's moves with the clock). */
    private final Supplier<LocalDate> latestPlausible;
    /** What the batches this placer reads and places belong to (its stream, which may change placers). */
    private final Object owner;
    /** The weekday factor of a gap between two leads' weekdays ({@link LeadDay#SCALE_DAYS}, the config's shape). */
    private final IntToDoubleFunction weekdayDecay;
    /** Each thread's scratch for index queries. */
    private static final ThreadLocal<StoryIndex.Scores> SCORES = ThreadLocal.withInitial(StoryIndex.Scores::new);

    ArticlePlacer(StoryRegistry registry, Supplier<LocalDate> latestPlausible) {
        this(registry, latestPlausible, null);
    }

    /** A placer of the batches {@code owner} prepares (this placer's own if null). */
    ArticlePlacer(StoryRegistry registry, Supplier<LocalDate> latestPlausible, Object owner) {
        this.config = registry.config;
        this.registry = registry;
        this.latestPlausible = latestPlausible;
        this.owner = owner == null ? this : owner;
        TimeDecay shape = config.timeDecay();
        this.weekdayDecay = gap -> shape.factor(gap, LeadDay.SCALE_DAYS);
    }

    /**
     * Places a batch; copies named by {@code duplicates} are placed together, with earlier copies
     * too; ends with the periodic merge if {@code merge}. Adds the numbers of the stories that took
     * articles or merged to {@code touched}, and each story merged away, with the one it went into, to
     * {@code mergedAway}.
     */
    void place(PreparedBatch batch, List<DuplicateGroup> duplicates, boolean merge, Set<Integer> touched,
               Map<Integer, Integer> mergedAway) {
        batch.markPlaced(owner);
        // 1. The new articles, each id once, in an order fixed by their words (so that term ids,
        // sums and ties never depend on input order).
        int[] fresh = freshArticles(batch);
        List<Article> articles = new ArrayList<>(fresh.length);
        List<PreparedBatch.Reading> readings = new ArrayList<>(fresh.length);
        for (int p : fresh) {
            articles.add(batch.articles.get(p));
            readings.add(batch.readings.get(p));
        }
        // 2. and 3. Document frequencies and vectors (see vectors), each vector then added to the
        // corpus's sum before any background is weighed.
        List<TermVector> vectors = vectors(articles, readings, batch.lookedUpIn != registry.vocabulary);
        if (registry.vocabulary.corpus() == null) {
            vectors.forEach(registry::addToBackground);
        }
        LocalDate until = latestPlausible.get();
        List<PlacementUnit.Member> members = parallel(articles.size()).mapToObj(i -> {
            Article a = articles.get(i);
            PreparedBatch.Reading r = readings.get(i);
            return new PlacementUnit.Member(a, ArrivalKey.plausible(a.published(), until), r.days(), vectors.get(i),
                    GrowingStory.titleVector(vectors.get(i)), r.contentKey(), registry.background(vectors.get(i)),
                    r.keys());
        }).toList();
        // 4. Units (families of copies, or lone articles) in arrival order, placed chunk by chunk.
        // A partial copy of a few sentences is bound to its original only if the two pages are as alike in
        // words as a join asks (before density scaling; see CopyFamilies), or the original was placed before.
        Map<String, PlacementUnit.Member> byId = new HashMap<>();
        members.forEach(m -> byId.put(m.article().id(), m));
        List<List<String>> families = CopyFamilies.of(duplicates, (copy, original) -> {
            PlacementUnit.Member c = byId.get(copy);
            PlacementUnit.Member o = byId.get(original);
            return c == null || o == null
                    || relative(c.vector().dot(o.vector()), c.background(), o.background()) >= config.threshold();
        });
        List<PlacementUnit> units = PlacementUnit.of(members, families, registry.storyOfArticle::containsKey,
                config.maxTerms());
        for (int from = 0; from < units.size(); from += CHUNK) {
            List<PlacementUnit> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
            registry.advanceClock(chunk.get(0).first);
            touched.addAll(new Agglomeration(this).place(chunk, mergedAway));
            for (PlacementUnit u : chunk) {
                registry.advanceClock(u.first);
            }
        }
        // 5. Copies always together, then the periodic merge over what changed.
        for (List<String> family : families) {
            keepTogether(family, touched, mergedAway);
        }
        if (merge) {
            mergeChanged(touched, mergedAway);
        }
        registry.retireQuiet();
    }

    /**
     * What each article of {@code batch} says on its own ({@link PreparedBatch}); reads only the
     * configuration (and looks terms up in the vocabulary, which is safe while it grows), so it may
     * run on any thread while another batch is placed. On all cores if {@code allCores}; else on the
     * calling thread alone, leaving the other cores to the batch being placed: on two cores, a reader
     * on all cores beside the placing took 217.5 s for the million articles of cluster-scale, one on
     * its own thread 177.9 s, and no reading ahead 201.8 s.
     */
    PreparedBatch prepare(List<Article> batch, boolean allCores) {
        boolean terms = batch.size() <= TERMS_SLICE;
        List<Article> articles = List.copyOf(batch);
        IntStream positions = allCores ? parallel(articles.size()) : IntStream.range(0, articles.size());
        LocalDate until = latestPlausible.get();
        return new PreparedBatch(owner, registry.vocabulary, articles, positions.mapToObj(i -> {
            Article a = articles.get(i);
            ArticleTerms read = null;
            if (terms) {
                read = ArticleTerms.of(a, config.titleWeight());
                read.lookUp(registry.vocabulary);
            }
            LocalDate published = ArrivalKey.plausible(a.published(), until);
            return new PreparedBatch.Reading(ArrivalKey.contentKey(a), LeadDay.of(a, published),
                    EventKeys.of(a, published, config.nameConflict() > 0,
                            config.subjectConflict() > 0), read);
        }).toList());
    }

    /**
     * The articles' TF-IDF vectors. Their terms (unless read ahead) are found in parallel and counted in the
     * vocabulary's document frequencies in order, a slice at a time, so that only a slice's terms are
     * held as strings at once; the vectors are weighed once the whole batch is counted.
     */
    private List<TermVector> vectors(List<Article> fresh, List<PreparedBatch.Reading> readings, boolean lookUpAgain) {
        Vocabulary vocabulary = registry.vocabulary;
        List<ArticleTerms> terms = new ArrayList<>(fresh.size());
        for (int from = 0; from < fresh.size(); from += TERMS_SLICE) {
            int start = from;
            List<ArticleTerms> slice = parallel(Math.min(TERMS_SLICE, fresh.size() - from)).mapToObj(i -> {
                ArticleTerms read = readings.get(start + i).terms();
                return read != null ? read : ArticleTerms.of(fresh.get(start + i), config.titleWeight());
            }).toList();
            // Terms read ahead were looked up then: a term counted since comes back as -1, and count finds it
            // (in another vocabulary, one a young stream has since folded anew, they are looked up again).
            parallel(slice.size()).filter(i -> lookUpAgain || readings.get(start + i).terms() == null)
                    .forEach(i -> slice.get(i).lookUp(vocabulary));
            for (ArticleTerms t : slice) {
                t.count(vocabulary, registry.nameSurfaces);
            }
            terms.addAll(slice);
        }
        return parallel(fresh.size())
                .mapToObj(i -> terms.get(i).vector(vocabulary, config.nameWeight(), config.maxTerms())).toList();
    }

    /**
     * The similarity factor of two groups' distance in time: by the gap between their spans of dates
     * ({@link GrowingStory#gapDays}, -1 when either is undated), falling over timeScaleDays beyond a
     * day in the config's shape ({@link TimeDecay}); else by the gap between the weekdays their leads
     * name ({@link LeadDay#gap}), falling over {@link LeadDay#SCALE_DAYS} beyond a day, the mean over pairs of members
     * that name one ({@link LeadDay#factor}, {@code aDays} and {@code bDays} the groups' packed counts
     * of {@code aSize} and {@code bSize} members); when both groups are {@code undated}, over all pairs
     * of members, a pair with a member that names no day counting as 1 ({@link LeadDay#factorAmong});
     * 1 when neither is known. A publication date says when an event was reported, and reports of one
     * event go on for days; a lead's weekday says when it happened, so two leads two days apart tell
     * of two happenings.
     */
    double timeFactor(long dateGap, long aDays, int aSize, long bDays, int bSize, boolean undated) {
        if (dateGap >= 0) {
            return config.timeDecay().factor(dateGap, config.timeScaleDays());
        }
        return undated ? LeadDay.factorAmong(aDays, aSize, bDays, bSize, weekdayDecay)
                : LeadDay.factor(aDays, bDays, weekdayDecay);
    }

    /**
     * Two groups' likeness discounted by time ({@link #timeFactor}), where a dated pair that falls below
     * the threshold only by its dates, though far more alike than the threshold, is judged on a date
     * scale widened by its likeness ({@link #FOLLOW_UP_POWER}) if one group restates the other's
     * happening ({@link EventKeys#restates}: a figure both give, or a day one names on the other's
     * dates): a follow-up of the same happening weeks later (the trial after a shooting, the repair
     * after an outage) joins its story, while a new happening of the same people days later (the
     * surrender after the talks) stays a story of its own. The restating is checked only for the pairs
     * the widened scale brings in. {@code aFirst} to {@code bLast} are the groups' dates as epoch days.
     */
    double timed(double likeness, long dateGap, long aDays, int aSize, long bDays, int bSize, boolean undated,
                 EventKeys a, EventKeys b, long aFirst, long aLast, long bFirst, long bLast) {
        double s = likeness > 0 ? likeness * timeFactor(dateGap, aDays, aSize, bDays, bSize, undated) : likeness;
        double threshold = config.threshold();
        if (s >= threshold || dateGap < 0 || likeness <= threshold) {
            return s;
        }
        double widened = likeness * Math.pow(config.timeDecay().followUp(dateGap, config.timeScaleDays()),
                Math.pow(threshold / likeness, FOLLOW_UP_POWER));
        return widened >= threshold && a.restates(b, aFirst, aLast, bFirst, bLast) ? widened : s;
    }

    /** A date as an epoch day, 0 when unknown (read only for dated pairs). */
    private static long epochDay(LocalDate date) {
        return date == null ? 0 : date.toEpochDay();
    }

    /**
     * How alike two groups are beyond what any two articles share: the mean cosine of their
     * members' vectors, less {@code backgroundWeight} times the mean of their members' backgrounds
     * (before time: see {@link #timed}).
     */
    double similarity(Centroid a, int aSize, double aBackground, Centroid b, int bSize, double bBackground) {
        if (aSize == 0 || bSize == 0) {
            return 0;
        }
        return relative(a.dot(b) / ((double) aSize * bSize), aBackground / aSize, bBackground / bSize);
    }

    /**
     * How alike a group's members are among themselves, as {@link #similarity} weighs two groups: the mean
     * product over its pairs of members ({@link MemberPairs}) less the group's background; NaN when no pair is known.
     */
    double cohesion(MemberPairs pairs, double background, int size) {
        double mean = pairs.mean();
        return Double.isNaN(mean) ? mean : relative(mean, background / size, background / size);
    }

    /** A mean cosine less the background of the two groups (each the mean of its members'). */
    double relative(double meanCosine, double aMeanBackground, double bMeanBackground) {
        return meanCosine - config.backgroundWeight() * (aMeanBackground + bMeanBackground) / 2;
    }

    /**
     * The positions in {@code batch} of the articles the registry has not seen, each id once (its
     * first), ordered by a hash of their words, then id.
     */
    private int[] freshArticles(PreparedBatch batch) {
        Set<String> seen = new HashSet<>();
        List<Integer> fresh = new ArrayList<>(batch.articles.size());
        for (int p = 0; p < batch.articles.size(); p++) {
            String id = batch.articles.get(p).id();
            if (!registry.storyOfArticle.containsKey(id) && seen.add(id)) {
                fresh.add(p);
            }
        }
        fresh.sort((x, y) -> {
            long hx = batch.readings.get(x).contentKey();
            long hy = batch.readings.get(y).contentKey();
            return hx != hy ? Long.compare(hx, hy) : batch.articles.get(x).id().compareTo(batch.articles.get(y).id());
        });
        return fresh.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The positions 0 to n - 1, on all cores if there are enough of them. */
    static IntStream parallel(int n) {
        IntStream s = IntStream.range(0, n);
        return n >= PARALLEL_BATCH ? s.parallel() : s;
    }

    /**
     * For each of {@code vectors}, the active stories that share heavy terms with it, most shared
     * weight first (none for a null); looked up on all cores.
     */
    int[][] candidates(List<TermVector> vectors) {
        registry.index.prune(vectors, QUERY_TERMS, registry::isLive);
        return parallel(vectors.size()).mapToObj(i -> vectors.get(i) == null ? new int[0]
                : registry.index.candidates(vectors.get(i), QUERY_TERMS, CANDIDATES, SCORES.get())).toArray(int[][]::new);
    }

    private void keepTogether(List<String> family, Set<Integer> touched, Map<Integer, Integer> mergedAway) {
        GrowingStory target = null;
        for (String id : family) {
            Integer n = registry.storyOfArticle.get(id);
            if (n != null) {
                GrowingStory s = registry.stories.get(registry.resolve(n));
                if (target != null && target != s) {
                    target = registry.merge(target, s, mergedAway);
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
        List<GrowingStory> stories = registry.stories;
        TreeSet<Integer> queue = new TreeSet<>(touched);
        while (!queue.isEmpty()) {
            List<GrowingStory> round = new ArrayList<>();
            while (!queue.isEmpty()) {
                GrowingStory s = stories.get(queue.pollFirst());
                if (s.mergedInto < 0) {
                    round.add(s);
                }
            }
            int[][] candidates = candidates(parallel(round.size())
                    .mapToObj(i -> round.get(i).centroid.top(QUERY_TERMS * 4)).toList());
            int[] best = parallel(round.size()).map(i -> mostAlike(round.get(i), candidates[i])).toArray();
            Set<GrowingStory> changed = new HashSet<>();
            for (int i = 0; i < round.size(); i++) {
                GrowingStory s = round.get(i);
                if (best[i] < 0 || s.mergedInto >= 0) {
                    continue;
                }
                GrowingStory other = stories.get(best[i]);
                if (changed.contains(s) || changed.contains(other) || other.mergedInto >= 0) {
                    queue.add(registry.resolve(s.number));
                    continue;
                }
                GrowingStory survivor = registry.merge(s, other, mergedAway);
                changed.add(survivor);
                touched.add(survivor.number);
                queue.add(survivor.number);
            }
        }
    }

    /** How alike the story's members are among themselves ({@link #cohesion}). */
    private double cohesion(GrowingStory s) {
        return cohesion(s.pairs, s.background, s.members.size());
    }

    /** The candidate most like {@code s} if as alike as the merge threshold, else -1. Reads only. */
    private int mostAlike(GrowingStory s, int[] candidates) {
        int best = -1;
        double bestScore = config.mergeThreshold();
        for (int c : candidates) {
            GrowingStory other = registry.stories.get(c);
            if (other == s) {
                continue;
            }
            double words = similarity(s.centroid, s.members.size(), s.background, other.centroid,
                    other.members.size(), other.background);
            double likeness = config.discounted(words, s.keys, other.keys);
            double score = timed(likeness, GrowingStory.gapDays(s.first, s.last, other.first, other.last), s.days,
                    s.members.size(), other.days, other.members.size(), s.first == null && other.first == null,
                    s.keys, other.keys, epochDay(s.first), epochDay(s.last), epochDay(other.first),
                    epochDay(other.last));
            if (score >= bestScore && config.joinsGroups(score, s.members.size(), other.members.size())
                    && config.coheres(words, s.members.size(), cohesion(s), other.members.size(), cohesion(other))) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }
}
