package org.storyfold.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.StoryStream;
import org.storyfold.cluster.Storyline;
import org.storyfold.cluster.StorylineLink;
import org.storyfold.dedup.ArticleDiff;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.SentenceDiff;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import org.storyfold.ingest.FileIngester;
import org.storyfold.ingest.InputFile;
import org.storyfold.search.ArticleHit;
import org.storyfold.search.NameExpansion;
import org.storyfold.search.ResultPage;
import org.storyfold.search.SearchIndex;
import org.storyfold.search.SearchQuery;
import org.storyfold.search.StoryHit;
import org.storyfold.text.LanguageGuesser;
import org.storyfold.synth.StorylineFigures;

/**
 * A collection of articles and stories kept in a data folder: takes in new articles (each batch
 * in one transaction, only the stories it touches briefed again) and answers for stories,
 * articles, differences between two articles, and searches.
 *
 * <p>One process at a time may open a data folder for writing (a lock file says so); others may
 * open it for reading. Thread-safe: reads run in parallel with each other and with an ingest;
 * ingests run one at a time. Close it once, after all use.
 */
public final class StoryStore implements Closeable {

    /** The data folder used when none is named. */
    public static final String DEFAULT_FOLDER = "storyfold-data";

    private final Path folder;
    private final Database db;
    private final SearchIndex index;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final StoryfoldConfig config;
    private final StoreConfig storeConfig;
    private final UnaryOperator<IncrementalStages> wrapStages;
    private final Storyfold storyfold;
    private final LanguageGuesser languages = new LanguageGuesser();
    private final ReentrantLock ingesting = new ReentrantLock();
    /** Taken by an ingest while it writes briefs (no lock: placing goes on meanwhile), to bound their memory. */
    private final java.util.concurrent.Semaphore briefing = new java.util.concurrent.Semaphore(1);
    /** The briefs due, with what each is written from (the due marks are in the database too). */
    private final BriefBacklog backlog = new BriefBacklog();
    /** Whether the search index missed an update; null when opened read-only. Guarded by {@link #ingesting}. */
    private final IndexHealth health;
    /** The copy index and story stream of the stored articles; null when opened read-only. Guarded by {@link #ingesting}. */
    private PlacementMemory state;
    /** The last batch whose storylines are stored, and when they were linked (nanoTime). Guarded by {@link #ingesting}. */
    private long storylinesBatch = -1;
    private long storylinesLinkedAt;

    /** The least time between two linkings of the storylines while articles arrive: linking weighs every story. */
    private static final long STORYLINE_NANOS = 60_000_000_000L;

    private StoryStore(Path folder, Database db, SearchIndex index, FileChannel lockFile, FileLock lock,
                       StoryfoldConfig config, StoreConfig storeConfig, UnaryOperator<IncrementalStages> wrapStages,
                       PlacementMemory state) {
        this.folder = folder;
        this.db = db;
        this.index = index;
        this.lockFile = lockFile;
        this.lock = lock;
        this.config = config;
        this.storeConfig = storeConfig;
        this.wrapStages = wrapStages;
        this.state = state;
        this.storyfold = new Storyfold(config);
        this.health = lock == null ? null : new IndexHealth(db, index);
    }

    /**
     * Opens the data folder for reading and writing, creating it if needed, upgrading its schema,
     * replaying into the search index what a crash left out, and restoring the copy index and the
     * story stream (the newest snapshot, then the batches committed after it).
     *
     * @throws StoreException if another process has it open for writing, or it cannot be used
     */
    public static StoryStore open(Path folder, StoryfoldConfig config, StoreConfig storeConfig) {
        return open(folder, config, storeConfig, Progress.NONE, UnaryOperator.identity());
    }

    /**
     * {@link #open(Path, StoryfoldConfig, StoreConfig)}, telling {@code replay} how many stored
     * articles are replayed into the copy index and the story stream (those stored after the last
     * snapshot, all of them when there is none).
     */
    public static StoryStore open(Path folder, StoryfoldConfig config, StoreConfig storeConfig, Progress replay) {
        return open(folder, config, storeConfig, replay, UnaryOperator.identity());
    }

