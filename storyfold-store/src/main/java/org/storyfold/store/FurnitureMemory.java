package org.storyfold.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storyfold.extract.Article;
import org.storyfold.extract.RecurringParagraphRemover;

/**
 * The store's bounded memory for the furniture rule across batches
 * ({@link RecurringParagraphRemover}): which stored articles print each paragraph (by the hash of
 * its key), and which paragraphs a batch found furniture. A batch is cleaned with the stored
 * printers of its paragraphs beside it and without the paragraphs found before, so a crawl notice's
 * third unrelated printer finds it furniture though the first two came in other batches. The rule
 * itself stays in {@link RecurringParagraphRemover}; this only chooses what it sees.
 */
final class FurnitureMemory {

    /** Printers remembered per paragraph: the rule needs three unrelated ones; copies count as one. */
    static final int PRINTERS_PER_PARAGRAPH = 8;
    /** Printer rows kept in all (some 20 paragraphs an article): the oldest go first. */
    static final long MAX_PRINTER_ROWS = 2_000_000;
    /** Furniture paragraphs kept in all: the oldest go first. */
    static final long MAX_FURNITURE = 200_000;
    private static final int CHUNK = 500;

    private FurnitureMemory() {
    }

    /** The hashes of the batch's paragraphs, each once. */
    static Set<Long> hashes(List<Article> batch) {
        Set<Long> out = new LinkedHashSet<>();
        batch.forEach(a -> out.addAll(RecurringParagraphRemover.paragraphHashes(a)));
        return out;
    }

    /** The stored articles (not superseded) that print a paragraph of one of these hashes. */
    static List<Article> printers(Connection c, Collection<Long> hashes) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        select(c, "SELECT DISTINCT p.article FROM paragraph_printers p JOIN articles a ON a.id = p.article"
                + " WHERE a.superseded_by IS NULL AND p.hash IN (", hashes, rs -> ids.add(rs.getString(1)));
        List<Article> out = new ArrayList<>();
        ArticleTable.byId(c, ids).values().forEach(r -> out.add(r.article()));
        return out;
    }

    /** Which of these hashes are of paragraphs found furniture before. */
    static Set<Long> furniture(Connection c, Collection<Long> hashes) throws SQLException {
        Set<Long> out = new HashSet<>();
        select(c, "SELECT hash FROM furniture_paragraphs WHERE hash IN (", hashes, rs -> out.add(rs.getLong(1)));
        return out;
    }

    /** A row reader of {@link #select}. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a query ending in {@code IN (} over the hashes, a chunk at a time, each row to {@code reader}. */
    private static void select(Connection c, String sqlUpToIn, Collection<Long> hashes, RowReader reader)
            throws SQLException {
        List<Long> list = new ArrayList<>(hashes);
        for (int i = 0; i < list.size(); i += CHUNK) {
            List<Long> chunk = list.subList(i, Math.min(list.size(), i + CHUNK));
            try (PreparedStatement ps = Database.prepare(c, sqlUpToIn + Database.placeholders(chunk.size()) + ")",
                    chunk.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** Remembers the stored batch's printers and the furniture it found, in the batch's transaction. */
    static void remember(Connection c, List<Article> stored, Set<Long> furniture) throws SQLException {
        long batch = Database.queryLong(c, "SELECT coalesce(max(seq), 0) FROM batches");
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO paragraph_printers (hash, article)"
                + " SELECT ?, ? WHERE (SELECT count(*) FROM paragraph_printers WHERE hash = ?) < ?")) {
            for (Article a : stored) {
                for (long hash : RecurringParagraphRemover.paragraphHashes(a)) {
                    ps.setLong(1, hash);
                    ps.setString(2, a.id());
                    ps.setLong(3, hash);
                    ps.setInt(4, PRINTERS_PER_PARAGRAPH);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO furniture_paragraphs (hash, batch)"
                + " VALUES (?, ?)")) {
            for (long hash : furniture) {
                ps.setLong(1, hash);
                ps.setLong(2, batch);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Database.update(c, "DELETE FROM paragraph_printers WHERE rowid <= (SELECT max(rowid) FROM paragraph_printers)"
                + " - ?", MAX_PRINTER_ROWS);
        Database.update(c, "DELETE FROM furniture_paragraphs WHERE rowid IN (SELECT rowid FROM furniture_paragraphs"
                + " ORDER BY batch DESC LIMIT -1 OFFSET ?)", MAX_FURNITURE);
    }
}
