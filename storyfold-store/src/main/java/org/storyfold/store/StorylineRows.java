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
import java.util.List;

/**
 * The storylines of the stored stories, as the story stream last linked them: each story of a
 * storyline with its position, earliest first, and how it links to the story before it. Replaced
 * whole each time they are linked. Stateless; the caller supplies the connection.
 */
final class StorylineRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private StorylineRows() {
    }

    /** One story of a storyline: its position, and its link to the story before it (null for the first). */
    record Row(String story, String storyline, int position, String reason, boolean ordered) {
    }

    /** A story of a storyline as a page shows it: id, title, first and last dates, and its link's reason. */
    record Member(String story, String title, LocalDate first, LocalDate last, String reason, boolean ordered) {
    }

    static void replace(Connection c, List<Row> rows) throws SQLException {
        Database.update(c, "DELETE FROM storylines");
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO storylines (story, storyline, position,"
                + " reason, ordered) VALUES (?, ?, ?, ?, ?)")) {
            for (Row r : rows) {
                ps.setString(1, r.story());
                ps.setString(2, r.storyline());
                ps.setInt(3, r.position());
                ps.setString(4, r.reason());
                ps.setInt(5, r.ordered() ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The stories of the storyline that holds {@code story}, earliest first; empty when it is in none. */
    static List<Member> of(Connection c, String story) throws SQLException {
        List<Member> out = new ArrayList<>();
        try (PreparedStatement ps = Database.prepare(c, "SELECT l.story, s.title, s.dates, s.newest, l.reason, l.ordered"
                + " FROM storylines l JOIN stories s ON s.id = l.story WHERE l.storyline ="
                + " (SELECT storyline FROM storylines WHERE story = ?) ORDER BY l.position", story);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<String> dates = parse(rs.getString(3));
                LocalDate first = dates.stream().map(LocalDate::parse).min(LocalDate::compareTo).orElse(null);
                String newest = rs.getString(4);
                out.add(new Member(rs.getString(1), rs.getString(2), first, newest == null ? null : LocalDate.parse(newest),
                        rs.getString(5), rs.getInt(6) == 1));
            }
        }
        return out.size() < 2 ? List.of() : out;
    }

    private static List<String> parse(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored story's dates are damaged: " + e.getOriginalMessage(), e);
        }
    }
}
