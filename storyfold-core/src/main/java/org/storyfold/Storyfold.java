package org.storyfold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.storyfold.cluster.Clustering;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.Story;
import org.storyfold.dedup.Deduplicator;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.OriginalOrder;
import org.storyfold.dedup.SentenceFingerprintDeduplicator;
import org.storyfold.extract.Article;
import org.storyfold.extract.ArticleExtractor;
import org.storyfold.extract.Extractor;
import org.storyfold.extract.RecurringParagraphRemover;
import org.storyfold.extract.RepeatedLineRemover;
import org.storyfold.ingest.FileIngester;
import org.storyfold.ingest.InputFile;
import org.storyfold.ingest.RawDocument;
import org.storyfold.synth.Brief;
import org.storyfold.synth.Briefer;
import org.storyfold.synth.ExtractiveBriefer;

/**
 * The pipeline, assembled in one place: ingest, extract, dedup, cluster, synth. Each step is also
 * callable alone, as the CLI's commands do. Thread-safe: stages hold only configuration.
 */
public final class Storyfold {

    /** Documents of one file extracted together (in parallel) while the file is read on. */
    private static final int EXTRACT_SLICE = 256;

    private final FileIngester ingester;
    private final Extractor extractor;
    private final RepeatedLineRemover repeatedLines = new RepeatedLineRemover();
    private final RecurringParagraphRemover recurringParagraphs = new RecurringParagraphRemover();
    private final Deduplicator deduplicator;
    private final OnlineStoryClusterer clusterer;
    private final Briefer briefer;

    public Storyfold(StoryfoldConfig config) {
        this.ingester = new FileIngester(config.ingest());
        this.extractor = new ArticleExtractor();
        this.deduplicator = new SentenceFingerprintDeduplicator(config.dedup());
        this.clusterer = new OnlineStoryClusterer(config.cluster());
        this.briefer = new ExtractiveBriefer(config.brief());
    }

    /** Runs every stage over the inputs; unusable inputs go to {@code problems}, and the run goes on. */
    public Digest digest(List<Path> inputs, Consumer<Problem> problems, Progress progress) {
        // 1. Ingest and 2. extract.
        List<Article> articles = articles(inputs, problems, progress);
        // 3. Dedup.
        progress.start("dedup", -1);
        List<DuplicateGroup> duplicates = duplicates(articles);
        progress.finish();
        // 4. Cluster, and link the stories into storylines.
        progress.start("cluster", -1);
        Clustering clustering = clustering(articles, duplicates);
        progress.finish();
        List<Story> stories = clustering.stories();
        // 5. Synth.
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, List<Integer>> groupsOf = new HashMap<>();
        for (int g = 0; g < duplicates.size(); g++) {
            for (String member : duplicates.get(g).members()) {
                groupsOf.computeIfAbsent(member, k -> new ArrayList<>()).add(g);
            }
        }
        // Briefs are computed as the digest is read, a window at a time (see StoryBriefs).
        StoryBriefs briefs = new StoryBriefs(stories,
                story -> brief(story, byId, touching(story, duplicates, groupsOf)), progress);
        return new Digest(articles, duplicates, stories, briefs, clustering.storylines());
    }

    /**
     * Stages 1 and 2: reads and extracts every input file, files in parallel, articles in input
     * order, then takes out paragraphs an outlet repeats across its articles and paragraphs that
     * articles with unrelated text print, rejecting pages left without prose. An article whose id
     * is already taken gets a suffix ({@code ~2}), reported once.
     */
    public List<Article> articles(List<Path> inputs, Consumer<Problem> problems, Progress progress) {
        List<InputFile> files = ingester.list(inputs, problems);
        progress.start("extract", FileIngester.countDocuments(files));
        List<List<Outcome<Article>>> perFile = files.parallelStream().map(file -> {
            List<Outcome<Article>> outcomes = new ArrayList<>();
            // A file of many documents (JSON Lines, WARC, a feed) is extracted a slice at a time,
            // the slice's documents in parallel: one large file keeps every core busy too.
            List<Outcome<RawDocument>> slice = new ArrayList<>(EXTRACT_SLICE);
            ingester.read(file, raw -> {
                slice.add(raw);
                if (slice.size() == EXTRACT_SLICE) {
                    extractSlice(slice, outcomes, progress);
                }
            });
            extractSlice(slice, outcomes, progress);
            return outcomes;
        }).toList();
        progress.finish();

        List<Article> articles = new ArrayList<>();
        UniqueIds ids = new UniqueIds();
        for (List<Outcome<Article>> outcomes : perFile) {
            for (Outcome<Article> outcome : outcomes) {
                if (outcome instanceof Outcome.Rejected<Article> r) {
                    problems.accept(r.problem());
                } else if (outcome instanceof Outcome.Ok<Article> ok) {
                    Article a = ok.value();
                    String id = ids.assign(a.id(), a.source(), problems);
                    articles.add(id.equals(a.id()) ? a : a.withId(id));
                }
            }
        }
        // 2b. Corpus-aware furniture (see cleanBatch).
        List<Article> cleaned = new ArrayList<>(articles.size());
        progress.start("clean", -1);
        List<Outcome<Article>> outcomes = cleanBatch(articles);
        progress.finish();
        for (Outcome<Article> outcome : outcomes) {
            if (outcome instanceof Outcome.Rejected<Article> r) {
                problems.accept(r.problem());
            } else if (outcome instanceof Outcome.Ok<Article> ok) {
                cleaned.add(ok.value());
            }
        }
        return cleaned;
    }

