package org.storyfold.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * The cold start of a {@link StoryStream}: while it holds, with the batch it is given, fewer than
 * {@link #YOUNG_ARTICLES} articles, the stream keeps them (with what was read from each), and, once it
 * holds {@link #FIRST_FOLD}, a batch that brings at least {@link #FOLD_GROWTH} times as many articles as it held at its last fold is
 * placed with every article it holds in one pass, as one batch of them all would be placed; the
 * stories then take the numbers they had by overlap. Smaller batches are placed as they come, and the
 * next fold places them anew. A stream fed a few articles at a time otherwise weighs each word, and
 * each article's background, by the few articles seen so far, and keeps the placements made on them;
 * a young stream folded anew places its articles as well as a single batch of them would. Once a
 * batch would take it to {@link #YOUNG_ARTICLES} the stream drops what it held and places batches as
 * they come (its statistics then rest on thousands of articles). As in one batch, no story of a young
 * stream goes quiet among its articles: a story goes dormant only at the end of a fold
 * ({@code dormantDays} before the latest date) or once the stream is past its young days.
 *
 * <p>Numbers are kept by overlap: each story of the new fold takes the number of the earlier story
 * it shares most articles with (largest overlaps first, each number once); an earlier story left
 * without a match is merged into the story that took most of its articles; the rest are new
 * stories. Unlike a placed batch, a fold may move an earlier article to another story: such a story
 * is reported changed (see {@link StoryUpdate}). Not thread-safe; owned by one stream.
 */
final class YoungStreamRefold {

    /** Articles a stream holds for folding anew; past this many it places batches as they come. */
    static final int YOUNG_ARTICLES = 2_000;
    /**
     * Articles a stream holds, with the batch, before it folds at all: as many as the unrelated articles
     * its backgrounds assume besides those seen ({@link StoryRegistry#PRIOR_ARTICLES}). Below that
     * a fold would decide anew on statistics as thin as the first placing's and move articles for it:
     * the seeds' five articles and one unrelated article, placed as one batch, fold the talks on a
     * civilian exit into the surrender, which five then one keep apart.
     */
    static final int FIRST_FOLD = StoryRegistry.PRIOR_ARTICLES;
    /** The share of new articles, against those held at the last fold, that brings the next fold. */
    static final double FOLD_GROWTH = 1.0 / 32;

    private final ClusterConfig config;
    private final Supplier<LocalDate> latestPlausible;
    private final List<Article> articles = new ArrayList<>();
    private final List<PreparedBatch.Reading> readings = new ArrayList<>();
    private final List<DuplicateGroup> copies = new ArrayList<>();
    private final Set<String> held = new HashSet<>();
    /** How many articles were held at the last fold (or the first batch). */
    private int folded;

    YoungStreamRefold(ClusterConfig config, Supplier<LocalDate> latestPlausible) {
        this.config = config;
        this.latestPlausible = latestPlausible;
    }

    /**
     * Whether a batch of {@code batchSize} articles is folded with those held: when it brings at least
     * {@link #FOLD_GROWTH} times as many articles as were held at the last fold. Between folds batches are
     * placed as they come, on the statistics of the last fold, and the next fold places them anew.
     */
    boolean due(int batchSize) {
        return size() + batchSize - folded >= FOLD_GROWTH * folded;
    }

    /** How many articles were held at the last fold. */
    int folded() {
        return folded;
    }

    /** Restores the count of articles held at the last fold. */
    void folded(int count) {
        folded = count;
    }

    /** How many articles are held. */
    int size() {
        return articles.size();
    }

    /** The articles held, in the order they came. */
    List<Article> articles() {
        return articles;
    }

    /** The copy groups held, as the batches named them. */
    List<DuplicateGroup> copies() {
        return copies;
    }

    /** Keeps the batch's articles not held yet, with their readings, and its copy groups. */
    void hold(PreparedBatch batch, List<DuplicateGroup> duplicates) {
        for (int p = 0; p < batch.articles.size(); p++) {
            Article a = batch.articles.get(p);
            if (held.add(a.id())) {
                PreparedBatch.Reading r = batch.readings.get(p);
                ArticleTerms terms = r.terms() != null ? r.terms().uncounted() : ArticleTerms.of(a, config.titleWeight());
                articles.add(a);
                readings.add(new PreparedBatch.Reading(r.contentKey(), r.days(), r.keys(), terms));
            }
        }
        copies.addAll(duplicates);
    }

    /**
     * Every held article placed in one pass into a new registry, whose stories carry the numbers of
     * {@code before}'s by overlap (see the class); what changed is added to {@code created},
     * {@code changed} and {@code merged} (story numbers).
     */
    StoryRegistry fold(StoryRegistry before, List<Integer> created, List<Integer> changed, Map<Integer, Integer> merged) {
        StoryRegistry fresh = new StoryRegistry(config);
        ArticlePlacer placer = new ArticlePlacer(fresh, latestPlausible);
        List<PreparedBatch.Reading> again = new ArrayList<>(readings.size());
        for (PreparedBatch.Reading r : readings) {
            ArticleTerms terms = r.terms().uncounted();
            terms.lookUp(fresh.vocabulary);
            again.add(new PreparedBatch.Reading(r.contentKey(), r.days(), r.keys(), terms));
        }
        placer.place(new PreparedBatch(placer, fresh.vocabulary, List.copyOf(articles), again), copies, true, new TreeSet<>(),
                new TreeMap<>());
        folded = articles.size();
        return renumbered(before, fresh, created, changed, merged);
    }

    /** {@code fresh}'s stories under {@code before}'s numbers by overlap. */
    private static StoryRegistry renumbered(StoryRegistry before, StoryRegistry fresh, List<Integer> created,
                                            List<Integer> changed, Map<Integer, Integer> merged) {
        // Articles shared by each (fresh story, earlier story) pair, largest first.
        Map<Long, Integer> shared = new HashMap<>();
        for (Map.Entry<String, Integer> e : before.storyOfArticle.entrySet()) {
            Integer f = fresh.storyOfArticle.get(e.getKey());
            if (f != null) {
                shared.merge(pair(fresh.resolve(f), before.resolve(e.getValue())), 1, Integer::sum);
            }
        }
        List<Map.Entry<Long, Integer>> pairs = new ArrayList<>(shared.entrySet());
        pairs.sort((x, y) -> x.getValue().equals(y.getValue()) ? Long.compare(x.getKey(), y.getKey())
                : Integer.compare(y.getValue(), x.getValue()));
        Map<Integer, Integer> numberOf = new HashMap<>();
        Map<Integer, Integer> matchOf = new HashMap<>();
        Map<Integer, Integer> mostOf = new HashMap<>();
        for (Map.Entry<Long, Integer> p : pairs) {
            int f = (int) (p.getKey() >>> 32);
            int b = (int) (long) p.getKey();
            mostOf.putIfAbsent(b, f);
            if (!numberOf.containsKey(f) && !matchOf.containsKey(b)) {
                numberOf.put(f, b);
                matchOf.put(b, f);
            }
        }
        int next = before.stories.size();
        for (GrowingStory s : fresh.stories) {
            if (s.mergedInto < 0 && !numberOf.containsKey(s.number)) {
                numberOf.put(s.number, next++);
            }
        }

        List<GrowingStory> stories = new ArrayList<>(next);
        for (GrowingStory old : before.stories) {
            Integer f = matchOf.get(old.number);
            if (f != null) {
                GrowingStory s = fresh.stories.get(f).numbered(old.number);
                stories.add(s);
                if (!new HashSet<>(s.members).equals(new HashSet<>(old.members))) {
                    changed.add(old.number);
                }
                continue;
            }
            GrowingStory gone = new GrowingStory(old.number, 0);
            if (old.mergedInto >= 0) {
                gone.mergedInto = old.mergedInto;
            } else {
                gone.mergedInto = numberOf.get(mostOf.get(old.number));
                merged.put(old.number, gone.mergedInto);
            }
            stories.add(gone);
        }
        for (GrowingStory s : fresh.stories) {
            if (s.mergedInto < 0 && numberOf.get(s.number) >= before.stories.size()) {
                stories.add(s.numbered(numberOf.get(s.number)));
                created.add(numberOf.get(s.number));
            }
        }
        stories.sort((x, y) -> Integer.compare(x.number, y.number));
        Map<String, Integer> storyOfArticle = new HashMap<>();
        fresh.storyOfArticle.forEach((a, n) -> storyOfArticle.put(a, numberOf.get(fresh.resolve(n))));
        return new StoryRegistry(fresh.config, fresh.vocabulary, stories, storyOfArticle, fresh.nameSurfaces,
                fresh.clock, fresh.arrivals, fresh.termSums, fresh.summed);
    }

    private static long pair(int fresh, int before) {
        return ((long) fresh << 32) | (before & 0xffffffffL);
    }
}
