package org.storyfold.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Problem;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;

/**
 * The copy index and the story stream across restarts: whether the store reopens from a fresh
 * snapshot, from one older than the database (a crash after a commit, before the snapshot), or
 * from none, the next ingest gives the same stories, pages and copy groups.
 */
class StoreRestartTest {

    private static final StoreConfig ONE_BY_ONE = StoreConfig.defaults().withBatchSize(1);

    @TempDir
    Path dir;

    @Test
    void aSnapshotOlderThanTheStoreIsCaughtUpByReplayingTheLaterBatches() throws IOException, SQLException {
        Path whole = run(dir.resolve("whole"), folder -> { });
        List<Long> replayed = new ArrayList<>();
        Path crashed = run(dir.resolve("crashed"), folder -> {
            // The snapshot of the first run only, as if the process died after the second run's commits.
            try {
                Snapshots.deleteRecursively(folder.resolve("snapshots"));
                copyRecursively(dir.resolve("crashed-after-first"), folder.resolve("snapshots"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, replayed);
        assertThat(dump(crashed)).isEqualTo(dump(whole));
        // The second run's two articles were replayed.
        assertThat(replayed).containsExactly(2L);
    }

    @Test
    void aStoreWithoutSnapshotsIsReplayedFromItsFirstBatch() throws IOException, SQLException {
        Path whole = run(dir.resolve("whole"), folder -> { });
        List<Long> replayed = new ArrayList<>();
        Path lost = run(dir.resolve("lost"), folder -> {
            try {
                Snapshots.deleteRecursively(folder.resolve("snapshots"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, replayed);
        assertThat(dump(lost)).isEqualTo(dump(whole));
        // Every article of the first two runs was replayed, and the progress said how many.
        assertThat(replayed).containsExactly(4L);
    }

    @Test
    void aSnapshotNewerThanTheStoreIsPassedOver() throws IOException {
        Path data = dir.resolve("data");
        try (StoryStore store = StoryStore.open(data, StoryfoldConfig.defaults(), ONE_BY_ONE)) {
            ingest(store, Seeds.file("001_58b2e9f6377aac77"));
        }
        // A snapshot of batches the database does not have (a database restored from an older copy).
        copyRecursively(data.resolve("snapshots/1"), data.resolve("snapshots/7"));
        Files.writeString(data.resolve("snapshots/current"), "7\n");
        try (StoryStore store = StoryStore.open(data, StoryfoldConfig.defaults(), ONE_BY_ONE)) {
            IngestReport r = ingest(store, Seeds.file("000_474674fb51d8608a"));
            assertThat(r.added()).containsExactly("000_474674fb51d8608a");
            assertThat(store.storiesOf(List.of("000_474674fb51d8608a", "001_58b2e9f6377aac77")).values())
                    .containsOnly("s1");
        }
    }

    /**
     * Three runs of one article batch each: 001 and 003, then 000 and 004, then 002; {@code
     * beforeLast} is done to the closed data folder before the third.
     */
    private Path run(Path data, Consumer<Path> beforeLast) throws IOException {
        return run(data, beforeLast, new ArrayList<>());
    }

    private Path run(Path data, Consumer<Path> beforeLast, List<Long> replayed) throws IOException {
        // The same input files for every run, so that the stored sources are the same too.
        Path first = inputs(dir.resolve("in1"), "001_58b2e9f6377aac77", "003_981cc2d0e73f219a");
        Path second = inputs(dir.resolve("in2"), "000_474674fb51d8608a", "004_caf3c2726321cc26");
        try (StoryStore store = StoryStore.open(data, StoryfoldConfig.defaults(), ONE_BY_ONE)) {
            ingest(store, first);
        }
        copyRecursively(data.resolve("snapshots"), data.resolveSibling(data.getFileName() + "-after-first"));
        try (StoryStore store = StoryStore.open(data, StoryfoldConfig.defaults(), ONE_BY_ONE)) {
            ingest(store, second);
        }
        beforeLast.accept(data);
        Progress counting = new Progress() {
            @Override
            public void start(String task, long total) {
                if (task.equals("replay")) {
                    replayed.add(total);
                }
            }

            @Override
            public void advance(long units) {
            }

            @Override
            public void finish() {
            }
        };
        try (StoryStore store = StoryStore.open(data, StoryfoldConfig.defaults(), ONE_BY_ONE, counting)) {
            ingest(store, Seeds.file("002_e879aae13f05d629"));
        }
        return data;
    }

    private static Path inputs(Path folder, String... ids) throws IOException {
        Files.createDirectories(folder);
        for (String id : ids) {
            if (!Files.exists(folder.resolve(id + ".txt"))) {
                Files.copy(Seeds.file(id), folder.resolve(id + ".txt"));
            }
        }
        return folder;
    }

    private static IngestReport ingest(StoryStore store, Path input) {
        List<Problem> problems = new ArrayList<>();
        IngestReport r = store.ingest(List.of(input), problems::add, Progress.NONE);
        assertThat(problems).isEmpty();
        return r;
    }

    /** Everything the store decided: each article's story, each story's page, each copy group. */
    private static List<String> dump(Path data) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyfold.db"));
             Statement s = c.createStatement()) {
            query(s, "SELECT id, story FROM articles ORDER BY id", out);
            query(s, "SELECT id, number, title, articles, independent, page FROM stories ORDER BY id", out);
            query(s, "SELECT id, into_story FROM merged_stories ORDER BY id", out);
            query(s, "SELECT g.original, g.kind, g.similarity, g.links, group_concat(m.article, ',')"
                    + " FROM copy_groups g JOIN copy_members m ON m.grp = g.id GROUP BY g.id"
                    + " ORDER BY g.original, g.kind", out);
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    private static void query(Statement s, String sql, List<String> out) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
