package org.storyfold.store;

import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database of a data folder: one connection that writes, in transactions, and a few
 * that read, shared by the threads that serve pages. Write-ahead logging lets readers go on while
 * a batch is written, and {@code synchronous=FULL} makes each committed batch survive a crash of
 * the machine, not only of the process.
 *
 * <p>Thread-safe for reads; writes must come from one thread at a time (the store's ingest lock).
 */
final class Database implements Closeable {

    /** Something done with a connection that may fail with an SQL error. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final int READERS = 4;
    /** The SQLite driver's setting for where it unpacks its native library. */
    private static final String NATIVE_FOLDER = "org.sqlite.tmpdir";

    private final Path file;
    private final Connection writer;
    private final BlockingQueue<Connection> readers;
    private final List<Connection> all = new ArrayList<>();

    private Database(Path file, boolean writable) throws SQLException {
        this.file = file;
        this.writer = writable ? connect(file, false) : null;
        if (writer != null) {
            all.add(writer);
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
            }
        }
        this.readers = new ArrayBlockingQueue<>(READERS);
        for (int i = 0; i < READERS; i++) {
            Connection c = connect(file, true);
            all.add(c);
            readers.add(c);
        }
    }

    /** Opens (creating if writable) the database file and brings its schema up to date. */
    static Database open(Path file, boolean writable) {
        if (writable) {
            keepNativeLibraryBeside(file);
        }
        try {
            Database db = new Database(file, writable);
            try {
                new Migrator(db).migrate(writable);
                return db;
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot open", file, e);
        }
    }

    Path file() {
        return file;
    }

    /** Runs {@code work} with a reading connection, which sees the last committed batch. */
    <T> T read(Work<T> work) {
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to read " + file);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw failure("cannot read", file, e);
        } finally {
            readers.add(c);
        }
    }

    /** Runs {@code work} on the writing connection outside any transaction: reads of the ingest thread. */
    <T> T readForWrite(Work<T> work) {
        try {
            return work.run(writer());
        } catch (SQLException e) {
            throw failure("cannot read", file, e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    <T> T transaction(Work<T> work) {
        Connection c = writer();
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("cannot write", file, e);
        }
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                // Closing after use: nothing is lost, the last batch is committed or rolled back.
            }
        }
    }

    /** One value of the first row of a query, or null. */
    static String queryString(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static long queryLong(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    /** {@code ?, ?, ?} for an IN list of {@code n} values. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private Connection writer() {
        if (writer == null) {
            throw new IllegalStateException("the store at " + file + " was opened read-only");
        }
        return writer;
    }

    /**
     * Has the SQLite driver unpack its native library into the data folder's {@code tmp/native}
     * rather than the system's temporary folder, where every process killed before its exit left a
     * copy behind; the driver deletes the stale copies in its folder when it next loads. Only the
     * first store a process opens decides, and a folder named by {@code org.sqlite.tmpdir} wins.
     */
    private static synchronized void keepNativeLibraryBeside(Path file) {
        if (System.getProperty(NATIVE_FOLDER) != null) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent().resolve("tmp").resolve("native");
        try {
            java.nio.file.Files.createDirectories(dir);
            System.setProperty(NATIVE_FOLDER, dir.toString());
        } catch (java.io.IOException e) {
            // The driver falls back to the system's temporary folder.
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(30_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setReadOnly(readOnly);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    private static StoreException failure(String what, Path file, SQLException e) {
        return new StoreException(what + " " + file + ": " + e.getMessage(), e);
    }
}
