package org.storyfold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storyfold.extract.Article;

/** Finds the project's real test data: the seed articles in {@code examples/raqqa}, the shared evaluation sets. */
public final class TestData {

    private TestData() {
    }

    /** The repository root: the nearest folder upwards that holds {@code examples/raqqa}. */
    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find examples/raqqa above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** The five seed articles of the user's example. */
    public static Path seeds() {
        return root().resolve("examples/raqqa");
    }

    /** The seed articles, extracted by the real pipeline, by id. */
    public static Map<String, Article> seedArticles() {
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new Storyfold(StoryfoldConfig.defaults())
                .articles(List.of(seeds()), problems::add, Progress.NONE);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("seeds gave problems: " + problems);
        }
        return articles.stream().collect(Collectors.toMap(a -> a.id().substring(0, 3), Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** {@code ../shared} beside the repository (or {@code -Dstoryfold.shared}). */
    public static Path shared() {
        String override = System.getProperty("storyfold.shared");
        return override != null ? Path.of(override) : root().resolveSibling("shared");
    }
}