    /**
     * {@link #open(Path, StoryfoldConfig, StoreConfig, Progress)} with the placing stages wrapped by
     * {@code wrapStages} (to watch them, or make them fail, in tests). The wrapper is applied to
     * the online stages each time they are restored; the copy index and the story stream are
     * restored and saved as they are, whatever the wrapper does.
     */
    public static StoryStore open(Path folder, StoryfoldConfig config, StoreConfig storeConfig, Progress replay,
                                  UnaryOperator<IncrementalStages> wrapStages) {
        FileChannel channel = null;
        Database db = null;
        SearchIndex index = null;
        PlacementMemory state = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new StoreException(folder + " is in use by another storyfold process (a running serve or"
                        + " ingest); stop it, or send new articles to the running server (POST /api/articles)");
            }
            db = Database.open(folder.resolve("storyfold.db"), true);
            index = SearchIndex.open(folder.resolve("index"));
            IndexSync.catchUpAndCheck(db, index);
            state = PlacementMemory.restore(folder, db, config, storeConfig, replay);
            StoryStore store = new StoryStore(folder, db, index, channel, lock, config, storeConfig, wrapStages, state);
            try {
                store.writeDueBriefs();
            } catch (IOException | RuntimeException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (IOException | RuntimeException e) {
            closeQuietly(state);
            closeQuietly(index, db, channel);
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException("cannot open " + folder + ": " + describe(e), e);
        }
    }

    /**
     * Opens an existing data folder to read only, beside a process that may be writing to it.
     *
     * @throws StoreException if the folder holds no store, or it cannot be read
     */
    public static StoryStore openForReading(Path folder) {
        Path file = folder.resolve("storyfold.db");
        if (!Files.isRegularFile(file)) {
            throw new StoreException(folder + " holds no storyfold data (create it with: storyfold ingest --data "
                    + folder + " INPUT...)");
        }
        Database db = null;
        try {
            db = Database.open(file, false);
            SearchIndex index = SearchIndex.openReadOnly(folder.resolve("index"));
            return new StoryStore(folder, db, index, null, null, StoryfoldConfig.defaults(), StoreConfig.defaults(),
                    UnaryOperator.identity(), null);
        } catch (IOException | RuntimeException e) {
            closeQuietly(null, db, null);
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException("cannot open " + folder + ": " + describe(e), e);
        }
    }

    /** The data folder. */
    public Path folder() {
        return folder;
    }

    /**
     * Stores the articles of the input files and folders, a batch at a time; unusable inputs go
     * to {@code problems} and the ingest goes on. Progress counts documents, advanced after each
     * batch's commit.
     */
    public IngestReport ingest(List<Path> inputs, Consumer<Problem> problems, Progress progress) {
        FileIngester files = new FileIngester(config.ingest());
        return ingestFiles(files.list(inputs, problems), problems, progress);
    }

    /**
     * Stores the articles of already listed input files (an upload saved to a file, for instance).
     * Several ingests may run at once: each holds the ingest lock only while it places a batch,
     * not while it extracts articles or writes briefs.
     */
    public IngestReport ingestFiles(List<InputFile> inputs, Consumer<Problem> problems, Progress progress) {
        return ingesting(problems, progress, Duration.ZERO, ingestion -> ingestion.run(inputs));
    }

    /**
     * As {@link #ingestFiles(List, Consumer, Progress)}, telling {@code committed} the ids of each
     * batch's articles as soon as its transaction is committed: if the ingest fails part way (the
     * heap running out, a full disk), what it was told is exactly what the ingest stored.
     */
    public IngestReport ingestFiles(List<InputFile> inputs, Consumer<Problem> problems, Progress progress,
                                    Consumer<List<String>> committed) {
        return ingesting(problems, progress, Duration.ZERO, ingestion -> ingestion.tellCommitted(committed).run(inputs));
    }

