package org.storyfold.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.OnlineStoryClusterer;
import org.storyfold.cluster.StoryStream;
import org.storyfold.dedup.CopyIndex;
import org.storyfold.dedup.IndexChanges;
import org.storyfold.extract.Article;

/**
 * What the placing stages remember between batches, the copy index and the story stream, kept in
 * step with the database: they reflect exactly the committed batches. Restored at open from the
 * newest snapshot no newer than the database, then the batches committed after it replayed in
 * order with their own boundaries (the articles read back from the database); a batch that fails
 * before its commit leaves the state ahead of the database, so it is marked stale and restored
 * again before the next batch. Used by the ingest thread only.
 */
final class PlacementMemory implements AutoCloseable {

    private final Snapshots snapshots;
    private final long snapshotNanos;
    private final CopyIndex index;
    private final StoryStream stream;
    /** The last batch the state reflects. */
    private long batch;
    private long savedBatch;
    private long savedAt = System.nanoTime();
    private boolean pending;
    private boolean stale;

    private PlacementMemory(Path dataFolder, StoreConfig config, CopyIndex index, StoryStream stream, long batch) {
        this.snapshots = new Snapshots(dataFolder);
        this.snapshotNanos = config.snapshotSeconds() * 1_000_000_000L;
        this.index = index;
        this.stream = stream;
        this.batch = batch;
        this.savedBatch = batch;
    }

    /**
     * Loads the newest usable snapshot whose batch the database has, else starts empty, then
     * replays the batches committed after it; {@code progress} counts the replayed articles.
     */
    static PlacementMemory restore(Path dataFolder, Database db, StoryfoldConfig config, StoreConfig storeConfig,
                                Progress progress) throws IOException {
        long last = db.readForWrite(c -> Database.queryLong(c, "SELECT coalesce(max(seq), 0) FROM batches"));
        Snapshots snapshots = new Snapshots(dataFolder);
        Path live = dataFolder.resolve("copy-index");
        PlacementMemory state = null;
        for (long b : snapshots.newestFirst()) {
            if (b <= last) {
                state = load(dataFolder, storeConfig, snapshots.of(b), live, b);
                if (state != null) {
                    break;
                }
            }
        }
        if (state == null) {
            Snapshots.deleteRecursively(live);
            state = new PlacementMemory(dataFolder, storeConfig, CopyIndex.create(config.dedup(), live),
                    new OnlineStoryClusterer(config.cluster()).open(), 0);
        }
        try {
            state.replay(db, last, progress);
        } catch (IOException | RuntimeException e) {
            state.close();
            throw e;
        }
        return state;
    }

    /** The state saved in a snapshot folder, or null if it cannot be read (a damaged snapshot is passed over). */
    private static PlacementMemory load(Path dataFolder, StoreConfig config, Path snapshot, Path live, long batch)
            throws IOException {
        Snapshots.deleteRecursively(live);
        Files.createDirectories(live);
        CopyIndex index = null;
        try {
            // The live index appends to its profile file: it works on a copy, and the snapshot stays as it was.
            try (Stream<Path> files = Files.list(snapshot.resolve(Snapshots.COPIES))) {
                for (Path f : files.toList()) {
                    Files.copy(f, live.resolve(f.getFileName()));
                }
            }
            index = CopyIndex.open(live);
            StoryStream stream;
            try (InputStream in = Files.newInputStream(snapshot.resolve(Snapshots.STORIES))) {
                stream = OnlineStoryClusterer.load(in);
            }
            return new PlacementMemory(dataFolder, config, index, stream, batch);
        } catch (IOException | RuntimeException e) {
            if (index != null) {
                index.close();
            }
            return null;
        }
    }

    /** Adds the batches committed after the state's to it, in order, each with its own articles. */
    private void replay(Database db, long last, Progress progress) throws IOException {
        if (batch >= last) {
            return;
        }
        long from = batch;
        List<Long> batches = db.readForWrite(c -> {
            List<Long> seqs = new java.util.ArrayList<>();
            try (var ps = Database.prepare(c, "SELECT seq FROM batches WHERE seq > ? ORDER BY seq", from);
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
            return seqs;
        });
        long articles = db.readForWrite(c -> Database.queryLong(c, "SELECT count(*) FROM articles WHERE batch > ?", from));
        progress.start("replay", articles);
        for (long seq : batches) {
            List<Article> fresh = db.readForWrite(c -> ArticleTable.ofBatch(c, seq));
            add(fresh);
            batch = seq;
            progress.advance(fresh.size());
        }
        progress.finish();
    }

    /** Adds one committed batch to both, as the placing stages did when it was placed. */
    private void add(List<Article> fresh) {
        IndexChanges changes = index.add(fresh);
        stream.add(fresh, changes.groups());
    }

    CopyIndex index() {
        return index;
    }

    StoryStream stream() {
        return stream;
    }

    /** Whether a batch failed before its commit, so the state holds what the database does not. */
    boolean stale() {
        return stale;
    }

    /** A batch is being placed. */
    void begin() {
        pending = true;
    }

    /** The batch being placed was committed as {@code seq}. */
    void committed(long seq) {
        pending = false;
        batch = seq;
    }

    /** The batch being placed failed; if it had not been committed, the state is stale. */
    void abandoned() {
        if (pending) {
            stale = true;
            pending = false;
        }
    }

    /** Saves a snapshot if the last is older than the configured interval and the state has moved on. */
    void snapshotIfDue() throws IOException {
        if (System.nanoTime() - savedAt >= snapshotNanos) {
            snapshot();
        }
    }

    /** Saves a snapshot of the state as of its last committed batch, unless it is stale or already saved. */
    void snapshot() throws IOException {
        if (stale || batch == savedBatch || batch == 0) {
            return;
        }
        snapshots.write(batch, folder -> {
            index.save(folder.resolve(Snapshots.COPIES));
            try (OutputStream out = Files.newOutputStream(folder.resolve(Snapshots.STORIES))) {
                stream.save(out);
            }
        });
        savedBatch = batch;
        savedAt = System.nanoTime();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
