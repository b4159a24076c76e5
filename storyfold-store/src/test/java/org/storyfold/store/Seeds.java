package org.storyfold.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's seed articles, {@code examples/raqqa}, found from the working folder upwards. */
final class Seeds {

    private Seeds() {
    }

    static Path folder() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find examples/raqqa above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("examples/raqqa");
    }

    static Path file(String id) {
        return folder().resolve(id + ".txt");
    }
}
