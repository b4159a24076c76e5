package org.storyfold.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;

/**
 * The store as one batch sees it: the database through the ingest's connection. Remembers the
 * articles it read, since both placing stages and the briefs ask for them. Lives for one batch,
 * on the ingest thread.
 */
final class StoreView implements StoredCollection {

    private final Database db;
    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, String> languages = new HashMap<>();
    private final long size;

    StoreView(Database db) {
        this.db = db;
        this.size = db.readForWrite(c -> Database.queryLong(c, "SELECT count(*) FROM articles"));
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Map<String, Article> articles(Collection<String> ids) {
        Map<String, Article> out = new LinkedHashMap<>();
        List<String> missing = ids.stream().filter(id -> !articles.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            db.readForWrite(c -> ArticleTable.byId(c, missing)).forEach((id, row) -> {
                articles.put(id, row.article());
                if (row.language() != null) {
                    languages.put(id, row.language());
                }
            });
        }
        for (String id : ids) {
            Article a = articles.get(id);
            if (a != null) {
                out.put(id, a);
            }
        }
        return out;
    }

    /** The language of a stored article read through {@link #articles}, or null. */
    String language(String id) {
        return languages.get(id);
    }

    @Override
    public List<DuplicateGroup> groupsOf(Collection<String> ids) {
        return db.readForWrite(c -> GroupRows.groupsOf(c, ids));
    }

    @Override
    public Map<String, String> storiesOf(Collection<String> ids) {
        return db.readForWrite(c -> ArticleTable.stories(c, ids));
    }

    @Override
    public List<String> storyMembers(Collection<String> stories) {
        return db.readForWrite(c -> ArticleTable.members(c, stories));
    }
}
