package org.storyfold.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.extract.Article;
import org.storyfold.extract.RemovedLine;
import org.storyfold.text.Sentence;

/**
 * Articles in the database and back: every field of an {@link Article}, its sentences as offsets
 * (so that a stored article needs no second sentence split), its story, language and fingerprint.
 * Stateless; the caller supplies the connection.
 */
final class ArticleTable {

    /** An article with what the store keeps beside it. */
    record Row(Article article, String fingerprint, String story, String language) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<RemovedLine>> REMOVED = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    /** SQLite allows 32766 parameters; lists are queried in chunks well below. */
    private static final int CHUNK = 500;
    private static final String COLUMNS = "id, source, url, title, published, outlet, credit, dateline, text,"
            + " removed, repairs, sentences, story, language, modified, authors, stated_language, canonical,"
            + " published_time";

    private ArticleTable() {
    }

    static void insert(Connection c, List<Row> rows, long batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (id, fingerprint, batch, story, source,"
                + " url, title, published, outlet, credit, dateline, language, text, removed, repairs, sentences,"
                + " modified, authors, stated_language, canonical, published_time)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row r : rows) {
                Article a = r.article();
                ps.setString(1, a.id());
                ps.setString(2, r.fingerprint());
                ps.setLong(3, batch);
                ps.setString(4, r.story());
                ps.setString(5, a.source());
                ps.setString(6, a.url());
                ps.setString(7, a.title());
                ps.setString(8, a.published() == null ? null : a.published().toString());
                ps.setString(9, a.outlet());
                ps.setString(10, a.credit());
                ps.setString(11, a.dateline());
                ps.setString(12, r.language());
                ps.setString(13, a.text());
                ps.setString(14, json(a.removed()));
                ps.setString(15, json(a.repairs()));
                ps.setBytes(16, sentences(a.sentences()));
                ps.setString(17, a.modified() == null ? null : a.modified().toString());
                ps.setString(18, json(a.authors()));
                ps.setString(19, a.language());
                ps.setString(20, a.canonical());
                ps.setString(21, a.publishedTime() == null ? null : a.publishedTime().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Moves every article of the {@code from} stories into story {@code to}. */
    static void moveStory(Connection c, String from, String to) throws SQLException {
        Database.update(c, "UPDATE articles SET story = ? WHERE story = ?", to, from);
    }

    /** Moves one article to another story (a young stream folded anew moved it). */
    static void setStory(Connection c, String article, String story) throws SQLException {
        Database.update(c, "UPDATE articles SET story = ? WHERE id = ?", story, article);
    }

    /** The stored rows with these ids, by id; unknown ids are left out. */
    static Map<String, Row> byId(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Row> out = new LinkedHashMap<>();
        List<String> list = new ArrayList<>(new HashSet<>(ids));
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<String> chunk = list.subList(i, Math.min(list.size(), i + CHUNK));
            try (PreparedStatement ps = Database.prepare(c, "SELECT " + COLUMNS + ", fingerprint FROM articles"
                    + " WHERE id IN (" + Database.placeholders(chunk.size()) + ")", chunk.toArray())) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Row r = row(rs);
                        out.put(r.article().id(), r);
                    }
                }
            }
        }
        return out;
    }

    /** The rows of the articles stored by batches after {@code batch}, in storing order. */
    static List<Row> since(Connection c, long batch, long afterN, int limit) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = Database.prepare(c, "SELECT " + COLUMNS + ", fingerprint FROM articles"
                + " WHERE batch > ? AND n > ? ORDER BY n LIMIT ?", batch, afterN, limit)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /** The storing order number of an article, for paging through {@link #since}. */
    static long number(Connection c, String id) throws SQLException {
        return Database.queryLong(c, "SELECT n FROM articles WHERE id = ?", id);
    }

    /** The articles a batch stored, in the order it stored them. */
    static List<Article> ofBatch(Connection c, long batch) throws SQLException {
        List<Article> out = new ArrayList<>();
        try (PreparedStatement ps = Database.prepare(c, "SELECT " + COLUMNS + ", fingerprint FROM articles"
                + " WHERE batch = ? ORDER BY n", batch); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs).article());
            }
        }
        return out;
    }

    /** Which of these fingerprints are stored. */
    static Set<String> storedFingerprints(Connection c, Collection<String> fingerprints) throws SQLException {
        return existing(c, "fingerprint", fingerprints);
    }

    /** Which of these ids are taken. */
    static Set<String> takenIds(Connection c, Collection<String> ids) throws SQLException {
        return existing(c, "id", ids);
    }

    /** The story of each of these stored articles. */
    static Map<String, String> stories(Connection c, Collection<String> ids) throws SQLException {
        Map<String, String> out = new HashMap<>();
        List<String> list = new ArrayList<>(new HashSet<>(ids));
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<String> chunk = list.subList(i, Math.min(list.size(), i + CHUNK));
            try (PreparedStatement ps = Database.prepare(c, "SELECT id, story FROM articles WHERE id IN ("
                    + Database.placeholders(chunk.size()) + ")", chunk.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** The ids of these stories' articles, in the order they were stored. */
    static List<String> members(Connection c, Collection<String> stories) throws SQLException {
        List<String> list = new ArrayList<>(new java.util.LinkedHashSet<>(stories));
        java.util.TreeMap<Long, String> byNumber = new java.util.TreeMap<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<String> chunk = list.subList(i, Math.min(list.size(), i + CHUNK));
            try (PreparedStatement ps = Database.prepare(c, "SELECT n, id FROM articles WHERE story IN ("
                    + Database.placeholders(chunk.size()) + ")", chunk.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byNumber.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return new ArrayList<>(byNumber.values());
    }

    private static Set<String> existing(Connection c, String column, Collection<String> values) throws SQLException {
        Set<String> out = new HashSet<>();
        List<String> list = new ArrayList<>(new HashSet<>(values));
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<String> chunk = list.subList(i, Math.min(list.size(), i + CHUNK));
            try (PreparedStatement ps = Database.prepare(c, "SELECT " + column + " FROM articles WHERE " + column
                    + " IN (" + Database.placeholders(chunk.size()) + ")", chunk.toArray());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static Row row(ResultSet rs) throws SQLException {
        String text = rs.getString("text");
        String published = rs.getString("published");
        String modified = rs.getString("modified");
        String authors = rs.getString("authors");
        String publishedTime = rs.getString("published_time");
        Article a = new Article(rs.getString("id"), rs.getString("source"), rs.getString("url"),
                rs.getString("title"), published == null ? null : LocalDate.parse(published), rs.getString("outlet"),
                rs.getString("credit"), rs.getString("dateline"), text, parse(rs.getString("removed"), REMOVED),
                parse(rs.getString("repairs"), STRINGS), sentences(rs.getBytes("sentences"), text),
                modified == null ? null : LocalDate.parse(modified), authors == null ? List.of() : parse(authors, STRINGS),
                rs.getString("stated_language"), rs.getString("canonical"),
                publishedTime == null ? null : OffsetDateTime.parse(publishedTime));
        return new Row(a, rs.getString("fingerprint"), rs.getString("story"), rs.getString("language"));
    }

    private static byte[] sentences(List<Sentence> sentences) {
        ByteBuffer b = ByteBuffer.allocate(sentences.size() * 12);
        for (Sentence s : sentences) {
            b.putInt(s.start()).putInt(s.end()).putInt(s.paragraph());
        }
        return b.array();
    }

    private static List<Sentence> sentences(byte[] bytes, String text) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        List<Sentence> out = new ArrayList<>(bytes.length / 12);
        while (b.remaining() >= 12) {
            int start = b.getInt();
            int end = b.getInt();
            out.add(new Sentence(text.substring(start, end), start, end, b.getInt()));
        }
        return out;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    private static <T> T parse(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored article's JSON column is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
