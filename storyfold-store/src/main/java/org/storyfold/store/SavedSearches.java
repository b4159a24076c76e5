package org.storyfold.store;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * The saved searches of a data folder and the webhook posts they still owe. Open it on its own
 * ({@link #open}, beside a running watch or server: SQLite lets both write) or through the store
 * that holds the folder ({@link StoryStore#savedSearches()}). Thread-safe.
 */
public final class SavedSearches implements Closeable {

    /** Names are what a feed's address ends in: {@code /feeds/NAME.atom}. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    /** A webhook post tried this many times is given up. */
    public static final int MAX_ATTEMPTS = 8;

    private final Database db;
    private final Lock writing;
    private final boolean own;

    SavedSearches(Database db, Lock writing, boolean own) {
        this.db = db;
        this.writing = writing;
        this.own = own;
    }

    /** Opens the saved searches of a data folder, creating the folder's database if it has none. */
    public static SavedSearches open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create " + folder + ": " + e.getMessage(), e);
        }
        return new SavedSearches(Database.open(folder.resolve("storyfold.db"), true), new ReentrantLock(), true);
    }

    /**
     * Saves a search, replacing one of the same name.
     *
     * @throws IllegalArgumentException if the name is not 1 to 64 letters, digits, '-' or '_', the
     *                                  query is blank, or the webhook is not an http(s) URL
     */
    public SavedSearch save(String name, String query, String webhook) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a saved search's name is 1 to 64 letters, digits, '-' or '_',"
                    + " starting with a letter or digit; got \"" + name + "\"");
        }
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the query of saved search \"" + name + "\" is empty");
        }
        if (webhook != null && !webhook.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("a webhook is an http:// or https:// URL; got \"" + webhook + "\"");
        }
        SavedSearch s = new SavedSearch(name, query.strip(), webhook, Instant.now().toString());
        write(() -> db.transaction(c -> Database.update(c, "INSERT OR REPLACE INTO alerts (name, query, webhook, created)"
                + " VALUES (?, ?, ?, ?)", s.name(), s.query(), s.webhook(), s.created())));
        return s;
    }

    /** Removes a saved search and the posts it still owed; false if there was none of that name. */
    public boolean remove(String name) {
        return write(() -> db.transaction(c -> {
            Database.update(c, "DELETE FROM alert_deliveries WHERE alert = ?", name);
            return Database.update(c, "DELETE FROM alerts WHERE name = ?", name) > 0;
        }));
    }

    public List<SavedSearch> list() {
        return db.read(c -> {
            List<SavedSearch> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, query, webhook, created FROM alerts ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SavedSearch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    public Optional<SavedSearch> get(String name) {
        return list().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Owes a post of {@code story} to the search's webhook (once per story until delivered). */
    public void owe(String alert, String story, long batch) {
        write(() -> db.transaction(c -> Database.update(c, "INSERT INTO alert_deliveries (alert, story, batch)"
                + " VALUES (?, ?, ?) ON CONFLICT(alert, story) DO UPDATE SET batch = excluded.batch", alert, story, batch)));
    }

    /** Posts owed and due at {@code nowMillis}. */
    public List<Delivery> due(long nowMillis) {
        return db.read(c -> {
            List<Delivery> out = new ArrayList<>();
            try (PreparedStatement ps = Database.prepare(c, "SELECT d.alert, d.story, d.attempts, a.webhook"
                    + " FROM alert_deliveries d JOIN alerts a ON a.name = d.alert WHERE d.next_try <= ?"
                    + " AND d.attempts < ? AND a.webhook IS NOT NULL ORDER BY d.next_try", nowMillis, MAX_ATTEMPTS);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Delivery(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    /** A post delivered: forgotten. */
    public void delivered(Delivery d) {
        write(() -> db.transaction(c -> Database.update(c, "DELETE FROM alert_deliveries WHERE alert = ? AND story = ?",
                d.alert(), d.story())));
    }

    /** A post failed: tried again at {@code nextTryMillis}, unless it has run out of attempts. */
    public void failed(Delivery d, String error, long nextTryMillis) {
        write(() -> db.transaction(c -> Database.update(c, "UPDATE alert_deliveries SET attempts = attempts + 1,"
                + " next_try = ?, last_error = ? WHERE alert = ? AND story = ?", nextTryMillis, error, d.alert(), d.story())));
    }

    /** The posts owed, given up or not: how alerts stand, for the API. */
    public List<String> pendingErrors(String alert) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = Database.prepare(c, "SELECT story, attempts, last_error FROM alert_deliveries"
                    + " WHERE alert = ? ORDER BY story", alert); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + ": " + rs.getInt(2) + " attempts"
                            + (rs.getString(3) == null ? "" : ", last: " + rs.getString(3)));
                }
            }
            return out;
        });
    }

    /** A webhook post owed: the saved search, the story, the attempts made, where to post. */
    public record Delivery(String alert, String story, int attempts, String webhook) {
    }

    @Override
    public void close() {
        if (own) {
            db.close();
        }
    }

    private <T> T write(java.util.function.Supplier<T> work) {
        writing.lock();
        try {
            return work.get();
        } finally {
            writing.unlock();
        }
    }
}
