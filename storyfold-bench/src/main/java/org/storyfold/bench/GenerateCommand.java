package org.storyfold.bench;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold-bench generate}: writes made-up news as JSON Lines, for load runs and crash tests. */
@Command(name = "generate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Writes made-up news articles as JSON Lines (events of 1 to 8 articles, some of them wire copies).")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "How many (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "NORMAL",
            description = "SMALL (2-3 sentences) or NORMAL (6-14 sentences). Default: ${DEFAULT-VALUE}.")
    JsonLinesNews.Size size;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The .jsonl file to write.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || articles > 10_000_000) {
            spec.commandLine().getErr().println("storyfold-bench: --articles must be between 1 and 10000000, got " + articles);
            return 2;
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new JsonLinesNews(seed, size).write(articles, w);
        }
        spec.commandLine().getOut().println(articles + " articles written to " + out);
        return 0;
    }
}
