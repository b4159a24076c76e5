package org.storyfold.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the shared evaluation data is, and the floors CI holds on it. */
public final class EvalData {

    private EvalData() {
    }

    /** {@code shared/eval} beside the repository root (or {@code -Dstoryfold.shared}). */
    public static Path eval() {
        String override = System.getProperty("storyfold.shared");
        if (override != null) {
            return Path.of(override).resolve("eval");
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return p.resolveSibling("shared").resolve("eval");
    }

    public static double floor(String name) {
        Properties floors = new Properties();
        try (InputStream in = EvalData.class.getResourceAsStream("/eval-floors.properties")) {
            floors.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = floors.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("no floor named " + name + " in eval-floors.properties");
        }
        return Double.parseDouble(value);
    }
}
