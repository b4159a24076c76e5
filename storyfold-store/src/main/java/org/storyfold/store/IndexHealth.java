package org.storyfold.store;

import java.io.IOException;
import org.storyfold.search.SearchIndex;

/**
 * Keeps the search index in step with the store when updating it fails. A batch is committed to
 * the database first and to the index after; if the index update fails (a full disk, the heap
 * running out, a writer Lucene closed after such a failure), the batch stays stored, the index is
 * marked damaged and no longer committed, and it is repaired from the store at once or, failing
 * that, before the next batch: its writer reopened if it was closed, and every batch from the one
 * that failed (or from its last commit, if earlier) replayed. Used under the store's ingest lock only.
 */
final class IndexHealth {

    /** An update of the index. */
    @FunctionalInterface
    interface Update {
        void run() throws IOException;
    }

    private final Database db;
    private final SearchIndex index;
    private boolean damaged;
    /** The index is known to hold every batch up to this one when it is damaged. */
    private long sound;
    private Throwable lastFailure;

    IndexHealth(Database db, SearchIndex index) {
        this.db = db;
        this.index = index;
    }

    /**
     * Runs an update of the index that carries the articles or stories of batch {@code batch}; if it
     * fails, marks the index damaged and tries to repair it at once.
     */
    void update(long batch, Update update) {
        if (damaged) {
            // Whatever is skipped is replayed from the store by the repair.
            repair();
            if (damaged) {
                return;
            }
        }
        try {
            update.run();
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            sound = damaged ? Math.min(sound, batch - 1) : batch - 1;
            damaged = true;
            lastFailure = e;
            repair();
        }
    }

    /** Whether an update failed and the index is not repaired yet. */
    boolean damaged() {
        return damaged;
    }

    /** The reason of the last failed update or repair, or null. */
    Throwable lastFailure() {
        return lastFailure;
    }

    /** Repairs a damaged index from the store; leaves it marked damaged if that fails too. */
    void repair() {
        if (!damaged) {
            return;
        }
        try {
            index.recover();
            // A writer Lucene closed lost what was not committed: replay from the last commit too.
            IndexSync.replay(db, index, Math.min(sound, index.sequence()));
            damaged = false;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            lastFailure = e;
        }
    }

    /** Makes the index durable as of every batch stored, unless it is damaged (then it is repaired first). */
    void commit() throws IOException {
        repair();
        if (!damaged) {
            index.commit(db.readForWrite(c -> Database.queryLong(c, "SELECT coalesce(max(seq), 0) FROM batches")));
        }
    }
}
