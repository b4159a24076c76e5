package org.storyfold.app;

import java.nio.file.Path;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoreException;
import org.storyfold.store.StoryStore;
import picocli.CommandLine.Option;

/** The data folder a command keeps its collection in, and how it opens it. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = StoryStore.DEFAULT_FOLDER,
            description = "The data folder: the database and the search index (default: ./${DEFAULT-VALUE}).")
    Path folder;

    /** Opens the folder to read and write; a folder in use or unusable is one line and exit status 1. */
    StoryStore open(StoryfoldConfig config, StoreConfig storeConfig) {
        try {
            return StoryStore.open(folder, config, storeConfig);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), Failures.FAILURE);
        }
    }

    /** Opens the folder to read only, beside a server or ingest that may be writing to it. */
    StoryStore openForReading() {
        try {
            return StoryStore.openForReading(folder);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), Failures.FAILURE);
        }
    }
}
