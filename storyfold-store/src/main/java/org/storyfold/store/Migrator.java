package org.storyfold.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Brings a database to the current {@link Schema}, one migration per transaction. */
final class Migrator {

    private final Database db;

    Migrator(Database db) {
        this.db = db;
    }

    /** Applies the missing migrations; read-only, it only checks that none is missing. */
    void migrate(boolean writable) {
        int version = writable ? db.readForWrite(Migrator::version) : db.read(Migrator::version);
        if (version > Schema.CURRENT) {
            throw new StoreException(db.file() + " was written by a newer storyfold (schema version " + version
                    + "; this one reads up to " + Schema.CURRENT + ")");
        }
        if (version < Schema.CURRENT && !writable) {
            throw new StoreException(db.file() + " has schema version " + version + " and needs upgrading to "
                    + Schema.CURRENT + "; run storyfold ingest or serve on it once");
        }
        for (Schema.Migration m : Schema.MIGRATIONS) {
            if (m.version() > version) {
                db.transaction(c -> {
                    try (Statement s = c.createStatement()) {
                        for (String sql : m.statements()) {
                            s.execute(sql);
                        }
                    }
                    Database.update(c, "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                            Integer.toString(m.version()));
                    return null;
                });
            }
        }
    }

    private static int version(Connection c) throws SQLException {
        boolean hasMeta = Database.queryLong(c,
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") > 0;
        if (!hasMeta) {
            return 0;
        }
        String v = Database.queryString(c, "SELECT value FROM meta WHERE key = 'schema_version'");
        return v == null ? 0 : Integer.parseInt(v);
    }
}
