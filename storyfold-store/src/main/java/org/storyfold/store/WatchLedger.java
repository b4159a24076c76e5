package org.storyfold.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * What {@code storyfold watch} keeps in the data folder beside the articles: the sources it
 * follows with their validators, due times and last errors, and each fetched address with the
 * feed entry last seen for it. The rows of stored articles are written with their batch (see
 * {@link Arrival}); the rest is written here. Thread-safe: writes take the store's writing lock.
 */
public final class WatchLedger {

    private static final int CHUNK = 500;

    private final Database db;
    private final Lock writing;

    WatchLedger(Database db, Lock writing) {
        this.db = db;
        this.writing = writing;
    }

    /** Adds a source to follow, due now; a source already followed is left as it is. */
    public void follow(String url, String kind, String namedAs) {
        write(() -> db.transaction(c -> Database.update(c, "INSERT OR IGNORE INTO watch_sources (url, kind, named_as,"
                + " created) VALUES (?, ?, ?, ?)", url, kind, namedAs, Instant.now().toString())));
    }

    /** Every followed source, by address. */
    public List<WatchedSource> sources() {
        return db.read(c -> {
            List<WatchedSource> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT url, kind, named_as, title, etag, last_modified,"
                    + " next_due, last_polled, last_outcome, last_error, failures, entries, added FROM watch_sources"
                    + " ORDER BY url"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WatchedSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getInt(11), rs.getInt(12), rs.getLong(13)));
                }
            }
            return out;
        });
    }

    /** Records a poll: the source row as it now stands (validators, due time, outcome, error, counts). */
    public void polled(WatchedSource s) {
        write(() -> db.transaction(c -> Database.update(c, "UPDATE watch_sources SET title = ?, etag = ?,"
                        + " last_modified = ?, next_due = ?, last_polled = ?, last_outcome = ?, last_error = ?,"
                        + " failures = ?, entries = ?, added = ? WHERE url = ?",
                s.title(), s.etag(), s.lastModified(), s.nextDue(), s.lastPolled(), s.lastOutcome(), s.lastError(),
                s.failures(), s.entries(), s.added(), s.url())));
    }

    /** What is known of these canonical addresses, by address; unknown ones are left out. */
    public Map<String, WatchedItem> items(Collection<String> urls) {
        Map<String, WatchedItem> out = new HashMap<>();
        List<String> list = new ArrayList<>(urls);
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<String> chunk = list.subList(i, Math.min(list.size(), i + CHUNK));
            db.read(c -> {
                try (PreparedStatement ps = Database.prepare(c, "SELECT url, article, entry, revisions, skipped"
                        + " FROM watch_items WHERE url IN (" + Database.placeholders(chunk.size()) + ")", chunk.toArray());
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new WatchedItem(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getInt(4), rs.getString(5)));
                    }
                }
                return null;
            });
        }
        return out;
    }

    /**
     * Records that an address was seen with this entry and needs nothing stored: skipped with
     * {@code reason}, or (reason null) unchanged since its stored revision.
     */
    public void seen(String url, String entryTag, String feed, String reason) {
        write(() -> db.transaction(c -> {
            String now = Instant.now().toString();
            Database.update(c, "INSERT INTO watch_items (url, article, entry, skipped, feed, first_seen, last_changed)"
                    + " VALUES (?, NULL, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET entry = excluded.entry,"
                    + " skipped = CASE WHEN watch_items.article IS NULL THEN excluded.skipped ELSE watch_items.skipped END",
                    url, entryTag, reason, feed, now, now);
            return null;
        }));
    }

    /** The revisions stored of the page an article was fetched from, oldest first: article ids and fetch times. */
    public List<Revision> revisions(String articleId) {
        return db.read(c -> {
            List<Revision> out = new ArrayList<>();
            try (PreparedStatement ps = Database.prepare(c, "SELECT r.article, r.revision, r.fetched, r.url"
                    + " FROM article_revisions r JOIN article_revisions me ON me.url = r.url WHERE me.article = ?"
                    + " ORDER BY r.revision", articleId); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Revision(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    /** One stored revision of a watched page. */
    public record Revision(String article, int revision, String fetched, String url) {
    }

    /**
     * Records that a fetched document needs nothing stored (its text is the stored one's): its
     * address and alias keep their article and take the new entry, so they are not fetched again.
     */
    static void unchanged(java.sql.Connection c, Arrival a) throws SQLException {
        String now = Instant.now().toString();
        for (String url : a.alias() == null ? List.of(a.url()) : List.of(a.url(), a.alias())) {
            Database.update(c, "INSERT INTO watch_items (url, article, entry, feed, first_seen, last_changed)"
                    + " VALUES (?, NULL, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET entry = excluded.entry",
                    url, a.entryTag(), a.feed(), now, now);
        }
    }

    /** Writes the rows of the watched articles a batch stores, in the batch's transaction. */
    static void stored(java.sql.Connection c, List<Arrival> arrivals, Map<String, String> articleOf,
                       Map<String, Integer> revisionOf) throws SQLException {
        String now = Instant.now().toString();
        for (Arrival a : arrivals) {
            String id = articleOf.get(a.url());
            int revision = revisionOf.getOrDefault(a.url(), 1);
            String previous = Database.queryString(c, "SELECT article FROM watch_items WHERE url = ?", a.url());
            if (previous != null) {
                Database.update(c, "UPDATE articles SET superseded_by = ? WHERE id = ?", id, previous);
            }
            Database.update(c, "INSERT INTO watch_items (url, article, entry, revisions, skipped, feed, first_seen,"
                    + " last_changed) VALUES (?, ?, ?, ?, NULL, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
                    + " article = excluded.article, entry = excluded.entry, revisions = excluded.revisions,"
                    + " skipped = NULL, last_changed = excluded.last_changed",
                    a.url(), id, a.entryTag(), revision, a.feed(), now, now);
            Database.update(c, "INSERT OR REPLACE INTO article_revisions (article, url, revision, fetched)"
                    + " VALUES (?, ?, ?, ?)", id, a.url(), revision, now);
            if (a.alias() != null) {
                Database.update(c, "INSERT INTO watch_items (url, article, entry, feed, first_seen, last_changed)"
                        + " VALUES (?, NULL, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET entry = excluded.entry",
                        a.alias(), a.entryTag(), a.feed(), now, now);
            }
        }
    }

    private void write(Supplier<?> work) {
        writing.lock();
        try {
            work.get();
        } finally {
            writing.unlock();
        }
    }
}
