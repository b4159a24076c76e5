package org.storyfold.store;

import java.io.IOException;
import java.util.List;
import org.storyfold.search.IndexedArticle;
import org.storyfold.search.SearchIndex;

/**
 * Brings the search index up to the store: replays the batches committed to the store after the
 * index's last commit (a crash between the two commits leaves the index behind), or rebuilds it
 * when it claims batches the store does not have.
 */
final class IndexSync {

    private static final int PAGE = 2_000;

    private IndexSync() {
    }

    /** Returns how many batches were replayed. */
    static long catchUp(Database db, SearchIndex index) throws IOException {
        long stored = db.readForWrite(c -> Database.queryLong(c, "SELECT coalesce(max(seq), 0) FROM batches"));
        long indexed = index.sequence();
        if (indexed == stored) {
            return 0;
        }
        if (indexed > stored) {
            index.clear();
            indexed = 0;
        }
        long from = indexed;
        long afterN = 0;
        while (true) {
            long after = afterN;
            List<ArticleRows.Row> rows = db.readForWrite(c -> ArticleRows.since(c, from, after, PAGE));
            if (rows.isEmpty()) {
                break;
            }
            index.update(rows.stream().map(r -> new IndexedArticle(r.article().id(), r.article().title(),
                    r.article().text(), r.article().outlet(), r.article().published(), r.language(),
                    r.article().credit())).toList(),
                    List.of(), List.of());
            String lastId = rows.get(rows.size() - 1).article().id();
            afterN = db.readForWrite(c -> ArticleRows.number(c, lastId));
        }
        index.update(List.of(), db.readForWrite(c -> StoryRows.changedSince(c, from)),
                db.readForWrite(c -> StoryRows.mergedSince(c, from)));
        index.commit(stored);
        return stored - from;
    }
}