    /**
     * Stores documents fetched from watched sources, each with its address recorded in the
     * transaction of its batch. An address stored before is stored again only if its text changed,
     * as the next revision; its story's page then shows the latest revision.
     */
    public ArrivalReport ingestArrivals(List<Arrival> arrivals, Consumer<Problem> problems, Progress progress) {
        return ingestArrivals(arrivals, problems, progress, Duration.ZERO);
    }

    /**
     * {@link #ingestArrivals(List, Consumer, Progress)}, leaving the briefs of the stories changed
     * for at most {@code briefsMayWait} (counted from the oldest): the next arrivals often change
     * the same stories, each then briefed once. Until its brief is written a story shows its new
     * members, copies and sources with the brief it had; {@link #storyPage} writes a waiting brief
     * before it answers, and {@link #writeWaitingBriefs} (or closing the store) writes them all.
     * The due marks are stored with each batch: after a crash the briefs are written at the next open.
     */
    public ArrivalReport ingestArrivals(List<Arrival> arrivals, Consumer<Problem> problems, Progress progress,
                                        Duration briefsMayWait) {
        return ingesting(problems, progress, briefsMayWait, ingestion -> ingestion.runArrivals(arrivals));
    }

    /** Writes the briefs left waiting by {@link #ingestArrivals(List, Consumer, Progress, Duration)}; returns how many. */
    public int writeWaitingBriefs(Consumer<Problem> problems) {
        if (lock == null || backlog.isEmpty()) {
            return 0;
        }
        StoryPages pages = new StoryPages(storyfold, storeConfig.briefArticles());
        Ingestion.Placing placing = placing(pages, Progress.NONE);
        try {
            int n = new BriefWriter(pages, briefing, placing).write(backlog.takeAll(), problems);
            placing.locked(BatchPlacer::commitIndex);
            return n;
        } catch (IOException e) {
            throw new StoreException("cannot update the search index in " + folder + ": " + describe(e), e);
        }
    }

    /** What the watch keeps in this folder: followed sources and fetched addresses. */
    public WatchLedger watchLedger() {
        return new WatchLedger(db, ingesting);
    }

    /** The saved searches of this folder, written under the store's lock. */
    public SavedSearches savedSearches() {
        return new SavedSearches(db, ingesting, false);
    }

    /** Stories newest change first, at most {@code limit}: what a feed of new and updated stories lists. */
    public List<StoryChange> recentStories(int limit) {
        return db.read(c -> StoryRows.recent(c, limit));
    }

    /** The last change of each of these stories (those that exist), newest first. */
    public List<StoryChange> storyChanges(java.util.Collection<String> ids) {
        return db.read(c -> StoryRows.changes(c, ids));
    }

    /** One ingest: each batch placed under the writing lock (the placing state restored first if a failed batch left it stale). */
    private <T> T ingesting(Consumer<Problem> problems, Progress progress, Duration briefsMayWait, IngestRun<T> run) {
        if (lock == null) {
            throw new IllegalStateException("the store at " + folder + " was opened read-only");
        }
        StoryPages pages = new StoryPages(storyfold, storeConfig.briefArticles());
        Ingestion.Placing placing = placing(pages, progress);
        try {
            T report = run.run(new Ingestion(db, storyfold, new FileIngester(config.ingest()), placing, backlog,
                    new BriefWriter(pages, briefing, placing), briefsMayWait, languages, storeConfig, problems,
                    progress));
            ingesting.lock();
            try {
                if (System.nanoTime() - storylinesLinkedAt >= STORYLINE_NANOS || storylinesBatch < 0) {
                    linkStorylines();
                }
            } finally {
                ingesting.unlock();
            }
            return report;
        } catch (IOException e) {
            throw new StoreException("cannot update the search index in " + folder + ": " + describe(e), e);
        } catch (UncheckedIOException e) {
            throw new StoreException("cannot update the search index in " + folder + ": " + describe(e.getCause()), e);
        }
    }

