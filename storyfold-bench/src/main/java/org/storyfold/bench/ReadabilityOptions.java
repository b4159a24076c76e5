package org.storyfold.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the commands that run Mozilla Readability.js beside storyfold find Node.js and its modules. */
final class ReadabilityOptions {

    @Option(names = "--node", defaultValue = "node", paramLabel = "NODE",
            description = "The Node.js executable for Readability.js (default: ${DEFAULT-VALUE}).")
    String node;

    @Option(names = "--readability-dir", defaultValue = "storyfold-bench/readability", paramLabel = "DIR",
            description = "Where Readability.js's package.json and modules are (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** Why Readability.js cannot run here, or null if it can. */
    String whyUnavailable() {
        return ReadabilityJsPeer.whyUnavailable(dir, node);
    }
}