    /**
     * Extracts a slice of one file's documents, in parallel, appending the outcomes in order, and
     * empties it; a file's last slice may be empty.
     */
    private void extractSlice(List<Outcome<RawDocument>> slice, List<Outcome<Article>> outcomes, Progress progress) {
        if (slice.size() == 1) {
            outcomes.add(slice.get(0).flatMap(this::extract));
        } else if (!slice.isEmpty()) {
            outcomes.addAll(slice.parallelStream().map(raw -> raw.flatMap(this::extract)).toList());
        }
        synchronized (progress) {
            progress.advance(slice.size());
        }
        slice.clear();
    }

    /**
     * Stage 2b alone: the corpus-aware furniture of a batch of extracted articles taken out:
     * paragraphs an outlet prints in many of its articles, then paragraphs that articles with
     * unrelated text print. Returns the articles in the same order, each cleaned, or rejected when
     * it is left without prose.
     */
    public List<Outcome<Article>> cleanBatch(List<Article> articles) {
        return recurringParagraphs.clean(repeatedLines.clean(articles));
    }

    /**
     * Stage 2b for a batch that comes after others (a store): as {@link #cleanBatch(List)}, with the
     * earlier articles that print some of the batch's paragraphs counted among a paragraph's
     * printers, and the paragraphs found furniture before taken out
     * ({@link RecurringParagraphRemover#clean(List, List, java.util.function.LongPredicate)}).
     */
    public RecurringParagraphRemover.Cleaned cleanBatch(List<Article> articles, List<Article> earlier,
                                                        java.util.function.LongPredicate knownFurniture) {
        return recurringParagraphs.clean(repeatedLines.clean(articles), earlier, knownFurniture);
    }

    /** Stage 2 alone: one raw document into an article. */
    public Outcome<Article> extract(RawDocument document) {
        return extractor.extract(document);
    }

    /** Stage 3: the duplicate groups among the articles. */
    public List<DuplicateGroup> duplicates(List<Article> articles) {
        return deduplicator.deduplicate(articles);
    }

    /** Stage 4: the stories, copies always together. */
    public List<Story> stories(List<Article> articles, List<DuplicateGroup> duplicates) {
        return clusterer.cluster(articles, duplicates);
    }

    /** Stage 4 with storylines: the stories, and the storylines that link them. */
    public Clustering clustering(List<Article> articles, List<DuplicateGroup> duplicates) {
        return clusterer.fold(articles, duplicates);
    }

    /**
     * Stage 5: one story's brief, the likely original's wording first, told which articles are
     * copies of one another by {@code duplicates} (the run's groups, or any that cover the story).
     */
    public Brief brief(Story story, Map<String, Article> articlesById, List<DuplicateGroup> duplicates) {
        List<Article> members = story.articles().stream().map(articlesById::get)
                .sorted(OriginalOrder.LIKELY_ORIGINAL_FIRST).toList();
        return briefer.brief(members, duplicates);
    }

    /** Stage 5 alone: one story's brief, finding the copies among its articles first (stage 3). */
    public Brief brief(Story story, Map<String, Article> articlesById) {
        List<Article> members = story.articles().stream().map(articlesById::get).toList();
        return brief(story, articlesById, duplicates(members));
    }

    /** The groups with a member in the story, in the run's order: all a brief looks at, found without a scan of every group. */
    private static List<DuplicateGroup> touching(Story story, List<DuplicateGroup> duplicates,
                                                 Map<String, List<Integer>> groupsOf) {
        TreeSet<Integer> found = new TreeSet<>();
        for (String a : story.articles()) {
            found.addAll(groupsOf.getOrDefault(a, List.of()));
        }
        return found.stream().map(duplicates::get).toList();
    }
}
