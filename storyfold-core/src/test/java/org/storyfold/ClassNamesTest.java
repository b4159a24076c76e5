package org.storyfold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class of the main sources of every module has a simple name of its own, so that a name
 * says which thing it is without its package.
 */
class ClassNamesTest {

    @Test
    void everyMainClassNameIsUnique() throws IOException {
        Path root = TestData.root();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .flatMap(m -> walk(m.resolve("src/main/java")))
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .toList();
        }
        // The core, the store and the app at least: a test that finds nothing proves nothing.
        assertThat(sources).hasSizeGreaterThan(100);
        Map<String, List<String>> byName = sources.stream().collect(Collectors.groupingBy(
                p -> p.getFileName().toString().replace(".java", ""), TreeMap::new,
                Collectors.mapping(p -> root.relativize(p).toString(), Collectors.toList())));
        Map<String, List<String>> shared = new TreeMap<>(byName);
        shared.values().removeIf(paths -> paths.size() < 2);
        assertThat(shared).as("main classes that share a simple name").isEmpty();
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
