package org.storyfold.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyfold.search.IndexedStory;

/**
 * Stories in the database: each with its page (the JSON the server sends, written once per
 * change) and the facets the search index needs, plus the ids of stories merged into others.
 * Stateless; the caller supplies the connection.
 */
final class StoryRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private StoryRows() {
    }

    /**
     * A story's row: its index entry, its number (the digits of {@code s<n>}), its page, and the
     * names its brief found for each entity that has several (the entity's name first).
     */
    record Row(IndexedStory indexed, long number, String page, List<List<String>> names) {
    }

    static void upsert(Connection c, Row row, long batch) throws SQLException {
        IndexedStory s = row.indexed();
        Database.update(c, "INSERT OR REPLACE INTO stories (id, number, batch, title, articles, independent, newest,"
                        + " outlets, languages, dates, search_text, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), row.number(), batch, s.title(), s.articles(), s.independentSources(),
                s.newest() == null ? null : s.newest().toString(),
                json(s.outlets()), json(s.languages()), json(s.dates().stream().map(LocalDate::toString).toList()),
                s.text(), row.page());
    }

    /** Notes that story {@code id}, as batch {@code batch} left it, still waits for its brief. */
    static void briefDue(Connection c, String id, long batch) throws SQLException {
        Database.update(c, "INSERT OR REPLACE INTO briefs_due (story, batch) VALUES (?, ?)", id, batch);
    }

    /** Whether story {@code id} still waits for the brief of batch {@code batch} (no later batch changed it). */
    static boolean isBriefDue(Connection c, String id, long batch) throws SQLException {
        return Database.queryLong(c, "SELECT count(*) FROM briefs_due WHERE story = ? AND batch = ?", id, batch) > 0;
    }

    static void briefDone(Connection c, String id) throws SQLException {
        Database.update(c, "DELETE FROM briefs_due WHERE story = ?", id);
    }

    /** The stories that wait for a brief, with the batch that last changed each, oldest first. */
    static Map<String, Long> briefsDue(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = Database.prepare(c, "SELECT story, batch FROM briefs_due ORDER BY batch, story");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** A stored story's title (null when none of its articles has one). */
    static String title(Connection c, String id) throws SQLException {
        return Database.queryString(c, "SELECT title FROM stories WHERE id = ?", id);
    }

    /** Deletes story {@code from}, which now answers as {@code into}, as do the stories merged into it. */
    static void merge(Connection c, String from, String into, long batch) throws SQLException {
        Database.update(c, "DELETE FROM stories WHERE id = ?", from);
        briefDone(c, from);
        Database.update(c, "UPDATE merged_stories SET into_story = ?, batch = ? WHERE into_story = ?", into, batch, from);
        Database.update(c, "INSERT OR REPLACE INTO merged_stories (id, into_story, batch) VALUES (?, ?, ?)",
                from, into, batch);
    }

    /** The id a story answers at now: its own, or the story it was merged into. */
    static Optional<String> resolve(Connection c, String id) throws SQLException {
        if (Database.queryLong(c, "SELECT count(*) FROM stories WHERE id = ?", id) > 0) {
            return Optional.of(id);
        }
        return Optional.ofNullable(Database.queryString(c, "SELECT into_story FROM merged_stories WHERE id = ?", id));
    }

    static Optional<String> page(Connection c, String id) throws SQLException {
        return Optional.ofNullable(Database.queryString(c, "SELECT page FROM stories WHERE id = ?", id));
    }

    /** The number the next new story gets: one past every number given so far. */
    static long nextNumber(Connection c) throws SQLException {
        String v = Database.queryString(c, "SELECT value FROM meta WHERE key = 'next_story'");
        return v == null ? 1 : Long.parseLong(v);
    }

    static void setNextNumber(Connection c, long next) throws SQLException {
        Database.update(c, "INSERT OR REPLACE INTO meta (key, value) VALUES ('next_story', ?)", Long.toString(next));
    }

    static long number(Connection c, String id) throws SQLException {
        return Database.queryLong(c, "SELECT number FROM stories WHERE id = ?", id);
    }

    /** The index entries of the stories changed by batches after {@code batch}. */
    static List<IndexedStory> changedSince(Connection c, long batch) throws SQLException {
        List<IndexedStory> out = new ArrayList<>();
        try (PreparedStatement ps = Database.prepare(c, "SELECT id, title, articles, independent, newest, outlets,"
                + " languages, dates, search_text FROM stories WHERE batch > ?", batch); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new IndexedStory(rs.getString(1), rs.getString(2), rs.getString(9),
                        parse(rs.getString(6)), parse(rs.getString(8)).stream().map(LocalDate::parse).toList(),
                        parse(rs.getString(7)), rs.getInt(3), rs.getInt(4),
                        rs.getString(5) == null ? null : LocalDate.parse(rs.getString(5))));
            }
        }
        return out;
    }

    /** The ids of the stories merged away by batches after {@code batch}. */
    static List<String> mergedSince(Connection c, long batch) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = Database.prepare(c, "SELECT id FROM merged_stories WHERE batch > ?", batch);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Stories newest change first. */
    static List<StoryStore.StoryChange> recent(Connection c, int limit) throws SQLException {
        return changeRows(c, "SELECT s.id, s.title, s.articles, s.independent, s.batch, b.finished, s.page FROM stories s"
                + " JOIN batches b ON b.seq = s.batch ORDER BY s.batch DESC, s.number DESC LIMIT ?", limit);
    }

    /** These stories' last changes, newest first. */
    static List<StoryStore.StoryChange> changes(Connection c, java.util.Collection<String> ids) throws SQLException {
        List<StoryStore.StoryChange> out = new ArrayList<>();
        List<String> list = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < list.size(); i += 500) {
            List<String> chunk = list.subList(i, Math.min(list.size(), i + 500));
            out.addAll(changeRows(c, "SELECT s.id, s.title, s.articles, s.independent, s.batch, b.finished, s.page"
                    + " FROM stories s JOIN batches b ON b.seq = s.batch WHERE s.id IN ("
                    + Database.placeholders(chunk.size()) + ")", chunk.toArray()));
        }
        out.sort(java.util.Comparator.comparingLong(StoryStore.StoryChange::batch).reversed());
        return out;
    }

    private static List<StoryStore.StoryChange> changeRows(Connection c, String sql, Object... args) throws SQLException {
        List<StoryStore.StoryChange> out = new ArrayList<>();
        try (PreparedStatement ps = Database.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoryStore.StoryChange(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getLong(5), rs.getString(6), summary(rs.getString(7))));
            }
        }
        return out;
    }

    /** The summary sentences of a story page's brief, joined, or null. */
    private static String summary(String page) {
        try {
            StringBuilder b = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonNode s : JSON.readTree(page).path("story").path("brief").path("summary")) {
                b.append(b.length() == 0 ? "" : " ").append(s.path("text").asText());
            }
            return b.length() == 0 ? null : b.toString();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + values + " as JSON", e);
        }
    }

    private static List<String> parse(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored story's facets are damaged: " + e.getOriginalMessage(), e);
        }
    }
}
