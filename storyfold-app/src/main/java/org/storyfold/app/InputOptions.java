package org.storyfold.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.storyfold.StoryfoldConfig;
import org.storyfold.ingest.IngestConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every command reads, and how to read them. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files or folders to read (folders recursively): .txt, .html, .htm, .jsonl, .warc, .rss, .atom, .xml, each also .gz.")
    List<Path> inputs;

    @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "16",
            description = "Largest document accepted, in MiB; larger files or JSON lines are skipped with a reason (default: ${DEFAULT-VALUE}).")
    int maxDocumentMb;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no closing count on stderr; problems are still reported.")
    boolean quiet;

    /** Rejects inputs that do not exist, before any work starts. */
    List<Path> validated() {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw UserError.usage("no such file or folder: " + p);
            }
        }
        if (maxDocumentMb < 1 || maxDocumentMb > 2000) {
            throw UserError.usage("--max-document-mb must be between 1 and 2000, got " + maxDocumentMb);
        }
        return inputs;
    }

    StoryfoldConfig apply(StoryfoldConfig config) {
        return config.withIngest(new IngestConfig(maxDocumentMb * 1024L * 1024L));
    }
}