    /** Work under the ingest lock, with the placer of the next batch. */
    private Ingestion.Placing placing(StoryPages pages, Progress progress) {
        return new Ingestion.Placing() {
            @Override
            public <T> T locked(Ingestion.Work<T> work) throws IOException {
                ingesting.lock();
                try {
                    return work.run(placer(pages, progress));
                } finally {
                    ingesting.unlock();
                }
            }
        };
    }

    /** The placer of the next batch, the placing state restored first if a batch failed before its commit. */
    private BatchPlacer placer(StoryPages pages, Progress progress) throws IOException {
        if (state == null || state.stale()) {
            // A batch failed before its commit: the stages saw articles the database does not hold.
            closeQuietly(state);
            state = null;
            state = PlacementMemory.restore(folder, db, config, storeConfig, progress);
        }
        IncrementalStages stages = wrapStages.apply(
                IncrementalStages.online(state.index(), state.stream(), config.dedup()));
        return new BatchPlacer(db, index, pages, stages, state, health);
    }

    /**
     * Writes the briefs that a crash, or a brief that failed, left due: the stories keep their
     * members and a provisional page until then. Run at open, before any ingest.
     */
    private void writeDueBriefs() throws IOException {
        Map<String, Long> due = db.readForWrite(StoryRows::briefsDue);
        if (due.isEmpty()) {
            return;
        }
        StoryPages pages = new StoryPages(storyfold, storeConfig.briefArticles());
        ingesting.lock();
        try {
            BatchPlacer placer = placer(pages, Progress.NONE);
            for (Map.Entry<String, Long> e : due.entrySet()) {
                StoryPages.Job job = placer.storedJob(e.getKey());
                placer.finish(List.of(new BriefBacklog.Due(e.getValue(), job)), List.of(pages.page(job)));
            }
            placer.commitIndex();
        } finally {
            ingesting.unlock();
        }
    }

    @FunctionalInterface
    private interface IngestRun<T> {
        T run(Ingestion ingestion) throws IOException;
    }

    /** The id a story answers at: its own, or the story it was merged into; empty if unknown. */
    public Optional<String> resolveStory(String id) {
        return db.read(c -> StoryRows.resolve(c, id));
    }

    /**
     * A story's page, the JSON the server sends ({@code JsonFormat.writeStoryPage}); empty if
     * unknown. A brief left waiting by this process is written first.
     */
    public Optional<String> storyPage(String id) {
        if (lock != null) {
            Optional<BriefBacklog.Due> due = backlog.take(id);
            if (due.isPresent()) {
                try {
                    StoryPages pages = new StoryPages(storyfold, storeConfig.briefArticles());
                    new BriefWriter(pages, briefing, placing(pages, Progress.NONE)).write(List.of(due.get()), p -> { });
                } catch (IOException e) {
                    // The story keeps its provisional page; the index is repaired from the store.
                }
            }
        }
        return db.read(c -> StoryRows.page(c, id));
    }

    /** A stored article, with its story and language; empty if unknown. */
    public Optional<StoredArticle> article(String id) {
        Map<String, ArticleTable.Row> rows = db.read(c -> ArticleTable.byId(c, List.of(id)));
        ArticleTable.Row r = rows.get(id);
        return r == null ? Optional.empty() : Optional.of(new StoredArticle(r.article(), r.story(), r.language()));
    }

    /** The copy groups an article belongs to, as copy or original. */
    public List<DuplicateGroup> copyGroupsOf(String id) {
        return db.read(c -> GroupRows.groupsOf(c, List.of(id)));
    }

    /** The titles of stored articles, by id (an article without one is left out). */
    public Map<String, String> titlesOf(java.util.Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        db.read(c -> ArticleTable.byId(c, ids)).forEach((id, r) -> {
            if (r.article().title() != null) {
                out.put(id, r.article().title());
            }
        });
        return out;
    }

