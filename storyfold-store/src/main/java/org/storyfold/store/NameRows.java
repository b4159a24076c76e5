package org.storyfold.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names the briefs found for one entity ("Islamic State", "IS", "ISIS", "Daesh"), for search
 * to widen a query's names: each row ties a name to its entity's first name. Rows are only added:
 * what one story's articles show of a name holds for the whole collection. Stateless; the caller
 * supplies the connection.
 */
final class NameRows {

    private NameRows() {
    }

    /** Records each group of names (an entity's name first, then its aliases). */
    static void add(Connection c, List<List<String>> groups) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO names (name, entity) VALUES (?, ?)")) {
            for (List<String> g : groups) {
                for (String name : g) {
                    ps.setString(1, name);
                    ps.setString(2, g.get(0));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Every name of the entities that {@code name} (in any case) belongs to, itself included; empty if unknown. */
    static Set<String> namesLike(Connection c, String name) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = Database.prepare(c, "SELECT DISTINCT n2.name FROM names n1 JOIN names n2"
                + " ON n2.entity = n1.entity WHERE n1.name = ? COLLATE NOCASE ORDER BY n2.name", name);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
