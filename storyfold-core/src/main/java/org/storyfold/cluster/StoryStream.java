package org.storyfold.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Online clustering as its callers see it: takes batches of articles, placed in time order by an
 * {@link ArticlePlacer} (see there for the steps) into the stories a {@link StoryRegistry} keeps, and
 * tells what each batch did ({@link StoryUpdate}); lists the stories and storylines so far, and
 * saves its state ({@link StoryStreamFile}). Story ids are {@code s<n>}, in the order stories were
 * opened. A young stream (fewer than {@link YoungStreamRefold#YOUNG_ARTICLES} articles) folds all it
 * holds anew at a batch that grows it enough, as one batch of them all would be placed, keeping story
 * ids by overlap: such a batch may move an earlier article to another story.
 *
 * <p>Dates after the day after each batch (UTC; for a stream of a corpus clustered in parts, a
 * fixed day), or before 1900, are treated as unknown. An article whose id the stream already holds is ignored. Not thread-safe: one writer
 * at a time; the batch's own work runs on all cores.
 */
public final class StoryStream {

    private StoryRegistry registry;
    private ArticlePlacer placer;
    /** The latest publication date taken as true, asked at each batch: a live stream's moves with the clock. */
    private final Supplier<LocalDate> latestPlausible;
    /** The articles held while the stream is young (see {@link YoungStreamRefold}), null once it is not. */
    private YoungStreamRefold young;

    /** An empty stream, folded anew as it grows while it is young ({@link YoungStreamRefold}). */
    StoryStream(ClusterConfig config, Supplier<LocalDate> latestPlausible) {
        this(new StoryRegistry(config), latestPlausible);
        this.young = new YoungStreamRefold(config, latestPlausible);
    }

    /** An empty stream that weighs terms by a whole corpus's statistics (see {@link CorpusTerms}). */
    StoryStream(ClusterConfig config, LocalDate latestPlausible, CorpusTerms corpus) {
        this(new StoryRegistry(config, corpus), latestPlausible);
    }

    /** A stream of these stories that takes dates after {@code latestPlausible} for mistakes. */
    StoryStream(StoryRegistry registry, LocalDate latestPlausible) {
        this(registry, () -> latestPlausible);
    }

    StoryStream(StoryRegistry registry, Supplier<LocalDate> latestPlausible) {
        this.registry = registry;
        this.placer = new ArticlePlacer(registry, latestPlausible, this);
        this.latestPlausible = latestPlausible;
    }

    /**
     * Makes a restored stream young again, holding {@code articles} (all it holds) and their copy
     * families, {@code folded} of them held at its last fold.
     */
    void young(List<Article> articles, List<DuplicateGroup> copies, int folded) {
        young = new YoungStreamRefold(registry.config, latestPlausible);
        young.hold(placer.prepare(articles, true), copies);
        young.folded(folded);
    }

    /** Places a batch of articles; copies named by {@code duplicates} are placed together, with earlier copies too. */
    public StoryUpdate add(List<Article> batch, List<DuplicateGroup> duplicates) {
        return add(placer.prepare(batch, true), duplicates, true);
    }

    /**
     * Reads what each article of {@code batch} says on its own (its words and names, its lead's
     * weekday, its figures) on the calling thread. Thread-safe, and independent of the stories so
     * far: a caller with a stream of batches may prepare the next batch on another thread while this
     * stream places the current one ({@link #add(PreparedBatch, List)}), which keeps a core busy
     * while a batch's agglomeration runs on one.
     */
    public PreparedBatch prepare(List<Article> batch) {
        return placer.prepare(batch, false);
    }

    /** Places a batch {@link #prepare}d by this stream, as {@link #add(List, List)} does; each prepared batch once. */
    public StoryUpdate add(PreparedBatch batch, List<DuplicateGroup> duplicates) {
        return add(batch, duplicates, true);
    }

    /**
     * Places a batch as {@link #add} does, without the periodic merge that ends it: for a runner
     * that clusters a batch as consecutive runs of its chunks (Spark), whose last run alone ends with
     * the merge, as the whole batch would.
     */
    public StoryUpdate place(List<Article> batch, List<DuplicateGroup> duplicates) {
        return add(placer.prepare(batch, true), duplicates, false);
    }

    private StoryUpdate add(PreparedBatch batch, List<DuplicateGroup> duplicates, boolean merge) {
        if (young != null && (!merge || young.size() + batch.articles.size() >= YoungStreamRefold.YOUNG_ARTICLES)) {
            // Placed in chunks without the merge (Spark), or old enough with this batch (a large first batch,
            // as the digest's, is never held): batches are placed as they come.
            young = null;
        }
        if (young != null && registry.arrivals > 0 && young.due(batch.articles.size())
                && young.size() + batch.articles.size() >= YoungStreamRefold.FIRST_FOLD) {
            return refold(batch, duplicates);
        }
        if (young != null) {
            // The first batch is placed as a fold of what it holds would be; later ones between folds as they come.
            boolean first = registry.arrivals == 0;
            young.hold(batch, duplicates);
            if (first) {
                young.folded(young.size());
            }
        }
        int before = registry.stories.size();
        Set<Integer> touched = new TreeSet<>();
        Map<Integer, Integer> mergedAway = new TreeMap<>();
        placer.place(batch, duplicates, merge, touched, mergedAway);

        List<String> created = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int n : touched) {
            if (registry.stories.get(n).mergedInto < 0) {
                (n >= before ? created : changed).add(id(n));
            }
        }
        Map<String, String> merged = new HashMap<>();
        mergedAway.forEach((from, into) -> {
            if (from < before) {
                merged.put(id(from), id(registry.resolve(into)));
            }
        });
        return new StoryUpdate(created, changed, merged);
    }

    /** Places the batch and every article held before it in one pass ({@link YoungStreamRefold}). */
    private StoryUpdate refold(PreparedBatch batch, List<DuplicateGroup> duplicates) {
        batch.markPlaced(this);
        young.hold(batch, duplicates);
        List<Integer> created = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        Map<Integer, Integer> mergedAway = new TreeMap<>();
        registry = young.fold(registry, created, changed, mergedAway);
        placer = new ArticlePlacer(registry, latestPlausible, this);
        Map<String, String> merged = new HashMap<>();
        mergedAway.forEach((from, into) -> merged.put(id(from), id(registry.resolve(into))));
        return new StoryUpdate(created.stream().sorted().map(StoryStream::id).toList(),
                changed.stream().sorted().map(StoryStream::id).toList(), merged);
    }

    /** Every story so far (active or dormant, not merged away), in id order, members in arrival order. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (GrowingStory s : registry.stories) {
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
        List<GrowingStory> stories = registry.stories;
        if (n < 0 || n >= stories.size() || stories.get(n).mergedInto >= 0) {
            return null;
        }
        GrowingStory s = stories.get(n);
        return new Story(id(n), s.title(), s.members);
    }

    /** The id of the story that holds {@code articleId}, or null if the stream has not seen it. */
    public String storyOf(String articleId) {
        Integer n = registry.storyOfArticle.get(articleId);
        return n == null ? null : id(registry.resolve(n));
    }

    /** The stories linked into storylines, each linked story once; stories on their own are left out. */
    public List<Storyline> storylines() {
        return new StorylineLinker(registry).link();
    }

    /**
     * Writes the stream's state to {@code out} (gzip-compressed binary, versioned), to be read back
     * by {@link OnlineStoryClusterer#load}; does not close {@code out}.
     */
    public void save(java.io.OutputStream out) throws java.io.IOException {
        StoryStreamFile.write(registry, young, out);
    }

    /** The stories as placed, for this package's checks of what a story keeps. */
    StoryRegistry registry() {
        return registry;
    }

    /** How many articles the stream has placed. */
    public long articles() {
        return registry.arrivals;
    }

    /** How many stories still take articles. */
    public int activeStories() {
        return registry.activeStories();
    }

    static String id(int number) {
        return "s" + (number + 1);
    }
}