    /** What copy {@code b} changed in original {@code a}; empty if either is unknown. */
    public Optional<ArticleDiff> diff(String a, String b) {
        Map<String, ArticleTable.Row> rows = db.read(c -> ArticleTable.byId(c, List.of(a, b)));
        if (!rows.containsKey(a) || !rows.containsKey(b)) {
            return Optional.empty();
        }
        return Optional.of(new SentenceDiff(config.dedup()).compare(rows.get(a).article(), rows.get(b).article()));
    }

    /**
     * Stories that match the query, or all stories newest first when it has no text. The query's
     * names match every name the briefs found for them ("Raqa" finds "Raqqa").
     */
    public ResultPage<StoryHit> stories(SearchQuery query) {
        try {
            return index.stories(withNames(query));
        } catch (IOException e) {
            throw new StoreException("cannot search " + folder.resolve("index") + ": " + describe(e), e);
        }
    }

    /** Which of these stories match a query: the stories a saved search meets in a batch. */
    public java.util.Set<String> matchingStories(SearchQuery query, java.util.Collection<String> ids) {
        try {
            return index.matchingStories(withNames(query), ids);
        } catch (IOException e) {
            throw new StoreException("cannot search " + folder.resolve("index") + ": " + describe(e), e);
        }
    }

    /** Articles that match the query, its names widened as for {@link #stories}. */
    public ResultPage<ArticleHit> articles(SearchQuery query) {
        try {
            return index.articles(withNames(query));
        } catch (IOException e) {
            throw new StoreException("cannot search " + folder.resolve("index") + ": " + describe(e), e);
        }
    }

    private SearchQuery withNames(SearchQuery q) {
        if (q.text() == null) {
            return q;
        }
        String widened = db.read(c -> NameExpansion.expand(q.text(), name -> {
            try {
                return NameRows.namesLike(c, name);
            } catch (SQLException e) {
                throw new StoreException("cannot read the names of " + name + ": " + e.getMessage(), e);
            }
        }));
        return new SearchQuery(widened.length() <= SearchQuery.MAX_TEXT ? widened : q.text(), q.outlet(), q.from(),
                q.to(), q.language(), q.offset(), q.limit(), q.order(), q.after());
    }

    /**
     * The storyline of a story: its stories, earliest first, with their titles and dates, and the
     * counts of one state that two or more of them give, side by side. Empty when the story is in
     * no storyline. Storylines are linked after an ingest (at most once a minute while articles
     * keep coming) and when the store is closed.
     */
    public Optional<StoredStoryline> storyline(String story) {
        List<StorylineRows.Member> members = db.read(c -> StorylineRows.of(c, story));
        if (members.isEmpty()) {
            return Optional.empty();
        }
        StorylineFigures figures = new StorylineFigures(
                members.stream().map(StorylineRows.Member::story).collect(java.util.stream.Collectors.toSet()));
        for (StorylineRows.Member m : members) {
            storyPage(m.story()).ifPresent(page -> figures.add(m.story(), JsonFormat.readFigures(page)));
        }
        List<StoredStoryline.Member> out = members.stream().map(m -> new StoredStoryline.Member(m.story(), m.title(),
                m.first(), m.last(), m.reason(), m.ordered())).toList();
        return Optional.of(new StoredStoryline(out, figures.tracks(out.stream().map(StoredStoryline.Member::story)
                .toList())));
    }

