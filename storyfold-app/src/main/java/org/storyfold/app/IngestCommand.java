package org.storyfold.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfold.StoryfoldConfig;
import org.storyfold.store.IngestReport;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyfold ingest}: adds articles to the data folder, updating only the stories they touch. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {"Adds articles to the data folder and updates the stories they join.",
                "",
                "Each batch of articles is stored in one transaction with its copies, its stories and their new "
                        + "briefs; only the stories a batch touches are briefed again. A document already stored is "
                        + "skipped, so running the same ingest twice, or again after it was stopped, stores every "
                        + "article once. Stop it at any time: the batches it reported done stay done."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    DataOptions data;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "250",
            description = "Articles per transaction, between 1 and 10000 (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> inputs = input.validated();
        if (batchSize < 1 || batchSize > 10_000) {
            throw UserError.usage("--batch-size must be between 1 and 10000, got " + batchSize);
        }
        StoryfoldConfig config = input.apply(StoryfoldConfig.defaults());
        ConsoleReporter reporter = new ConsoleReporter(spec.commandLine().getErr(), input.quiet);
        try (StoryStore store = data.open(config, StoreConfig.defaults().withBatchSize(batchSize),
                input.quiet ? null : spec.commandLine().getErr(), reporter)) {
            IngestReport r = store.ingest(inputs, reporter, reporter);
            StoryStore.StoreStats stats = store.stats();
            spec.commandLine().getOut().println(count(r.added().size(), "article", "articles") + " added to "
                    + data.folder + " (" + r.alreadyStored() + " already stored, " + r.rejected() + " rejected); "
                    + count(r.stories().size(), "story", "stories") + " new or changed; "
                    + count(stats.articles(), "article", "articles") + " and "
                    + count(stats.stories(), "story", "stories") + " in all");
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
