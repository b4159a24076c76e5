package org.storyfold.store;

import java.io.IOException;
import java.util.List;
import org.storyfold.search.IndexedArticle;
import org.storyfold.search.SearchIndex;

/**
 * Brings the search index up to the store: replays the batches committed to the store after the
 * index's last commit (a crash between the two commits leaves the index behind), or rebuilds it
 * when it claims batches the store does not have, or when it does not hold as many articles and
 * stories as the store (an update that failed after its batch was stored, in an earlier version).
 */
final class IndexSync {

    private static final int PAGE = 2_000;

    private IndexSync() {
    }

    /**
     * Replays what the index missed, then checks that it holds every stored article and story
     * once; if not, rebuilds it from the store. Returns whether it had to be rebuilt.
     */
    static boolean catchUpAndCheck(Database db, SearchIndex index) throws IOException {
        catchUp(db, index);
        if (agrees(db, index)) {
            return false;
        }
        index.clear();
        index.commit(0);
        catchUp(db, index);
        return true;
    }

    /** Whether the index holds as many articles and stories as the store. */
    static boolean agrees(Database db, SearchIndex index) throws IOException {
        long[] indexed = index.counts();
        long articles = db.readForWrite(c -> Database.queryLong(c, "SELECT count(*) FROM articles"));
        long stories = db.readForWrite(c -> Database.queryLong(c, "SELECT count(*) FROM stories"));
        return indexed[0] == articles && indexed[1] == stories;
    }

    /** Returns how many batches were replayed. */
    static long catchUp(Database db, SearchIndex index) throws IOException {
        long stored = storedBatches(db);
        long indexed = index.sequence();
        if (indexed == stored) {
            return 0;
        }
        if (indexed > stored) {
            index.clear();
            indexed = 0;
        }
        return replay(db, index, indexed);
    }

    /**
     * Puts into the index again every article and story of the batches after {@code from}, and the
     * stories those batches merged away out of it, then commits it as of the last stored batch;
     * returns how many batches that was.
     */
    static long replay(Database db, SearchIndex index, long from) throws IOException {
        long stored = storedBatches(db);
        long afterN = 0;
        while (true) {
            long after = afterN;
            List<ArticleTable.Row> rows = db.readForWrite(c -> ArticleTable.since(c, from, after, PAGE));
            if (rows.isEmpty()) {
                break;
            }
            index.update(rows.stream().map(r -> new IndexedArticle(r.article().id(), r.article().title(),
                    r.article().text(), r.article().outlet(), r.article().published(), r.language(),
                    r.article().credit())).toList(),
                    List.of(), List.of());
            String lastId = rows.get(rows.size() - 1).article().id();
            afterN = db.readForWrite(c -> ArticleTable.number(c, lastId));
        }
        index.update(List.of(), db.readForWrite(c -> StoryRows.changedSince(c, from)),
                db.readForWrite(c -> StoryRows.mergedSince(c, from)));
        index.commit(stored);
        return stored - from;
    }

    private static long storedBatches(Database db) {
        return db.readForWrite(c -> Database.queryLong(c, "SELECT coalesce(max(seq), 0) FROM batches"));
    }
}
