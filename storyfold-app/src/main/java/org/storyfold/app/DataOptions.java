package org.storyfold.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.storyfold.Progress;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;
import picocli.CommandLine.Option;

/** The data folder a command keeps its collection in, and how it opens it. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = StoryStore.DEFAULT_FOLDER,
            description = "The data folder: the database and the search index (default: ./${DEFAULT-VALUE}).")
    Path folder;

    /**
     * Opens the folder to read and write (a folder in use or unusable is one line and exit status
     * 1). Articles stored since the last snapshot are replayed into the copy index and the story
     * stream first: a line on {@code err} says so (unless it is null), and {@code progress} counts them.
     */
    StoryStore open(StoryfoldConfig config, StoreConfig storeConfig, PrintWriter err, Progress progress) {
        Progress replay = new Progress() {
            @Override
            public void start(String task, long total) {
                if (err != null) {
                    err.println("storyfold: replaying " + total + (total == 1 ? " article" : " articles")
                            + " stored in " + folder + " since its last snapshot...");
                    err.flush();
                }
                progress.start(task, total);
            }

            @Override
            public void advance(long units) {
                progress.advance(units);
            }

            @Override
            public void finish() {
                progress.finish();
            }
        };
        return StoryStore.open(folder, config, storeConfig, replay);
    }

    /** Opens the folder to read only, beside a server or ingest that may be writing to it. */
    StoryStore openForReading() {
        return StoryStore.openForReading(folder);
    }
}
