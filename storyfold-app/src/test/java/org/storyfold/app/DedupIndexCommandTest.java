package org.storyfold.app;

import static org.storyfold.app.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyfold dedup --index}: a copy index kept in a folder, fed over several runs. */
class DedupIndexCommandTest {

    private static final Path SEEDS = seeds();

    @TempDir
    Path dir;


    @Test
    void findsCopiesOfArticlesIndexedInAnEarlierRun() throws IOException {
        Path first = Files.createDirectories(dir.resolve("monday"));
        Path second = Files.createDirectories(dir.resolve("tuesday"));
        try (var files = Files.list(SEEDS)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                Files.copy(p, (name.startsWith("000") || name.startsWith("003") ? first : second).resolve(name));
            }
        }
        Path index = dir.resolve("index");
        CliRun monday = run("dedup", "--index", index.toString(), first.toString());
        assertThat(monday.code()).isZero();
        assertThat(monday.out()).startsWith("0 duplicate groups among 2 articles");
        assertThat(monday.err()).contains("2 articles added to the index in " + index + " (2 in all)");

        CliRun tuesday = run("dedup", "--index", index.toString(), second.toString());
        assertThat(tuesday.code()).isZero();
        assertThat(tuesday.err()).contains("3 articles added to the index in " + index + " (5 in all), 0 already there; 2 groups changed");
        assertThat(tuesday.out()).contains("Group 1: near, 3 articles", "original: 001_58b2e9f6377aac77")
                .contains("near     000_474674fb51d8608a")
                .contains("substitutes Raqa \u2192 Raqqa (");

        CliRun again = run("dedup", "--index", index.toString(), second.toString());
        assertThat(again.err()).contains("0 articles added", "(5 in all), 3 already there; 0 groups changed");
    }

    @Test
    void refusesHalfAnExpertBandingAndAnImpossibleTarget() {
        CliRun half = run("dedup", "--bands", "3", SEEDS.toString());
        assertThat(half.code()).isEqualTo(2);
        assertThat(half.err().strip()).isEqualTo("storyfold: --bands and --rows go together: give both, or neither");
        CliRun impossible = run("dedup", "--sentence-similarity", "1.5", SEEDS.toString());
        assertThat(impossible.code()).isEqualTo(2);
        assertThat(impossible.err().strip()).isEqualTo("storyfold: --sentence-similarity must be in (0.0, 1.0], got 1.5");
        CliRun expert = run("dedup", "-q", "--bands", "4", "--rows", "2", SEEDS.toString());
        assertThat(expert.code()).isZero();
        assertThat(expert.out()).startsWith("2 duplicate groups among 5 articles");
    }


    private static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/raqqa"))) {
            p = p.getParent();
        }
        return p.resolve("examples/raqqa");
    }
}