    /** Links the stored stories into storylines as the story stream does, and stores them. Under {@link #ingesting}. */
    private void linkStorylines() {
        if (state == null || state.stale()) {
            return;
        }
        long last = db.read(c -> Database.queryLong(c, "SELECT coalesce(max(seq), 0) FROM batches"));
        if (last == storylinesBatch) {
            return;
        }
        StoryStream stream = state.stream();
        List<Storyline> lines = stream.storylines();
        List<String> firsts = new ArrayList<>();
        for (Storyline l : lines) {
            for (String s : l.stories()) {
                firsts.add(stream.story(s).articles().get(0));
            }
        }
        Map<String, String> storeStoryOf = firsts.isEmpty() ? Map.of() : db.read(c -> ArticleTable.stories(c, firsts));
        List<StorylineRows.Row> rows = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Storyline l : lines) {
            Map<String, StorylineLink> linkTo = new HashMap<>();
            l.links().forEach(k -> linkTo.put(k.later(), k));
            int position = 0;
            for (String s : l.stories()) {
                String storeStory = storeStoryOf.get(stream.story(s).articles().get(0));
                if (storeStory == null || !placed.add(storeStory)) {
                    continue;
                }
                StorylineLink k = linkTo.get(s);
                rows.add(new StorylineRows.Row(storeStory, l.id(), position++, k == null ? null : k.reason(),
                        k == null || k.days() != null));
            }
        }
        db.transaction(c -> {
            StorylineRows.replace(c, rows);
            return null;
        });
        storylinesBatch = last;
        storylinesLinkedAt = System.nanoTime();
    }

    /** How much is stored. */
    public StoreStats stats() {
        return db.read(c -> new StoreStats(
                Database.queryLong(c, "SELECT count(*) FROM articles"),
                Database.queryLong(c, "SELECT count(*) FROM stories"),
                Database.queryLong(c, "SELECT count(*) FROM batches"),
                Integer.parseInt(Database.queryString(c, "SELECT value FROM meta WHERE key = 'schema_version'"))));
    }

    /** The story id of each of these stored articles. */
    public Map<String, String> storiesOf(List<String> articleIds) {
        return db.read(c -> ArticleTable.stories(c, articleIds));
    }

    /**
     * Saves the copy index and the story stream as of the last committed batch, so that the next
     * open need not replay the batches stored since the last snapshot; {@link #close} does it too.
     *
     * @throws StoreException if the snapshot cannot be written (the store stays usable: the
     *                        batches are replayed at the next open instead)
     */
    public void snapshot() {
        if (lock == null) {
            return;
        }
        ingesting.lock();
        try {
            if (state != null) {
                state.snapshot();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot save a snapshot in " + folder.resolve("snapshots") + ": "
                    + describe(e instanceof UncheckedIOException u ? u.getCause() : e), e);
        } finally {
            ingesting.unlock();
        }
    }

    /** Saves a snapshot if the placing state has moved on since the last one, then closes the folder. */
    @Override
    public void close() {
        if (lock != null) {
            try {
                writeWaitingBriefs(p -> { });
            } catch (RuntimeException e) {
                // Closing: the briefs still due are written at the next open.
            }
            ingesting.lock();
            try {
                if (state != null && !state.stale()) {
                    try {
                        linkStorylines();
                    } catch (RuntimeException e) {
                        // Closing: the storylines are linked again at the next ingest.
                    }
                }
                if (state != null) {
                    try {
                        state.snapshot();
                    } catch (IOException | RuntimeException e) {
                        // Closing: the committed batches are safe and are replayed at the next open.
                    }
                    closeQuietly(state);
                    state = null;
                }
            } finally {
                ingesting.unlock();
            }
        }
        closeQuietly(index, db, lockFile);
    }

    private static void closeQuietly(PlacementMemory state) {
        if (state == null) {
            return;
        }
        try {
            state.close();
        } catch (IOException e) {
            // Closing the mapped profiles: nothing is written there that a snapshot or replay needs.
        }
    }

    private static void closeQuietly(SearchIndex index, Database db, FileChannel channel) {
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            // Closing: committed data is safe, and what the index lost is replayed at the next open.
        }
        if (db != null) {
            db.close();
        }
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // Closing the lock file releases the lock; nothing is written to it.
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A story's last change: its id, title, size, and the batch and time that last changed it.
     *
     * @param summary the first sentences of its brief's summary, or null
     */
    public record StoryChange(String id, String title, int articles, int independentSources, long batch,
                              String changed, String summary) {
    }

    /** A stored article with what the store knows beside it. */
    public record StoredArticle(Article article, String story, String language) {
    }

    /** How much a store holds. */
    public record StoreStats(long articles, long stories, long batches, int schemaVersion) {
    }
}
