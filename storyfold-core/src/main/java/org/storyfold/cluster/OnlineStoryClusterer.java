package org.storyfold.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * Folds articles into stories online: articles are taken in time order and each family of copies
 * joins the most alike story (by TF-IDF of its words, title weighted, and of its proper names,
 * beyond what its words share with every story, discounted by distance in time) or opens one; see {@link ArticlePlacer} for the steps. A
 * collection is clustered as one batch; {@link #open()} gives a stream for adding batches over
 * time, and {@link #load} restores one saved by {@link StoryStream#save}. Thread-safe: holds only
 * its configuration.
 */
public final class OnlineStoryClusterer implements StoryClusterer {

    /**
     * Units (families of copies, or lone articles) placed together, in {@link ArrivalKey} order: a
     * batch is placed a chunk of this many units at a time.
     */
    public static final int CHUNK_UNITS = ArticlePlacer.CHUNK;

    private final ClusterConfig config;

    public OnlineStoryClusterer(ClusterConfig config) {
        this.config = config;
    }

    /**
     * An empty stream. Dates after tomorrow (UTC) are taken for mistakes and treated as unknown,
     * tomorrow as of each batch: a stream kept open for days (a store that watches feeds) takes the
     * day's articles as dated.
     */
    public StoryStream open() {
        return new StoryStream(config, OnlineStoryClusterer::latestPlausible);
    }

    /**
     * An empty stream for one part of a corpus clustered in parts (Spark): it weighs terms by the
     * whole corpus's statistics, and takes dates after {@code latestPlausible} for mistakes. Its
     * {@link StoryStream#place} and {@link StoryStream#add} of a run of the corpus's chunks
     * ({@link #CHUNK_UNITS} units in {@link ArrivalKey} order) place them as one batch of the whole
     * corpus would, but for the stories older than the run.
     */
    public StoryStream open(CorpusTerms corpus, LocalDate latestPlausible) {
        return new StoryStream(config, latestPlausible, corpus);
    }

    /** The latest publication date taken as true: tomorrow (UTC). */
    public static LocalDate latestPlausible() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1);
    }

    /**
     * The families of copies the clusterer places as one: the members of groups that share a
     * member, joined; each family of at least two articles, members in the order first named.
     */
    public static List<List<String>> families(List<DuplicateGroup> duplicates) {
        return CopyFamilies.of(duplicates);
    }

    /** A stream saved by {@link StoryStream#save}, with the settings it was saved with. */
    public static StoryStream load(InputStream in) throws IOException {
        return StoryStreamFile.read(in, OnlineStoryClusterer::latestPlausible);
    }

    @Override
    public List<Story> cluster(List<Article> articles, List<DuplicateGroup> duplicates) {
        return fold(articles, duplicates).stories();
    }

    /**
     * The stories and storylines of {@code articles}: stories largest first ({@code s1}, {@code s2},
     * ...), members in input order; storylines largest first ({@code l1}, ...).
     */
    public Clustering fold(List<Article> articles, List<DuplicateGroup> duplicates) {
        StoryStream stream = open();
        stream.add(articles, duplicates);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            position.putIfAbsent(articles.get(i).id(), i);
        }
        List<List<String>> members = new ArrayList<>();
        List<Story> streamed = stream.stories();
        Map<List<String>, Story> byMembers = new HashMap<>();
        for (Story s : streamed) {
            List<String> ordered = new ArrayList<>(s.articles());
            ordered.sort(Comparator.comparingInt(position::get));
            members.add(ordered);
            byMembers.put(ordered, s);
        }
        members.sort(Comparator.comparingInt((List<String> m) -> -m.size()).thenComparingInt(m -> position.get(m.get(0))));
        Map<String, String> label = new HashMap<>();
        List<Story> stories = new ArrayList<>(members.size());
        for (List<String> m : members) {
            Story s = byMembers.get(m);
            String id = "s" + (stories.size() + 1);
            label.put(s.id(), id);
            stories.add(new Story(id, s.title(), m));
        }
        List<Storyline> storylines = new ArrayList<>();
        for (Storyline l : stream.storylines()) {
            List<StorylineLink> links = l.links().stream().map(k -> new StorylineLink(label.get(k.earlier()),
                    label.get(k.later()), k.similarity(), k.names(), k.days(), k.reason())).toList();
            storylines.add(new Storyline(l.id(), l.stories().stream().map(label::get).toList(), links));
        }
        return new Clustering(stories, storylines);
    }
}
