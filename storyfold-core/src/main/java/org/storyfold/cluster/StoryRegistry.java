package org.storyfold.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories of a {@link StoryStream} and what is kept about them: every story so far by number
 * (active, dormant or merged away), the story of each placed article, the vocabulary that weighs
 * their words and the surfaces of its names, the corpus's mean vector behind each background, the
 * index of the stories that still take articles, the clock and the count of arrivals. Opens stories,
 * adds members, merges two stories and retires quiet ones; where an article goes is decided by
 * {@link ArticlePlacer}.
 *
 * <p>A story that has had no article for {@code dormantDays} after the clock (the latest plausible
 * date placed), or, undated, none for {@link #UNDATED_DORMANT_ARRIVALS} articles, goes dormant: it
 * stops taking articles and keeps a smaller centroid, for storylines. Not thread-safe; owned by one
 * stream.
 */
final class StoryRegistry {

    /** Terms kept in an active story's centroid. */
    static final int CENTROID_TERMS = 200;
    /** Terms kept in a dormant story's centroid, for storylines. */
    static final int RETIRED_TERMS = 100;
    /** Articles after which an undated story with no new member goes dormant. */
    static final long UNDATED_DORMANT_ARRIVALS = 250_000;
    /** Unrelated articles assumed besides those seen, so that the background of a few articles is small. */
    static final int PRIOR_ARTICLES = 100;

    final ClusterConfig config;
    final Vocabulary vocabulary;
    final List<GrowingStory> stories;
    final Map<String, Integer> storyOfArticle;
    final Map<Integer, String> nameSurfaces;
    /** Every placed article's vector added up, by term id, and how many were added: the corpus's mean. */
    double[] termSums;
    long summed;
    /** The active stories, listed under their members' heaviest terms. */
    final StoryIndex index = new StoryIndex();
    private List<GrowingStory> active = new ArrayList<>();
    LocalDate clock;
    long arrivals;

    /** No stories yet; terms weighed by the articles placed. */
    StoryRegistry(ClusterConfig config) {
        this(config, new Vocabulary(), new ArrayList<>(), new HashMap<>(), new HashMap<>(), null, 0, new double[1024], 0);
    }

    /** No stories yet; terms weighed by a whole corpus's statistics (see {@link CorpusTerms}). */
    StoryRegistry(ClusterConfig config, CorpusTerms corpus) {
        this(config, new Vocabulary(corpus), new ArrayList<>(), new HashMap<>(), new HashMap<>(), null, 0,
                new double[0], corpus.documents());
    }

    StoryRegistry(ClusterConfig config, Vocabulary vocabulary, List<GrowingStory> stories,
                  Map<String, Integer> storyOfArticle, Map<Integer, String> nameSurfaces, LocalDate clock, long arrivals,
                  double[] termSums, long summed) {
        this.termSums = termSums;
        this.summed = summed;
        this.config = config;
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

    /** How many stories still take articles. */
    int activeStories() {
        return active.size();
    }

    /** The story that {@code number} was merged into, through every later merge; {@code number} if none. */
    int resolve(int number) {
        int n = number;
        while (stories.get(n).mergedInto >= 0) {
            n = stories.get(n).mergedInto;
        }
        return n;
    }

    boolean isLive(int number) {
        return stories.get(number).isActive();
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

    /** Adds an article's vector to the corpus's sum (before any background of its batch is weighed). */
    void addToBackground(TermVector v) {
        for (int i = 0; i < v.ids.length; i++) {
            int id = v.ids[i];
            if (id >= termSums.length) {
                termSums = java.util.Arrays.copyOf(termSums, Math.max(id + 1, termSums.length * 2));
            }
            termSums[id] += v.weights[i];
        }
        summed++;
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
        story.noteMember(m.article().id(), m.date(), m.days(), arrivals, m.article().title(), m.titleVector());
        story.background += m.background() * scale * scale;
        story.scales += scale;
        story.keys.add(m.keys());
        storyOfArticle.put(m.article().id(), story.number);
        index.add(story, m.vector(), ArticlePlacer.INDEX_TERMS);
        revive(story);
    }

    /** Merges the smaller story into the larger (ties: into the older); returns the survivor. */
    GrowingStory merge(GrowingStory a, GrowingStory b, Map<Integer, Integer> mergedAway) {
        boolean aSurvives = a.members.size() > b.members.size()
                || (a.members.size() == b.members.size() && a.number < b.number);
        GrowingStory into = aSurvives ? a : b;
        GrowingStory from = aSurvives ? b : a;
        into.pairs.join(into.members.size(), from.pairs, from.members.size(), into.centroid.dot(from.centroid));
        into.centroid.add(from.centroid);
        into.members.addAll(from.members);
        into.widen(from.first, from.last);
        into.days = LeadDay.plus(into.days, from.days);
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

    /** Moves the clock to {@code date} if later (retiring the stories that fall quiet); ignores null. */
    void advanceClock(LocalDate date) {
        if (date != null && (clock == null || date.isAfter(clock))) {
            clock = date;
            retireQuiet();
        }
    }

    /** Stories without a new article for dormantDays (or, undated, for many articles) stop taking articles. */
    void retireQuiet() {
        List<GrowingStory> still = new ArrayList<>(active.size());
        // More than dormantDays before the clock: compared as dates, not counted in days story by story.
        LocalDate quietBefore = clock == null ? null : clock.minusDays(config.dormantDays());
        for (GrowingStory s : active) {
            if (s.mergedInto >= 0) {
                continue;
            }
            boolean quiet = s.last != null
                    ? quietBefore != null && s.last.isBefore(quietBefore)
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
