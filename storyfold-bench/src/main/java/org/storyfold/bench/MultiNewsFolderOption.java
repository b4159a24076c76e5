package org.storyfold.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option of the commands that read the multinews-dev set: where it is. */
public final class MultiNewsFolderOption {

    /** Where multinews-dev is, from the repository root (the bench launcher runs there). */
    public static final String DEFAULT_FOLDER = "../shared/eval/multinews-dev";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = DEFAULT_FOLDER,
            description = "The multinews-dev folder (default: ${DEFAULT-VALUE}).")
    private Path folder;

    /** The folder given, or the default. */
    public Path folder() {
        return folder;
    }
}
