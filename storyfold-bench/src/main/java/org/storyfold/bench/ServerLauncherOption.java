package org.storyfold.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --storyfold} option of the commands that start a {@link ServerProcess}, declared once. */
final class ServerLauncherOption {

    @Option(names = "--storyfold", paramLabel = "PATH", defaultValue = "bin/storyfold",
            description = "The storyfold launcher that starts the server in its own JVM (default: ${DEFAULT-VALUE}).")
    Path launcher;
}
