package org.storyfold.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyfold.dedup.CopyEdits;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DuplicateGroup;

/**
 * Duplicate groups in the database and back: a group row with its links (each with its edits, as
 * JSON), and one member row per article (an original may head several groups). Stateless; the caller supplies the connection.
 */
final class GroupRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNK = 500;

    private GroupRows() {
    }

    /** The stored groups that any of these articles belongs to, each once. */
    static List<DuplicateGroup> groupsOf(Connection c, Collection<String> articles) throws SQLException {
        Set<Long> ids = groupIds(c, articles);
        List<DuplicateGroup> out = new ArrayList<>();
        List<Long> list = new ArrayList<>(ids);
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<Long> chunk = list.subList(i, Math.min(list.size(), i + CHUNK));
            Map<Long, List<String>> members = new LinkedHashMap<>();
            try (PreparedStatement ps = Database.prepare(c, "SELECT grp, article FROM copy_members WHERE grp IN ("
                    + Database.placeholders(chunk.size()) + ") ORDER BY grp, position", chunk.toArray());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            try (PreparedStatement ps = Database.prepare(c, "SELECT id, original, kind, similarity, links"
                    + " FROM copy_groups WHERE id IN (" + Database.placeholders(chunk.size()) + ") ORDER BY id",
                    chunk.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DuplicateGroup(members.get(rs.getLong(1)), rs.getString(2), kind(rs.getString(3)),
                            rs.getDouble(4), links(rs.getString(5))));
                }
            }
        }
        return out;
    }

    /**
     * Replaces the stored groups whose members were all examined by the update's groups. The
     * examined articles include whole stored families, so no stored group is left half-examined.
     */
    static void replace(Connection c, CopyUpdate update) throws SQLException {
        for (long id : groupIds(c, update.examined())) {
            List<String> members = new ArrayList<>();
            try (PreparedStatement ps = Database.prepare(c, "SELECT article FROM copy_members WHERE grp = ?", id);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(rs.getString(1));
                }
            }
            if (update.examined().containsAll(members)) {
                Database.update(c, "DELETE FROM copy_members WHERE grp = ?", id);
                Database.update(c, "DELETE FROM copy_groups WHERE id = ?", id);
            }
        }
        List<DuplicateGroup> groups = update.groups();
        try (PreparedStatement group = c.prepareStatement("INSERT INTO copy_groups (original, kind, similarity, links)"
                + " VALUES (?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
             PreparedStatement member = c.prepareStatement(
                     "INSERT INTO copy_members (article, grp, position) VALUES (?, ?, ?)")) {
            for (DuplicateGroup g : groups) {
                group.setString(1, g.original());
                group.setString(2, g.kind().label());
                group.setDouble(3, g.similarity());
                group.setString(4, links(g.links()));
                group.executeUpdate();
                long id;
                try (ResultSet keys = group.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (int i = 0; i < g.members().size(); i++) {
                    member.setString(1, g.members().get(i));
                    member.setLong(2, id);
                    member.setInt(3, i);
                    member.addBatch();
                }
            }
            member.executeBatch();
        }
    }

    private static Set<Long> groupIds(Connection c, Collection<String> articles) throws SQLException {
        Set<Long> ids = new HashSet<>();
        List<String> list = new ArrayList<>(new HashSet<>(articles));
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<String> chunk = list.subList(i, Math.min(list.size(), i + CHUNK));
            try (PreparedStatement ps = Database.prepare(c, "SELECT DISTINCT grp FROM copy_members WHERE article IN ("
                    + Database.placeholders(chunk.size()) + ")", chunk.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static CopyKind kind(String label) {
        return CopyKind.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static String links(List<CopyLink> links) {
        ArrayNode array = JSON.createArrayNode();
        for (CopyLink l : links) {
            ObjectNode o = array.addObject().put("copy", l.copy()).put("original", l.original())
                    .put("kind", l.kind().label()).put("similarity", l.similarity())
                    .put("copiedSentences", l.copiedSentences());
            if (l.edits() == null) {
                o.putNull("edits");
            } else {
                o.set("edits", JSON.valueToTree(l.edits()));
            }
        }
        return array.toString();
    }

    /** The links of a group row; a link written before edits were kept reads with null edits. */
    private static List<CopyLink> links(String json) {
        try {
            List<CopyLink> out = new ArrayList<>();
            for (JsonNode l : JSON.readTree(json)) {
                JsonNode edits = l.get("edits");
                out.add(new CopyLink(l.get("copy").asText(), l.get("original").asText(), kind(l.get("kind").asText()),
                        l.get("similarity").asDouble(), l.get("copiedSentences").asInt(),
                        edits == null || edits.isNull() ? null : JSON.treeToValue(edits, CopyEdits.class)));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored copy group's links are damaged: " + e.getOriginalMessage(), e);
        }
    }
}
